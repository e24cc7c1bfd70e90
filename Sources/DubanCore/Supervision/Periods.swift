import DubanStrings
import Foundation

/// How often units report and how strict the dates are; set per plan by the office.
public struct PeriodRules: Sendable, Equatable, Codable {
    public enum Frequency: String, Sendable, Codable, CaseIterable {
        case monthly, quarterly
    }

    /// How the due day is read, as the plan words it: `每月5日前` (the date as printed),
    /// `每月5日前，遇节假日顺延` (a date in a holiday or weekend moves to the first working day
    /// after), or `每月前5个工作日内` (the fifth working day of the month).
    public enum DueCounting: String, Sendable, Codable, CaseIterable {
        case asPrinted = "date"
        case nextWorkday = "next-workday"
        case workdays
    }

    public var frequency: Frequency
    /// Day of the month after the period by which the report is due (clamped to the month's length).
    public var dueDay: Int
    /// Calendar days after the due day in which a late report (补报) is still taken.
    public var graceDays: Int
    /// How many days before the due day the reminder starts.
    public var remindDaysBefore: Int
    /// Working days after the office returns a report in which refiling it keeps the first
    /// submission's date: a return is the office's correction, not the unit's lateness.
    public var correctionDays: Int
    public var dueCounting: DueCounting = .asPrinted
    /// The calendar the working days are counted with. Not part of a plan's stored settings: the
    /// store puts the installation's calendar here when it reads them.
    public var workCalendar: WorkCalendar = .stateCouncil

    public init(
        frequency: Frequency = .monthly, dueDay: Int = 5, graceDays: Int = 5, remindDaysBefore: Int = 3,
        correctionDays: Int = 3, dueCounting: DueCounting = .asPrinted
    ) {
        self.dueCounting = dueCounting
        self.frequency = frequency
        self.dueDay = dueDay
        self.graceDays = graceDays
        self.remindDaysBefore = remindDaysBefore
        self.correctionDays = correctionDays
    }

    public static let standard = PeriodRules()

    enum CodingKeys: String, CodingKey { case frequency, dueDay, graceDays, remindDaysBefore, correctionDays, dueCounting }

    // A settings file may give only what differs from the defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = PeriodRules.standard
        frequency = try c.decodeIfPresent(Frequency.self, forKey: .frequency) ?? d.frequency
        dueDay = try c.decodeIfPresent(Int.self, forKey: .dueDay) ?? d.dueDay
        graceDays = try c.decodeIfPresent(Int.self, forKey: .graceDays) ?? d.graceDays
        remindDaysBefore = try c.decodeIfPresent(Int.self, forKey: .remindDaysBefore) ?? d.remindDaysBefore
        correctionDays = try c.decodeIfPresent(Int.self, forKey: .correctionDays) ?? d.correctionDays
        dueCounting = try c.decodeIfPresent(DueCounting.self, forKey: .dueCounting) ?? d.dueCounting
    }

    /// The day reports of a period ending on `lastDay` are due: the due day of the next month,
    /// read as the plan words it (see `DueCounting`), with this rule's calendar.
    public func dueDay(after lastDay: CalendarDay) -> CalendarDay {
        let next = lastDay.adding(days: 1)
        let following = next.month == 12 ? (next.year + 1, 1) : (next.year, next.month + 1)
        let length = CalendarDay(following.0, following.1, 1).dayNumber - CalendarDay(next.year, next.month, 1).dayNumber
        let printed = CalendarDay(next.year, next.month, min(max(dueDay, 1), length))
        switch dueCounting {
        case .asPrinted: return printed
        case .nextWorkday: return workCalendar.onOrAfter(printed)
        case .workdays: return workCalendar.workday(max(dueDay, 1), after: lastDay)
        }
    }
}

/// One reporting period of a plan year, with its dates in China Standard Time.
public struct Period: Sendable, Equatable, Hashable, Codable {
    public var frequency: PeriodRules.Frequency
    /// Month 1…12 or quarter 1…4.
    public var index: Int
    public var year: Int
    /// The period's first instant.
    public var start: Date
    /// The first instant after the period (exclusive).
    public var end: Date
    /// Midnight starting the last day for an on-time report; any time that day counts.
    public var due: Date
    /// Midnight starting the last day of the grace window (补报).
    public var graceEnd: Date
    /// `2022年3月` / `2022年第一季度`.
    public var label: String
    /// `3月` / `第一季度`, for sentences that already name the year.
    public var shortLabel: String
}

public enum Periods {
    public static func all(year: Int, rules: PeriodRules = .standard) -> [Period] {
        let count = rules.frequency == .monthly ? 12 : 4
        return (1...count).map { period(year: year, index: $0, rules: rules) }
    }

    /// The period of `year` that `date` falls in; nil outside the year.
    public static func containing(_ date: Date, year: Int, rules: PeriodRules = .standard) -> Period? {
        all(year: year, rules: rules).first { $0.start <= date && date < $0.end }
    }

    /// The latest period whose due day is over by `now`: the one whose report should be in.
    public static func latestDue(asOf now: Date, year: Int, rules: PeriodRules = .standard) -> Period? {
        all(year: year, rules: rules).last { days(from: $0.due, to: now) > 0 }
    }

    public static func period(year: Int, index: Int, rules: PeriodRules = .standard) -> Period {
        let calendar = PlanCalendar.calendar
        let months = rules.frequency == .monthly ? 1 : 3
        let firstMonth = (index - 1) * months + 1
        let start = PlanCalendar.date(year, firstMonth, 1)
        let end = calendar.date(byAdding: .month, value: months, to: start)!
        let due = rules.dueDay(after: CalendarDay(end).adding(days: -1)).start
        let graceEnd = calendar.date(byAdding: .day, value: max(rules.graceDays, 0), to: due)!
        let short = rules.frequency == .monthly ? Strings.Supervision.monthOnly(index) : Strings.Supervision.quarter(index)
        return Period(
            frequency: rules.frequency, index: index, year: year, start: start, end: end, due: due,
            graceEnd: graceEnd, label: Strings.Supervision.inYear(year, short), shortLabel: short)
    }

    /// Calendar days from the day of `from` to the day of `to` in China Standard Time.
    public static func days(from: Date, to: Date) -> Int {
        let calendar = PlanCalendar.calendar
        return calendar.dateComponents([.day], from: calendar.startOfDay(for: from), to: calendar.startOfDay(for: to)).day ?? 0
    }
}
