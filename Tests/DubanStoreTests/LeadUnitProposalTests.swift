import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// A draft's rows whose lead unit was carried down get a proposal beside them, from the plan's
/// own printed rows and the plans already published here; the row itself is not changed.
@Suite struct LeadUnitProposalTests {
    @Test(arguments: StoreHarness.backends)
    func carriedRowsGetAProposalFromEvidenceAndKeepTheirUnit(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            // 天宁 published first, in its own government: its confirmed plan is evidence for 钟楼.
            let tianning = GovernmentRecord(name: "常州市天宁区人民政府")
            try await tianning.create(on: ctx.db)
            let office = try await World.account(ctx, "tn-sup", role: .supervisor, governmentID: try tianning.requireID())
            let day = ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 10)))
            let tianningPlan = try PlanImporter().importPlan(path: StoreHarness.root.appendingPathComponent("Samples/tianning-2022.txt").path)
            let draft = try await PlanDrafts.create(
                tianningPlan, source: nil, sourceName: "tianning-2022.txt", governmentID: try tianning.requireID(),
                actor: office, in: day)
            try await Confirmations.confirm(planID: draft.planID, taskIDs: nil, reason: "测试：已与原件核对", actor: office, in: day)
            try await Publishing.publish(planID: draft.planID, actor: office, in: day)

            let world = try await World.build(ctx, publish: false)
            let zhonglou = try PlanImporter().importPlan(path: StoreHarness.root.appendingPathComponent("Samples/zhonglou-2022.txt").path)
            let rows = try await TaskRecord.query(on: ctx.db).filter(\.$planID == world.planID).sort(\.$position).all()
            #expect(rows.count == zhonglou.tasks.count)
            var proposed = 0
            for (row, task) in zip(rows, zhonglou.tasks) {
                let proposal = (JSONText.decode([String].self, row.warnings) ?? []).first { $0.hasPrefix("建议牵头单位：") }
                let silent = ResponsibilityReview.leadIsUnsure(task)
                #expect(silent || proposal == nil, "\(task.label): a printed unit gets no proposal")
                if proposal != nil { proposed += 1 }
            }
            #expect(proposed >= 30, "\(proposed) carried rows got a proposal")

            // (24) 新增上市企业: carried 人社局; the evidence is 天宁's 地方金融监管局, 金融局 here.
            let row24 = try await world.task("(24)", ctx)
            let warning24 = (JSONText.decode([String].self, row24.warnings) ?? []).first { $0.hasPrefix("建议牵头单位：") }
            #expect(warning24?.hasPrefix("建议牵头单位：金融局（依据：常州市天宁区人民政府2022年方案中相近任务") == true, "\(warning24 ?? "none")")
            #expect(warning24?.contains("由地方金融监管局牵头") == true)
            let lead = try #require(try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == row24.requireID()).filter(\.$role == "lead").first())
            #expect(try await UnitRecord.find(lead.unitID, on: ctx.db)?.name == "人社局", "the proposal is not written into the row")
        }
    }
}
