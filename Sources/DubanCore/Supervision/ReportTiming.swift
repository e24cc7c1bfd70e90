import Foundation

/// Where a period's report stands on a given day.
public enum ReportTiming: Sendable, Equatable, Hashable {
    /// Nothing to do yet.
    case notDue
    /// Not in yet, due in `days` days (0 = today): the reminder window.
    case dueSoon(days: Int)
    /// In by the due day.
    case onTime
    /// In, `days` days after the due day (补报).
    case late(days: Int)
    /// Not in, `days` past the due day, still within the grace window.
    case overdue(days: Int)
    /// Not in and the grace window is over.
    case missing(daysOverdue: Int, daysPastGrace: Int)

    /// A submission stamped after `now` is treated as not yet made, so replaying history is safe.
    public static func of(_ period: Period, submittedAt: Date?, now: Date, rules: PeriodRules = .standard) -> ReportTiming {
        if let submittedAt, submittedAt <= now {
            let late = Periods.days(from: period.due, to: submittedAt)
            return late <= 0 ? .onTime : .late(days: late)
        }
        let overdue = Periods.days(from: period.due, to: now)
        if overdue <= 0 {
            return now >= period.start && -overdue <= rules.remindDaysBefore ? .dueSoon(days: -overdue) : .notDue
        }
        let pastGrace = Periods.days(from: period.graceEnd, to: now)
        return pastGrace <= 0 ? .overdue(days: overdue) : .missing(daysOverdue: overdue, daysPastGrace: pastGrace)
    }

    /// Not yet owed and not yet in: nothing to judge.
    public var isBeforeDue: Bool {
        switch self {
        case .notDue, .dueSoon: true
        case .onTime, .late, .overdue, .missing: false
        }
    }
}
