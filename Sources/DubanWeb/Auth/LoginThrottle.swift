import Foundation
import NIOConcurrencyHelpers

/// A token bucket per client address, in this server's memory: a burst of attempts, then a
/// steady few a minute. Enough to make guessing from one address slow; the per-account lock
/// covers guessing from many. A refused attempt is answered late, the later the more the
/// address has been refused since its last allowed one: a flood then costs sleeping tasks,
/// not a stream of instant answers.
final class LoginThrottle: Sendable {
    enum Decision: Equatable {
        case allowed
        case refused(delaySeconds: Double)
    }

    static let firstDelay = 2.0
    static let longestDelay = 10.0

    private struct Bucket {
        var tokens: Double
        var updated: Date
        var refused = 0
    }
    private let burst: Double
    private let perSecond: Double
    private let buckets = NIOLockedValueBox<[String: Bucket]>([:])

    init(burst: Int, perMinute: Int) {
        self.burst = Double(max(1, burst))
        self.perSecond = Double(max(1, perMinute)) / 60
    }

    /// Takes one attempt for the address, or says how long to wait before refusing it.
    func take(_ address: String, now: Date = Date()) -> Decision {
        buckets.withLockedValue { buckets in
            if buckets.count > 50_000 {
                // Forget addresses whose bucket has filled again: they look like new ones anyway.
                buckets = buckets.filter { now.timeIntervalSince($0.value.updated) * perSecond + $0.value.tokens < burst }
            }
            var bucket = buckets[address] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * perSecond)
            bucket.updated = now
            defer { buckets[address] = bucket }
            guard bucket.tokens >= 1 else {
                bucket.refused += 1
                return .refused(delaySeconds: min(Self.longestDelay, Self.firstDelay + Double(bucket.refused) / 20))
            }
            bucket.tokens -= 1
            bucket.refused = 0
            return .allowed
        }
    }
}
