import DubanCore
import DubanStore
import DubanStrings
import FluentKit
import Foundation
import Testing

/// 会签 on every configured database, where the plan's rules ask for it: the lead's report waits
/// for each cooperating unit's part of the period, or for the office to waive the missing ones.
@Suite struct CoSignStoreTests {
    /// A task with cooperating units, its lead's liaison and its cooperating units' liaisons; 会签 on.
    static func setUp(_ world: World, _ ctx: StoreContext) async throws -> (TaskRow, Actor, [Actor]) {
        try await PlanSettings.setSupervisionRules(planID: world.planID, SupervisionRules(coSign: true), actor: world.supervisor, in: ctx)
        let rows = try await TaskBoard.rows(planID: world.planID, now: ctx.now, on: ctx.db)
        let row = try #require(
            rows.first { !$0.leadUnits.isEmpty && (1...3).contains($0.coopUnits.count) && !$0.coopUnits.contains { $0.name.hasPrefix("各") } })
        var parts: [Actor] = []
        for unit in row.coopUnits { parts.append(try await world.liaison(of: unit.name, ctx)) }
        return (row, try await world.liaison(of: row.leadUnits[0].name, ctx), parts)
    }

    static let full = (problems: "资金未到位", nextSteps: "争取专项债")

    @Test(arguments: StoreHarness.backends)
    func theLeadWaitsForEveryPart(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let (row, lead, parts) = try await Self.setUp(world, ctx)
            let report = Reports.Submission(taskID: row.id, narrative: "牵头汇总", problems: Self.full.problems, nextSteps: Self.full.nextSteps)
            let missing = row.coopUnits.map(\.name).sorted().joined(separator: "、")
            await #expect(throws: StoreError.invalid(Strings.Changes.waitingForParts(missing))) {
                try await Reports.submit(report, actor: lead, in: ctx)
            }
            for part in parts { try await Reports.submit(.init(taskID: row.id, narrative: "配合部分"), actor: part, in: ctx) }
            let done = try await Reports.submit(report, actor: lead, in: ctx)
            #expect(done.role == ResponsibilityRole.lead.rawValue)
            let period = try #require(try await PeriodRecord.find(done.periodID, on: ctx.db))
            let status = try await CoSign.parts(taskID: row.id, period: period, on: ctx.db)
            #expect(status.missing.isEmpty && status.answered == row.coopUnits.map(\.name).sorted())
        }
    }

    @Test(arguments: StoreHarness.backends)
    func aWaiverTheOfficeApprovedLetsTheLeadGo(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let (row, lead, _) = try await Self.setUp(world, ctx)
            let waiver = try await ChangeRequests.apply(taskID: row.id, .init(kind: .waiveParts, reason: "配合单位本月无相关工作"), actor: lead, in: ctx)
            #expect(waiver.period != nil)
            try await ChangeRequests.decide(requestID: waiver.id, approve: true, note: "同意本期免会签", actor: world.supervisor, in: ctx)
            // The task itself is as it was: a waiver amends nothing.
            #expect(try await TaskVersionRecord.query(on: ctx.db).filter(\.$taskID == row.id).count() == 0)
            let report = try await Reports.submit(
                .init(taskID: row.id, narrative: "牵头汇总", problems: Self.full.problems, nextSteps: Self.full.nextSteps), actor: lead, in: ctx)
            #expect(report.version == 1)
        }
    }
}
