import DubanCore
import FluentKit
import Foundation

/// A published plan's stored periods follow its rules and the working-day calendar: when the
/// office changes how the due day is read, or the calendar changes under a plan that counts in
/// working days, each period's due day and grace window are laid out again. Reports keep the
/// lateness they were given when filed.
enum PeriodSchedule {
    static func refresh(_ plan: PlanRecord, calendar: WorkCalendar? = nil, on db: any Database) async throws {
        let rules = try await PlanSettings.periodRules(of: plan, calendar: calendar, on: db)
        let laidOut = Dictionary(uniqueKeysWithValues: Periods.all(year: plan.year, rules: rules).map { ($0.index, $0) })
        for record in try await PeriodRecord.query(on: db).filter(\.$planID == plan.requireID()).all() {
            guard let period = laidOut[record.number], record.dueAt != period.due || record.graceEndsAt != period.graceEnd else { continue }
            record.dueAt = period.due
            record.graceEndsAt = period.graceEnd
            try await record.save(on: db)
        }
    }

    /// After a change to the calendar: every plan whose due day is read in working days.
    static func refreshAll(on db: any Database) async throws {
        let plans = try await PlanRecord.query(on: db).filter(\.$status == PlanStatus.published.rawValue).all().filter {
            (JSONText.decode(PeriodRules.self, $0.periodRules) ?? .standard).dueCounting != .asPrinted
        }
        guard !plans.isEmpty else { return }
        let calendar = try await WorkCalendars.load(on: db)
        for plan in plans { try await refresh(plan, calendar: calendar, on: db) }
    }
}
