import Foundation
import NIOConcurrencyHelpers

/// A token bucket per client address, in this server's memory: a burst of attempts, then a
/// steady few a minute. Enough to make guessing from one address slow; the per-account lock
/// covers guessing from many.
final class LoginThrottle: Sendable {
    private struct Bucket { var tokens: Double; var updated: Date }
    private let burst: Double
    private let perSecond: Double
    private let buckets = NIOLockedValueBox<[String: Bucket]>([:])

    init(burst: Int, perMinute: Int) {
        self.burst = Double(max(1, burst))
        self.perSecond = Double(max(1, perMinute)) / 60
    }

    /// Takes one attempt for the address; false when it has none left.
    func allow(_ address: String, now: Date = Date()) -> Bool {
        buckets.withLockedValue { buckets in
            if buckets.count > 50_000 {
                // Forget addresses whose bucket has filled again: they look like new ones anyway.
                buckets = buckets.filter { now.timeIntervalSince($0.value.updated) * perSecond + $0.value.tokens < burst }
            }
            var bucket = buckets[address] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * perSecond)
            bucket.updated = now
            guard bucket.tokens >= 1 else { buckets[address] = bucket; return false }
            bucket.tokens -= 1
            buckets[address] = bucket
            return true
        }
    }
}
