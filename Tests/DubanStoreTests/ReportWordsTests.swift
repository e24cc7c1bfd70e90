import DubanCore
import DubanExport
import DubanStore
import DubanStrings
import FluentKit
import Foundation
import Testing

/// 红黄灯须说明: a lead unit's report on a red or yellow task must say what is wrong and what it
/// does about it, on the form and in the sheet; a cooperating unit's part need not, and a unit
/// that does not cooperate on a task cannot send a part at all.
@Suite struct ReportWordsTests {
    /// A task lit red or yellow on 1 June 2022 and a liaison of its lead unit, the plan asking for words.
    static func litTask(_ world: World, _ ctx: StoreContext) async throws -> (TaskRow, Actor) {
        try await PlanSettings.setSupervisionRules(planID: world.planID, SupervisionRules(wordsWhenLit: true), actor: world.supervisor, in: ctx)
        let rows = try await TaskBoard.rows(planID: world.planID, now: ctx.now, on: ctx.db)
        let row = try #require(rows.first { ($0.light == .red || $0.light == .yellow) && !$0.leadUnits.isEmpty })
        return (row, try await world.liaison(of: row.leadUnits[0].name, ctx))
    }

    @Test(arguments: StoreHarness.backends)
    func aRedOrYellowTasksReportNeedsProblemsAndNextSteps(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let (row, unit) = try await Self.litTask(world, ctx)
            await #expect(throws: StoreError.invalid(Strings.Store.redNeedsWords(row.light.word))) {
                try await Reports.submit(.init(taskID: row.id, narrative: "按计划推进", problems: "资金未到位"), actor: unit, in: ctx)
            }
            #expect(try await ReportRecord.query(on: ctx.db).filter(\.$taskID == row.id).count() == 0)
            let report = try await Reports.submit(
                .init(taskID: row.id, narrative: "按计划推进", problems: "资金未到位", nextSteps: "争取专项债，7月底前开工"), actor: unit, in: ctx)
            #expect(report.problems == "资金未到位")
        }
    }

    @Test(arguments: StoreHarness.backends)
    func withoutThePlansRuleABareReportStillGoes(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let (row, unit) = try await Self.litTask(world, ctx)
            try await PlanSettings.setSupervisionRules(planID: world.planID, SupervisionRules(wordsWhenLit: false), actor: world.supervisor, in: ctx)
            let report = try await Reports.submit(.init(taskID: row.id, narrative: "按计划推进"), actor: unit, in: ctx)
            #expect(report.problems.isEmpty)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func theSheetChecksTheSameAndPartsFollowTheirOwnRules(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let (row, unit) = try await Self.litTask(world, ctx)
            var sheet = try await ProgressSheets.sheet(planID: world.planID, periodNumber: nil, unitID: nil, actor: unit, in: ctx)
            let index = try #require(sheet.rows.firstIndex { $0.taskID == row.id && $0.role == .lead })
            sheet.rows[index].filled = .init(narrative: "按计划推进")
            let preview = try await SheetImports.upload(try ProgressSheetXlsx.write(sheet), fileName: "s.xlsx", actor: unit, in: ctx)
            #expect(preview.toCreate == 0)
            #expect(preview.problems.map(\.message) == [Strings.Store.redNeedsWords(row.light.word)])

            // A unit that neither leads nor cooperates on the task cannot send a part for it.
            let subject = try await TaskSubject.load(row.id, on: ctx.db).subject
            let units = try await UnitRecord.query(on: ctx.db).filter(\.$governmentID == world.governmentID).filter(\.$kind == "department").all()
            let outsiderName = try #require(
                units.first { !subject.leadUnitIDs.contains($0.id!) && !subject.coopUnitIDs.contains($0.id!) }?.name)
            let outsider = try await world.liaison(of: outsiderName, ctx)
            await #expect(throws: StoreError.self) {
                try await Reports.submit(.init(taskID: row.id, narrative: "越权报送的部分"), actor: outsider, in: ctx)
            }
            // A cooperating unit's part is its contribution: the lead's report carries the words.
            if let coop = row.coopUnits.first {
                let part = try await world.liaison(of: coop.name, ctx)
                let contributed = try await Reports.submit(.init(taskID: row.id, narrative: "配合完成数据报送"), actor: part, in: ctx)
                #expect(contributed.role == ResponsibilityRole.coop.rawValue)
            }
        }
    }
}
