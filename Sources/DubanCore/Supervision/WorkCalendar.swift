import DubanDocuments
import Foundation

/// A day on the wall calendar in Beijing, without a time: what holiday notices and deadlines name.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(_ date: Date) {
        let parts = PlanCalendar.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(parts.year!, parts.month!, parts.day!)
    }

    /// `2024-02-18`; nil unless it is a real day.
    public init?(iso text: String) {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], (1...9999).contains(year), (1...12).contains(month),
            (1...31).contains(day)
        else { return nil }
        self.init(year, month, day)
        guard CalendarDay(dayNumber: dayNumber) == self else { return nil }
    }

    /// Midnight starting the day.
    public var start: Date { PlanCalendar.date(year, month, day) }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// 1 Monday … 7 Sunday (1 January 1970 was a Thursday).
    public var isoWeekday: Int { ((dayNumber + 3) % 7 + 7) % 7 + 1 }

    /// Days since 1 January 1970: counting working days is integer arithmetic (`CivilDays`).
    public var dayNumber: Int { CivilDays.days(year: year, month: month, day: day) }

    public init(dayNumber: Int) {
        let date = CivilDays.date(fromDays: dayNumber)
        self.init(date.year, date.month, date.day)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Every day from `first` to `last`, both included.
    public static func through(_ first: CalendarDay, _ last: CalendarDay) -> [CalendarDay] {
        var days: [CalendarDay] = []
        var day = first
        while day <= last {
            days.append(day)
            day = day.adding(days: 1)
        }
        return days
    }
}

/// China's working days: Monday to Friday, less the public holidays, plus the weekend days the
/// State Council's yearly notice makes workdays (调休). A limit of `3个工作日` skips a Spring
/// Festival week and counts a make-up Saturday; a limit in calendar days would not.
public struct WorkCalendar: Sendable, Equatable, Codable {
    /// Days off that would otherwise be workdays (and weekend days inside a holiday, harmlessly).
    public var holidays: Set<CalendarDay>
    /// Weekend days that are workdays.
    public var makeUpWorkdays: Set<CalendarDay>

    public init(holidays: Set<CalendarDay> = [], makeUpWorkdays: Set<CalendarDay> = []) {
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
    }

    /// The State Council's arrangements as published (2022–2026), the default of every installation.
    public static let stateCouncil = WorkCalendar(holidays: StateCouncilHolidays.holidays, makeUpWorkdays: StateCouncilHolidays.makeUpWorkdays)

    /// The years the calendar has a notice for; outside them only weekends are days off.
    public var coveredYears: ClosedRange<Int>? {
        let years = holidays.union(makeUpWorkdays).map(\.year)
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }

    public func isWorkday(_ day: CalendarDay) -> Bool {
        if makeUpWorkdays.contains(day) { return true }
        if holidays.contains(day) { return false }
        return day.isoWeekday <= 5
    }

    /// The `count`-th working day after `day` (the day itself is not counted): sent on a Friday
    /// before a holiday, 3 working days end on the third working day after it.
    public func workday(_ count: Int, after day: CalendarDay) -> CalendarDay {
        var current = day
        var left = max(count, 0)
        while left > 0 {
            current = current.adding(days: 1)
            if isWorkday(current) { left -= 1 }
        }
        return current
    }

    /// `day` if it is a working day, else the next one: a due date that falls in a holiday moves
    /// to the first day back.
    public func onOrAfter(_ day: CalendarDay) -> CalendarDay {
        var current = day
        while !isWorkday(current) { current = current.adding(days: 1) }
        return current
    }

    /// Working days after `first` up to and including `last` (0 if `last` is not later).
    public func workdays(after first: CalendarDay, through last: CalendarDay) -> Int {
        guard first < last else { return 0 }
        return CalendarDay.through(first.adding(days: 1), last).filter(isWorkday).count
    }

    /// The end (exclusive) of a limit of `count` working days from `sentAt`: midnight after the
    /// last working day, so any time on that day is in time.
    public func deadline(workdays count: Int, from sentAt: Date) -> Date {
        workday(count, after: CalendarDay(sentAt)).adding(days: 1).start
    }
}

extension WorkCalendar {
    /// This calendar with an installation's own days on top: `true` makes a day a workday,
    /// `false` a day off, whatever the notices and the weekday say.
    public func applying(_ overrides: [CalendarDay: Bool]) -> WorkCalendar {
        var calendar = self
        for (day, workday) in overrides {
            if workday {
                calendar.holidays.remove(day)
                if day.isoWeekday >= 6 { calendar.makeUpWorkdays.insert(day) }
            } else {
                calendar.makeUpWorkdays.remove(day)
                calendar.holidays.insert(day)
            }
        }
        return calendar
    }

    /// The days of `year` that are not as the weekday says: holidays on weekdays and weekend days worked.
    public func exceptions(in year: Int) -> [(day: CalendarDay, workday: Bool)] {
        let weekdayHolidays = holidays.filter { $0.year == year && $0.isoWeekday <= 5 }.map { (day: $0, workday: false) }
        let workedWeekends = makeUpWorkdays.filter { $0.year == year }.map { (day: $0, workday: true) }
        return (weekdayHolidays + workedWeekends).sorted { $0.day < $1.day }
    }
}
