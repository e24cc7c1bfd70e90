import DubanCore
import Fluent
import Foundation

/// 年考核 from the year's records: each lead unit's indicators against their tiers, its reports'
/// timeliness and returns, the urgings it received; the calculation is the pure one in DubanCore.
public enum Assessments {
    public static func inputs(planID: Int, now: Date, on db: any Database) async throws -> [UnitAssessmentInput] {
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID == planID).sort(\.$position).all()
        let taskIDs = Set(tasks.compactMap(\.id))
        let labels = Dictionary(uniqueKeysWithValues: tasks.compactMap { t in t.id.map { ($0, t.label.isEmpty ? String(t.text.prefix(12)) : t.label) } })
        let leads = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ taskIDs).filter(\.$role == "lead").all()
        // A collective name (各街道, 相关街道) is not one unit to score: the office resolves it first.
        let units = try await UnitRecord.query(on: db).filter(\.$id ~~ Set(leads.map(\.unitID))).all()
        let unitNames = Dictionary(uniqueKeysWithValues: units.filter { $0.kind != "collective" && !UnitNames.isCollective($0.name) }
            .compactMap { u in u.id.map { ($0, u.name) } })
        let indicators = try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all()
        let achieved = try await CityView.latestValues(indicatorIDs: Set(indicators.compactMap(\.id)), on: db)
        let due = try await PeriodRecord.query(on: db).filter(\.$planID == planID).filter(\.$dueAt <= now).all()
        let rules = try await PlanSettings.periodRules(planID: planID, on: db)
        let reports = try await ReportFact.load(taskIDs: taskIDs, on: db)
        let urgings = try await UrgingRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all()

        var byUnit: [Int: UnitAssessmentInput] = [:]
        for lead in leads where unitNames[lead.unitID] != nil {
            var input = byUnit[lead.unitID] ?? UnitAssessmentInput(unitID: lead.unitID, unitName: unitNames[lead.unitID] ?? "")
            input.indicators += outcomes(indicators.filter { $0.taskID == lead.taskID }, label: labels[lead.taskID] ?? "", achieved: achieved)
            input.reportsDue += due.count
            let mine = reports.filter { $0.taskID == lead.taskID && $0.unitID == lead.unitID }
            // On time by the return rule the board uses: a version refiled within its correction
            // window keeps the first version's date.
            input.reportsOnTime += due.filter { period in
                let chain = ReportChain.of(BoardFacts.submissions(mine.filter { $0.periodID == period.id }), now: now, rules: rules)
                return chain.countsFrom.map { Periods.days(from: period.dueAt, to: $0) <= 0 } ?? false
            }.count
            input.reportsSubmitted += mine.count
            input.reportsReturned += mine.filter { $0.status == "returned" }.count
            input.urgingsReceived += urgings.filter { $0.taskID == lead.taskID && $0.unitID == lead.unitID }.count
            byUnit[lead.unitID] = input
        }
        return byUnit.values.sorted { $0.unitName < $1.unitName }
    }

    /// A task's indicators as outcomes: a committed and a stretch figure for the same metric are
    /// one outcome with two tiers; a cap (≤, <) is met by staying under it.
    static func outcomes(_ indicators: [IndicatorRecord], label: String, achieved: [Int: Double]) -> [IndicatorOutcome] {
        var out: [IndicatorOutcome] = []
        for indicator in indicators where indicator.tier != "stretch" {
            let stretch = indicators.first { $0.metric == indicator.metric && $0.tier == "stretch" }
            let value = indicator.id.flatMap { achieved[$0] } ?? stretch?.id.flatMap { achieved[$0] }
            out.append(IndicatorOutcome(taskLabel: label, metric: indicator.metric, target: indicator.value,
                                        stretchTarget: stretch?.value, achieved: value, unit: indicator.unit,
                                        lowerIsBetter: indicator.comparator == "<=" || indicator.comparator == "<"))
        }
        // A stretch figure with no committed one beside it is the only target there is.
        for indicator in indicators where indicator.tier == "stretch" && !indicators.contains(where: { $0.metric == indicator.metric && $0.tier != "stretch" }) {
            out.append(IndicatorOutcome(taskLabel: label, metric: indicator.metric, target: indicator.value, stretchTarget: nil,
                                        achieved: indicator.id.flatMap { achieved[$0] }, unit: indicator.unit,
                                        lowerIsBetter: indicator.comparator == "<=" || indicator.comparator == "<"))
        }
        return out
    }

    public static func assess(planID: Int, now: Date, on db: any Database) async throws -> (AssessmentWeights, [UnitAssessment]) {
        let weights = try await PlanSettings.weights(planID: planID, on: db)
        return (weights, Assessment.assess(try await inputs(planID: planID, now: now, on: db), weights: weights))
    }
}
