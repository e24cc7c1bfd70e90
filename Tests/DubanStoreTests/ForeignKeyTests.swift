import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// The schema's foreign keys, on every configured database: the database itself refuses to lose
/// what a person entered, takes a draft row's parts with it, and refuses a row that points nowhere.
@Suite struct ForeignKeyTests {
    @Test(arguments: StoreHarness.backends)
    func aTaskWithAReportCannotBeDeletedUnderneathIt(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(21)", ctx)
            let unit = try await world.liaison(of: "市场监管局", ctx)
            let report = try await Reports.submit(
                Reports.Submission(taskID: try task.requireID(), periodNumber: 7, narrative: "7月进展", values: [:]),
                actor: unit, in: ctx.withClock(FixedClock(PlanCalendar.date(2022, 8, 3))))
            await #expect(throws: (any Error).self) { try await task.delete(on: ctx.db) }
            await #expect(throws: (any Error).self) { try await PlanRecord.query(on: ctx.db).filter(\.$id == world.planID).delete() }
            #expect(try await ReportRecord.find(report.id, on: ctx.db) != nil)
            #expect(try await TaskRecord.find(task.id, on: ctx.db) != nil)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func aDraftRowTakesItsUnitsAndLeadersWithIt(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx, publish: false)
            let task = try await world.task("(21)", ctx)
            let taskID = try task.requireID()
            #expect(try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == taskID).count() > 0)
            #expect(try await TaskLeaderRecord.query(on: ctx.db).filter(\.$taskID == taskID).count() > 0)
            try await task.delete(on: ctx.db)
            #expect(try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == taskID).count() == 0)
            #expect(try await TaskLeaderRecord.query(on: ctx.db).filter(\.$taskID == taskID).count() == 0)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func aRowThatPointsNowhereIsRefused(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(21)", ctx)
            let leader = try #require(try await TaskLeaderRecord.query(on: ctx.db).filter(\.$taskID == (try task.requireID())).first())
            let orphan = TaskLeaderRecord(taskID: 987_654, leaderID: leader.leaderID, position: 9)
            await #expect(throws: (any Error).self) { try await orphan.create(on: ctx.db) }
            let unit = UnitRecord(governmentID: world.governmentID + 1_000, name: "不存在政府的单位", kind: "department")
            await #expect(throws: (any Error).self) { try await unit.create(on: ctx.db) }
        }
    }
}
