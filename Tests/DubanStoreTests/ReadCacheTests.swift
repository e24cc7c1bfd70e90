import DubanCore
import DubanStore
import Foundation
import Testing

/// The in-memory answers behind the fast lists: kept while the data revision holds, shared by
/// concurrent askers, served a little stale only when the minute turns.
@Suite struct ReadCacheTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int {
            lock.withLock {
                count += 1
                return count
            }
        }
        var value: Int { lock.withLock { count } }
    }

    let noon = PlanCalendar.date(2022, 9, 15).addingTimeInterval(12 * 3600)

    @Test func aNewRevisionIsComputedAgain() async throws {
        let cache = ReadCache()
        let calls = Counter()
        let first = try await cache.value("k", revision: 1, now: noon) { calls.next() }
        let again = try await cache.value("k", revision: 1, now: noon.addingTimeInterval(5)) { calls.next() }
        let afterWrite = try await cache.value("k", revision: 2, now: noon.addingTimeInterval(6)) { calls.next() }
        #expect((first, again, afterWrite) == (1, 1, 2))
        #expect(calls.value == 2)
    }

    @Test func concurrentAskersShareOneComputation() async throws {
        let cache = ReadCache()
        let calls = Counter()
        let now = noon
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.value("board", revision: 7, now: now) {
                        try await Task.sleep(for: .milliseconds(50))
                        return calls.next()
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(calls.value == 1)
        #expect(Set(results) == [1])
    }

    @Test func aTurnedMinuteServesTheLastAnswerWhileItRefreshes() async throws {
        let cache = ReadCache()
        let calls = Counter()
        _ = try await cache.value("k", revision: 1, now: noon) { calls.next() }
        let nextMinute = noon.addingTimeInterval(60)
        let served = try await cache.value("k", revision: 1, now: nextMinute) { calls.next() }
        #expect(served == 1, "the last minute's answer, not a wait")
        // The refresh lands shortly; then the new minute's answer is served.
        var refreshed = 0
        for _ in 0..<500 where refreshed != 2 {
            try await Task.sleep(for: .milliseconds(10))
            refreshed = cache.value("k", revision: 1, now: nextMinute, as: Int.self) ?? 0
        }
        #expect(refreshed == 2)
        let muchLater = noon.addingTimeInterval(600)
        #expect(try await cache.value("k", revision: 1, now: muchLater) { calls.next() } == 3, "too old to show: computed afresh")
    }

    @Test(arguments: StoreHarness.backends)
    func everyWriteRaisesTheRevisionAndReportsLeaveTheStructureOne(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let start = try await DataRevision.current(on: ctx.db)
            try await ctx.write { ctx in try await ctx.audit(nil, "test.write", "thing", 1, governmentID: 1) }
            let afterWrite = try await DataRevision.current(on: ctx.db)
            #expect(afterWrite[.all] == start[.all]! + 1)
            #expect(afterWrite[.structure] == start[.structure]! + 1)
            try await ctx.write(progressOnly: true) { ctx in try await ctx.audit(nil, "test.report", "thing", 2, governmentID: 1) }
            let afterReport = try await DataRevision.current(on: ctx.db)
            #expect(afterReport[.all] == afterWrite[.all]! + 1)
            #expect(afterReport[.structure] == afterWrite[.structure])
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await ctx.write { ctx in
                    try await ctx.audit(nil, "test.write", "thing", 3, governmentID: 1)
                    throw Refused()
                }
            }
            #expect(try await DataRevision.current(on: ctx.db) == afterReport, "a write that rolls back raises nothing")
        }
    }

    @Test func failuresAreNotKept() async throws {
        struct Boom: Error {}
        let cache = ReadCache()
        await #expect(throws: Boom.self) { try await cache.value("k", revision: 1, now: noon) { () async throws -> Int in throw Boom() } }
        #expect(try await cache.value("k", revision: 1, now: noon) { 5 } == 5)
    }
}
