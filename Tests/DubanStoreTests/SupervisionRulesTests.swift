import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// The office's thresholds decide the lights: worked on (21) of the 钟楼 sample, reported in July
/// at 60% of each count (schedule gap 58.3 − 56.7 = 1.6 points) and a patent density of 34.6
/// against 37.2 (7.0% short).
@Suite struct SupervisionRulesTests {
    static let day = PlanCalendar.date(2022, 8, 10)

    @Test(arguments: StoreHarness.backends)
    func theOfficesThresholdsDecideTheLight(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let taskID = try await world.task("(21)", ctx).requireID()
            let unit = try await world.liaison(of: "市场监管局", ctx)
            let indicators = try await IndicatorRecord.query(on: ctx.db).filter(\.$taskID == taskID).all()
            let values = Dictionary(
                uniqueKeysWithValues: indicators.map { indicator in
                    (indicator.id!, IndicatorMeasure.of(indicator.indicator) == .level ? 34.6 : (indicator.value * 0.6).rounded(.down))
                })
            let july = ctx.withClock(FixedClock(PlanCalendar.date(2022, 8, 3)))
            let report = try await Reports.submit(
                Reports.Submission(taskID: taskID, periodNumber: 7, narrative: "7月进展", values: values),
                actor: unit, in: july)
            try await Reviews.review(reportID: report.id!, accept: true, reason: "", actor: world.supervisor, in: july)

            func light(_ rules: SupervisionRules) async throws -> TaskRow {
                try await PlanSettings.setSupervisionRules(planID: world.planID, rules, actor: world.supervisor, in: ctx)
                return try #require(try await TaskBoard.rows(taskIDs: [taskID], now: Self.day, on: ctx.db).first)
            }
            // Defaults: 1.6 points behind is nothing; 7% short of a level is inside the 10% tolerance: yellow.
            var row = try await light(.standard)
            #expect(row.light == .yellow && row.causes == [.belowTarget], "\(row.reasons)")
            // A 5% tolerance: 7% short is red.
            row = try await light(SupervisionRules(light: LightRules(levelTolerance: 5)))
            #expect(row.light == .red && row.causes.contains(.belowTarget), "\(row.reasons)")
            // Yellow from one point behind: the schedule gap shows too.
            row = try await light(SupervisionRules(light: LightRules(yellowGap: 1, redGap: 50)))
            #expect(row.light == .yellow && Set(row.causes) == [.belowTarget, .behindSchedule], "\(row.reasons)")
            // No yellow band (yellow gap = red gap): one point behind is red.
            row = try await light(SupervisionRules(light: LightRules(yellowGap: 1, redGap: 1)))
            #expect(row.light == .red && row.causes.contains(.behindSchedule), "\(row.reasons)")
        }
    }

    @Test(arguments: StoreHarness.backends)
    func rulesAreBoundedAuditedAndTheCorrectionWindowIsThePlans(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            #expect(try await PlanSettings.supervisionRules(planID: world.planID, on: ctx.db) == .standard)
            let wanted = SupervisionRules(light: LightRules(yellowGap: 5, redGap: 20, levelTolerance: 8), correctionDays: 5, minimumToRank: 2)
            try await PlanSettings.setSupervisionRules(planID: world.planID, wanted, actor: world.supervisor, in: ctx)
            #expect(try await PlanSettings.supervisionRules(planID: world.planID, on: ctx.db) == wanted)
            let plan = try #require(try await PlanRecord.find(world.planID, on: ctx.db))
            #expect(JSONText.decode(PeriodRules.self, plan.periodRules)?.correctionDays == 5, "the return rule reads the plan's period rules")
            let audit = try await AuditRecord.query(on: ctx.db).filter(\.$action == "plan.rules").all()
            #expect(audit.count == 1)

            let liaison = try await world.liaison(of: "发改局", ctx)
            var refused = [wanted, wanted, wanted, wanted, wanted]
            refused[0].yellowGap = 0
            refused[1].redGap = .infinity
            refused[2].levelTolerance = 60
            refused[3].correctionDays = -1
            refused[4].minimumToRank = 0
            for rules in refused {
                await #expect(throws: StoreError.self) {
                    try await PlanSettings.setSupervisionRules(planID: world.planID, rules, actor: world.supervisor, in: ctx)
                }
            }
            await #expect(throws: StoreError.self) {
                try await PlanSettings.setSupervisionRules(planID: world.planID, .standard, actor: liaison, in: ctx)
            }
            #expect(try await PlanSettings.supervisionRules(planID: world.planID, on: ctx.db) == wanted)
            #expect(try await AuditRecord.query(on: ctx.db).filter(\.$action == "plan.rules").count() == 1)
        }
    }
}
