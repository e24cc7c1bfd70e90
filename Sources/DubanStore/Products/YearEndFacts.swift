import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The year-end account (政府工作报告目标任务完成情况对照表) from live data: each task's latest
/// accepted lead report, its indicators, the office's rating and whether it was closed, judged
/// by `YearEndAccount` in DubanCore.
public enum YearEndFacts {
    public static func read(planID: Int, actor: Actor?, now: Date, on db: any Database) async throws -> (title: String, rows: [YearEndRow]) {
        guard let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        // The account carries the units' reported figures: for the government's signed-in people.
        guard actor != nil else { throw StoreError.forbidden(Strings.Supervision.Denial.notSignedIn) }
        try Guard.require(actor, .readPlan, .government(plan.governmentID, published: plan.status == PlanStatus.published.rawValue))
        let government = try await GovernmentRecord.find(plan.governmentID, on: db)?.name ?? ""
        let rows = try await TaskBoard.rows(planID: planID, now: now, on: db)
        let tasks = Dictionary(
            uniqueKeysWithValues: try await TaskRecord.query(on: db).filter(\.$planID == planID).all().compactMap { t in t.id.map { ($0, t) } })
        let indicators = try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ Set(tasks.keys)).sort(\.$position).all()
        let latest = try await CityView.latestValues(indicatorIDs: Set(indicators.compactMap(\.id)), on: db)
        let accepted = try await ReportRecord.query(on: db).filter(\.$taskID ~~ Set(tasks.keys))
            .filter(\.$status == ReportStatus.accepted.rawValue).filter(\.$role == ResponsibilityRole.lead.rawValue).all()
        let lastReport = Dictionary(grouping: accepted, by: \.taskID).mapValues { reports in
            reports.max { ($0.submittedAt, $0.version) < ($1.submittedAt, $1.version) }
        }
        let facts = rows.compactMap { row -> YearEndTask? in
            guard let task = tasks[row.id] else { return nil }
            let own = indicators.filter { $0.taskID == row.id }
            let report = lastReport[row.id] ?? nil
            return YearEndTask(
                label: row.label, section: row.path.first, text: row.text, kind: TaskKind(rawValue: row.kind) ?? .qualitative,
                indicators: own.map(\.indicator), reported: own.map { $0.id.flatMap { latest[$0] } }, percentComplete: report?.percentComplete,
                ratingGrade: task.ratingGrade, ratingValue: task.ratingValue, closed: row.status == TaskStatus.closed.rawValue,
                leadUnits: row.leadUnits.map(\.name), narrative: report?.narrative)
        }
        let rules = try await PlanSettings.supervisionRules(planID: planID, on: db).light
        return (YearEndAccount.title(year: plan.year, government: government), YearEndAccount.rows(facts, rules: rules))
    }
}
