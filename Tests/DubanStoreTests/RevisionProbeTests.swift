import DubanCore
import FluentKit
import Foundation
import Testing

@testable import DubanStore

/// On an SQLite file the data revisions are read without the driver. Cached answers are only as
/// right as that read: it must give the driver's numbers, and see a commit made by another
/// process on the same file (a second server, or the CLI) as soon as it is made.
@Suite struct RevisionProbeTests {
    static let clock = FixedClock(PlanCalendar.date(2022, 6, 1))

    @Test func theProbeReadsTheDriversNumbersAndAnotherProcesssCommits() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await StoreRuntime.with(.sqliteFile(path)) { server in
            try await server.migrate()
            let ctx = server.context(clock: Self.clock)
            let world = try await World.build(ctx)
            let probe = RevisionProbe(path: path)
            defer { probe.close() }
            let driver = try await DataRevision.current(on: ctx.db)
            #expect(probe.current() == driver)
            #expect(try await ctx.revisions() == driver)
            let government = try await DataRevision.government(world.governmentID, on: ctx.db)
            #expect(probe.government(world.governmentID) == government)

            // A report written by another runtime on the same file: the probe sees it at once.
            try await StoreRuntime.with(.sqliteFile(path)) { other in
                let elsewhere = other.context(clock: Self.clock)
                let rows = try await TaskBoard.rows(planID: world.planID, now: elsewhere.now, on: elsewhere.db)
                let row = try #require(rows.first { $0.leadUnits.count == 1 && !$0.leadUnits[0].name.hasPrefix("各") })
                let liaison = try await world.liaison(of: row.leadUnits[0].name, elsewhere)
                try await Reports.submit(.init(taskID: row.id, narrative: "另一进程写入"), actor: liaison, in: elsewhere)
            }
            let after = try #require(probe.current())
            #expect(after[.all] == (driver[.all] ?? 0) + 1)
            #expect(after[.structure] == driver[.structure])
            #expect(probe.government(world.governmentID) == government + 1)
            #expect(try await ctx.revisions() == DataRevision.current(on: ctx.db))
        }
    }

    @Test func aFileNotYetMigratedIsLeftToTheDriver() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        #expect(RevisionProbe(path: path).current() == nil)
        try await StoreRuntime.with(.sqliteFile(path)) { server in try await server.prepare() }
        let probe = RevisionProbe(path: path)
        defer { probe.close() }
        #expect(probe.current() == nil)
        #expect(probe.government(1) == nil)
    }
}
