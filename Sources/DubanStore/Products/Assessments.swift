import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 年考核 from the year's records: each unit's indicators against their tiers (a lead's in full, a
/// cooperating unit's at the office's weight), its reports' timeliness and returns, the urgings
/// it received; the calculation is the pure one in DubanCore. Before the plan year ends it is a
/// provisional 预评, judged against 序时进度 on the board's clock.
public enum Assessments {
    static func inputs(_ plan: PlanRecord, now: Date, weights: AssessmentWeights, on db: any Database) async throws -> [UnitAssessmentInput] {
        let planID = try plan.requireID()
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID == planID).sort(\.$position).all()
        let taskIDs = Set(tasks.compactMap(\.id))
        let byID = Dictionary(uniqueKeysWithValues: tasks.compactMap { t in t.id.map { ($0, t) } })
        let labels = byID.mapValues { $0.label.isEmpty ? String($0.text.prefix(12)) : $0.label }
        let links = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all()
        // A collective name (各街道) stands for its members, who are scored in its place; a name
        // only a person can resolve (相关街道) is scored by no one until the office names them.
        let holders = try await CollectiveExpansion.holders(links, governmentID: plan.governmentID, on: db)
        let unitNames = Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ Set(holders.map(\.unitID))).all()
                .compactMap { u in u.id.map { ($0, u.name) } })
        let indicators = try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all()
        let achieved = try await CityView.latestValues(indicatorIDs: Set(indicators.compactMap(\.id)), on: db)
        let due = try await PeriodRecord.query(on: db).filter(\.$planID == planID).filter(\.$dueAt <= now).all()
        let rules = try await PlanSettings.periodRules(of: plan, on: db)
        let reports = try await ReportFact.load(taskIDs: taskIDs, on: db)
        let urgings = try await UrgingRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all()
        // 序时 on the board's clock: the end of the latest reporting round.
        let clock = Periods.latestDue(asOf: now, year: plan.year, rules: rules)?.end ?? now
        let start = Progress.defaultStart(year: plan.year)

        var byUnit: [Int: UnitAssessmentInput] = [:]
        for holder in holders {
            guard let name = unitNames[holder.unitID], let task = byID[holder.taskID] else { continue }
            var input = byUnit[holder.unitID] ?? UnitAssessmentInput(unitID: holder.unitID, unitName: name)
            let share = Progress.expected(at: clock, start: start, deadline: Progress.deadline(task.deadline, planYear: plan.year)) / 100
            let weight = holder.role == ResponsibilityRole.lead.rawValue ? 1 : weights.coopWeight / 100
            let outcomes = outcomes(indicators.filter { $0.taskID == holder.taskID }, label: labels[holder.taskID] ?? "", achieved: achieved)
                .map { outcome in
                    var weighted = outcome
                    weighted.expectedShare = share
                    weighted.weight = weight
                    return weighted
                }
            input.indicators += weight > 0 ? outcomes : []
            // Qualitative and milestone work is scored by the office's rating; unrated, not at all.
            if task.kind != TaskKind.quantitative.rawValue, holder.role == ResponsibilityRole.lead.rawValue {
                if let value = task.ratingValue { input.ratings.append(value) } else { input.unratedTasks += 1 }
            }
            if holder.role == ResponsibilityRole.lead.rawValue {
                input.reportsDue += due.count
                let mine = reports.filter { $0.taskID == holder.taskID && $0.unitID == holder.unitID }
                // On time by the return rule the board uses: a version refiled within its correction
                // window keeps the first version's date.
                input.reportsOnTime +=
                    due.filter { period in
                        let chain = ReportChain.of(BoardFacts.submissions(mine.filter { $0.periodID == period.id }), now: now, rules: rules)
                        return chain.countsFrom.map { Periods.days(from: period.dueAt, to: $0) <= 0 } ?? false
                    }.count
                input.reportsSubmitted += mine.count
                input.reportsReturned += mine.filter { $0.status == ReportStatus.returned.rawValue }.count
            }
            input.urgingsReceived += urgings.filter { $0.taskID == holder.taskID && $0.unitID == holder.unitID }.count
            byUnit[holder.unitID] = input
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
            out.append(
                IndicatorOutcome(
                    taskLabel: label, metric: indicator.metric, target: indicator.value,
                    stretchTarget: stretch?.value, achieved: value, unit: indicator.unit,
                    lowerIsBetter: indicator.comparator == "<=" || indicator.comparator == "<",
                    measure: IndicatorMeasure.of(indicator.indicator)))
        }
        // A stretch figure with no committed one beside it is the only target there is.
        for indicator in indicators where indicator.tier == "stretch" && !indicators.contains(where: { $0.metric == indicator.metric && $0.tier != "stretch" })
        {
            out.append(
                IndicatorOutcome(
                    taskLabel: label, metric: indicator.metric, target: indicator.value, stretchTarget: nil,
                    achieved: indicator.id.flatMap { achieved[$0] }, unit: indicator.unit,
                    lowerIsBetter: indicator.comparator == "<=" || indicator.comparator == "<",
                    measure: IndicatorMeasure.of(indicator.indicator)))
        }
        return out
    }

    public static func assess(planID: Int, now: Date, on db: any Database) async throws -> (AssessmentWeights, AssessmentResult) {
        let weights = try await PlanSettings.weights(planID: planID, on: db)
        guard let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        let year = plan.year
        let provisional = now < Progress.deadline(year: year, month: 12)
        let units = Assessment.assess(
            try await inputs(plan, now: now, weights: weights, on: db), weights: weights,
            provisional: provisional)
        return (
            weights,
            AssessmentResult(
                provisional: provisional, asOf: now,
                label: Assessment.label(year: year, asOf: now, provisional: provisional), units: units)
        )
    }
}
