import Foundation
import Metrics

/// Answers kept in memory for as long as the data revision they were read at is current.
/// Lights also depend on the clock, so an answer lasts at most until the minute turns.
public final class ReadCache: @unchecked Sendable {
    private struct Entry {
        var revision: Int
        var minute: Int
        var value: any Sendable
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var inFlight: [String: Task<any Sendable, any Error>] = [:]
    private let capacity: Int

    public init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    public func value<T: Sendable>(_ key: String, revision: Int, now: Date, as type: T.Type = T.self) -> T? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[key], entry.revision == revision, entry.minute == Self.minute(now) else { return nil }
        return entry.value as? T
    }

    /// Stores under the revision read before the value was computed, so a write that landed
    /// meanwhile only makes the next reader compute again.
    public func store(_ key: String, _ value: some Sendable, revision: Int, now: Date) {
        lock.lock()
        defer { lock.unlock() }
        // Entries from older revisions are dead weight: drop them all rather than track age.
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = Entry(revision: revision, minute: Self.minute(now), value: value)
    }

    /// The cached answer, or one computation shared by every request that asks while it runs.
    /// When only the minute has turned, the last minute's answer is served while one request's
    /// worth of work refreshes it: fifty boards expiring together would otherwise stall every
    /// request behind them.
    public func value<T: Sendable>(
        _ key: String, revision: Int, now: Date,
        compute: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let minute = Self.minute(now)
        let (fresh, stale) = lock.withLock { () -> (T?, T?) in
            guard let entry = entries[key], entry.revision == revision, let value = entry.value as? T else { return (nil, nil) }
            if entry.minute == minute { return (value, nil) }
            return entry.minute >= minute - Self.staleMinutes ? (nil, value) : (nil, nil)
        }
        if let fresh {
            Self.hits.increment()
            return fresh
        }
        Self.misses.increment()
        let refresh = flight(key, revision: revision, now: now, compute: compute)
        if let stale { return stale }
        guard let value = try await refresh.value as? T else { return try await compute() }
        return value
    }

    /// For /metrics: how often a cached answer served, and how often one was computed (or
    /// refreshed) instead. A falling hit rate under a write load is what issue-sized slowdowns
    /// look like first.
    static let hits = Counter(label: "duban_read_cache_hits_total")
    static let misses = Counter(label: "duban_read_cache_misses_total")

    /// How long past its minute an answer may still be shown while its refresh runs.
    static let staleMinutes = 2

    private func flight<T: Sendable>(
        _ key: String, revision: Int, now: Date,
        compute: @escaping @Sendable () async throws -> T
    ) -> Task<any Sendable, any Error> {
        let flightKey = "\(key)#\(revision)#\(Self.minute(now))"
        return lock.withLock {
            if let running = inFlight[flightKey] { return running }
            let started = Task<any Sendable, any Error> {
                defer { self.lock.withLock { self.inFlight[flightKey] = nil } }
                let value = try await compute()
                self.store(key, value, revision: revision, now: now)
                return value
            }
            inFlight[flightKey] = started
            return started
        }
    }

    static func minute(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 60).rounded(.down)) }
}
