import DubanCore
import Fluent
import Foundation

/// 季督查: the facts each task is judged on, from the board and the reports, then the office's
/// rules (DubanCore's `Inspection`) pick the list.
public enum Inspections {
    public static func list(planID: Int, now: Date, on db: any Database) async throws -> (InspectionRules, [InspectionItem]) {
        let rules = try await PlanSettings.inspectionRules(planID: planID, on: db)
        return (rules, Inspection.select(try await facts(planID: planID, now: now, on: db), rules: rules))
    }

    static func facts(planID: Int, now: Date, on db: any Database) async throws -> [InspectionFacts] {
        let rows = try await TaskBoard.rows(planID: planID, now: now, on: db)
        let taskIDs = Set(rows.map(\.id))
        let due = try await PeriodRecord.query(on: db).filter(\.$planID == planID).filter(\.$dueAt <= now).sort(\.$number, .descending).all()
        let reports = try await ReportFact.load(taskIDs: taskIDs, on: db)
        let withEvidence = Set(try await EvidenceRecord.query(on: db).filter(\.$reportID ~~ Set(reports.map(\.id)))
            .field(\.$id).field(\.$reportID).all().map(\.reportID))
        return rows.map { row in
            let mine = reports.filter { $0.taskID == row.id }
            // Counting back from the latest due period, how many passed with nothing that counts.
            var silent = 0
            for period in due {
                let counted = mine.contains { $0.periodID == period.id && ($0.status == "accepted" || $0.status == "submitted") }
                if counted { break }
                silent += 1
            }
            return InspectionFacts(taskID: row.id, label: row.label, text: row.text, units: row.leadUnits.map(\.name), light: row.light,
                                   periodsWithoutProgress: silent, expected: row.expected, actual: row.actual,
                                   hasEvidence: mine.contains { withEvidence.contains($0.id) }, closed: row.status == "closed")
        }
    }
}
