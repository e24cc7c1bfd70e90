import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 季督查: the facts each task is judged on, from the board and the reports, then the office's
/// rules (DubanCore's `Inspection`) pick, rank and cap the list.
public enum Inspections {
    public static func list(planID: Int, now: Date, on db: any Database) async throws -> (InspectionRules, InspectionList) {
        let rules = try await PlanSettings.inspectionRules(planID: planID, on: db)
        return (rules, Inspection.list(try await facts(planID: planID, now: now, on: db), rules: rules, asOf: now))
    }

    static func facts(planID: Int, now: Date, on db: any Database) async throws -> [InspectionFacts] {
        let rows = try await TaskBoard.rows(planID: planID, now: now, on: db)
        let taskIDs = Set(rows.map(\.id))
        let due = try await PeriodRecord.query(on: db).filter(\.$planID == planID).filter(\.$dueAt <= now).sort(\.$number, .descending).all()
        let reports = try await ReportFact.load(taskIDs: taskIDs, on: db)
        let withEvidence = Set(
            try await EvidenceRecord.query(on: db).filter(\.$reportID ~~ Set(reports.map(\.id)))
                .field(\.$id).field(\.$reportID).all().map(\.reportID))
        let instructed = Set(try await InstructionRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all().map(\.taskID))
        let leadIDs = Set(rows.flatMap { $0.leadUnits.map(\.id) })
        let collective = Set(
            try await UnitRecord.query(on: db).filter(\.$id ~~ leadIDs).all()
                .filter { $0.kind == UnitKind.collective.rawValue || UnitNames.isCollective($0.name) }.compactMap(\.id))
        let reporting = Set(
            try await AccountRecord.query(on: db).filter(\.$unitID ~~ leadIDs).filter(\.$active == true).all()
                .compactMap(\.unitID))
        return rows.map { row in
            let mine = reports.filter { $0.taskID == row.id }
            // Counting back from the latest due period, how many passed with nothing that counts.
            var silent = 0
            for period in due {
                let counted = mine.contains {
                    $0.periodID == period.id && ($0.status == ReportStatus.accepted.rawValue || $0.status == ReportStatus.submitted.rawValue)
                }
                if counted { break }
                silent += 1
            }
            let importance = (instructed.contains(row.id) ? 2 : 0) + (row.path.contains { $0.contains(Strings.Products.livelihoodSection) } ? 1 : 0)
            return InspectionFacts(
                taskID: row.id, label: row.label, text: row.text, units: row.leadUnits.map(\.name), light: row.light,
                periodsWithoutProgress: silent, expected: row.expected, actual: row.actual,
                hasEvidence: mine.contains { withEvidence.contains($0.id) }, closed: row.status == TaskStatus.closed.rawValue,
                importance: importance, responsibilityGap: gap(row, collective: collective, reporting: reporting))
        }
    }

    /// Why no one answers for a task, if no one does.
    static func gap(_ row: TaskRow, collective: Set<Int>, reporting: Set<Int>) -> String? {
        typealias InspectionText = Strings.Products.Inspection
        if row.leadUnits.isEmpty { return InspectionText.noLeadUnit }
        if row.leadUnits.allSatisfy({ collective.contains($0.id) }) {
            return InspectionText.collectiveLead(row.leadUnits.map(\.name).joined(separator: "、"))
        }
        if !row.leadUnits.contains(where: { reporting.contains($0.id) }) { return InspectionText.noReporter }
        return nil
    }
}
