import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 会签: a task's cooperating units each send their part of a period; where the plan's rules ask
/// for it, the lead's report waits until every part is in, or the office waived the rest.
public enum CoSign {
    public struct Parts: Sendable, Codable, Equatable {
        public var periodLabel: String
        public var answered: [String]
        public var missing: [String]
        public var waived: Bool

        /// The lead may submit: every part is in, or the office waived the missing ones.
        public var complete: Bool { missing.isEmpty || waived }
    }

    /// The parts of `period` for the task: which cooperating units (collectives by their members)
    /// have sent one, which have not, and whether the office waived them.
    public static func parts(taskID: Int, period: PeriodRecord, on db: any Database) async throws -> Parts {
        let periodID = try period.requireID()
        guard let task = try await TaskRecord.find(taskID, on: db) else { throw StoreError.notFound(Strings.Store.taskNotFound) }
        // One holder per unit, lead where either way makes it lead: a unit that also leads owes no part.
        let holders = try await ProgressSheets.holders(taskIDs: [taskID], governmentID: task.governmentID, on: db)
        let coops = Set(holders.filter { $0.role == ResponsibilityRole.coop.rawValue }.map(\.unitID))
        let sent = Set(
            try await ReportRecord.query(on: db).filter(\.$taskID == taskID).filter(\.$periodID == periodID)
                .filter(\.$role == ResponsibilityRole.coop.rawValue).all().map(\.unitID))
        let names = Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ coops).all().compactMap { unit in unit.id.map { ($0, unit.name) } })
        let waived =
            try await ChangeRequestRecord.query(on: db).filter(\.$taskID == taskID)
            .filter(\.$kind == ChangeRequestKind.waiveParts.rawValue).filter(\.$status == ChangeRequestStatus.approved.rawValue)
            .filter(\.$periodNumber == period.number).count() > 0
        return Parts(
            periodLabel: period.label, answered: coops.filter(sent.contains).compactMap { names[$0] }.sorted(),
            missing: coops.subtracting(sent).compactMap { names[$0] }.sorted(), waived: waived)
    }

    /// Why the lead's report must wait, or nil: the plan asks for 会签 and parts are missing.
    static func refusal(taskID: Int, planID: Int, period: PeriodRecord, in ctx: StoreContext) async throws -> String? {
        guard try await PlanSettings.supervisionRules(planID: planID, in: ctx).coSign else { return nil }
        let parts = try await parts(taskID: taskID, period: period, on: ctx.db)
        return parts.complete ? nil : Strings.Changes.waitingForParts(parts.missing.joined(separator: "、"))
    }

    /// The parts a lead unit's report form shows, where the plan's rules ask for 会签; nil otherwise.
    public static func forLead(
        taskID: Int, planID: Int, rules: SupervisionRules, actor: Actor?, subject: Subject, now: Date, on db: any Database
    ) async throws -> Parts? {
        guard rules.coSign, let unit = actor?.unitID, subject.leadUnitIDs.contains(unit) else { return nil }
        let periods = try await PeriodRecord.query(on: db).filter(\.$planID == planID).sort(\.$number).all()
        guard let period = periods.last(where: { $0.endsAt <= now }) ?? periods.first else { return nil }
        return try await parts(taskID: taskID, period: period, on: db)
    }
}
