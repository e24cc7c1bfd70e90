import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// 各街道 on a task reaches every 街道: in its list, in what it may report on, in the assessment.
@Suite struct CollectiveExpansionTests {
    @Test(arguments: StoreHarness.backends)
    func everyStreetHoldsTheTasksOf各街道(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let collective = try await world.unit("各街道", ctx)
            let held = Set(try await TaskUnitRecord.query(on: ctx.db).filter(\.$unitID == collective).all().map(\.taskID))
            #expect(held.count >= 5, "the sample names 各街道 on \(held.count) tasks")
            // (5) 地区生产总值增长6.5%左右: 发改局 leads, 各街道 cooperate.
            let five = try await world.task("(5)", ctx).requireID()
            #expect(held.contains(five))

            let beigang = try await world.unit("北港街道", ctx)
            let list = Set(try await TaskBoard.rows(unitID: beigang, now: PlanCalendar.date(2022, 9, 15), on: ctx.db).map(\.id))
            // The list holds every 各街道 task, and the tasks naming 北港街道 itself.
            let named = Set(try await TaskUnitRecord.query(on: ctx.db).filter(\.$unitID == beigang).all().map(\.taskID))
            #expect(held.isSubset(of: list))
            #expect(list == held.union(named))

            // The same cooperating unit through 各街道: 北港街道 may contribute to (5), as a named
            // cooperating unit may, and may not submit (5)'s lead report.
            let subject = try await TaskSubject.load(five, on: ctx.db).subject
            #expect(subject.coopUnitIDs.contains(beigang) && !subject.leadUnitIDs.contains(beigang))
            let liaison = try await world.liaison(of: "北港街道", ctx)
            #expect(Permissions.decide(liaison, .contributeReport, subject).isAllowed)
            #expect(!Permissions.decide(liaison, .submitReport, subject).isAllowed)

            // A 镇 is no 街道, a department no 街道 either.
            let department = try await world.unit("发改局", ctx)
            #expect(try await CollectiveExpansion.collectives(including: department, on: ctx.db).isEmpty)
            #expect(try await CollectiveExpansion.collectives(including: beigang, on: ctx.db).contains(collective))
        }
    }
}
