import Foundation
import Testing

@testable import DubanCore

/// A day of 2022 (or `year`) in China Standard Time.
private func day(_ month: Int, _ day: Int, hour: Int = 0, year: Int = 2022) -> Date {
    PlanCalendar.date(year, month, day, hour: hour)
}

@Suite struct PeriodsTests {
    @Test func monthlyPeriodsOf2022() throws {
        let periods = Periods.all(year: 2022)
        #expect(periods.map(\.index) == Array(1...12))
        let march = periods[2]
        #expect(march.label == "2022年3月" && march.shortLabel == "3月")
        #expect(march.start == day(3, 1) && march.end == day(4, 1))
        #expect(march.due == day(4, 5) && march.graceEnd == day(4, 10))
        // December's report is due in the next year.
        let december = try #require(periods.last)
        #expect(december.end == day(1, 1, year: 2023))
        #expect(december.due == day(1, 5, year: 2023) && december.graceEnd == day(1, 10, year: 2023))
        // Consecutive, no gaps.
        #expect(zip(periods, periods.dropFirst()).allSatisfy { $0.end == $1.start })
    }

    @Test func quarterlyPeriods() {
        let rules = PeriodRules(frequency: .quarterly)
        let quarters = Periods.all(year: 2022, rules: rules)
        #expect(quarters.map(\.label) == ["2022年第一季度", "2022年第二季度", "2022年第三季度", "2022年第四季度"])
        #expect(quarters[0].shortLabel == "第一季度")
        #expect(quarters[0].start == day(1, 1) && quarters[0].end == day(4, 1) && quarters[0].due == day(4, 5))
        #expect(quarters[3].start == day(10, 1) && quarters[3].due == day(1, 5, year: 2023))
    }

    @Test func dueDayIsClampedToTheMonth() {
        let rules = PeriodRules(dueDay: 31, graceDays: 0)
        #expect(Periods.all(year: 2022, rules: rules)[0].due == day(2, 28))
        #expect(Periods.all(year: 2024, rules: rules)[0].due == day(2, 29, year: 2024))
        #expect(Periods.all(year: 2022, rules: rules)[1].due == day(3, 31))
        #expect(Periods.all(year: 2022, rules: rules)[1].graceEnd == day(3, 31))
    }

    @Test(
        arguments: [
            (day(3, 15, hour: 12), "2022年3月"),
            (day(3, 1), "2022年3月"),
            (day(4, 1).addingTimeInterval(-1), "2022年3月"),
            (day(4, 1), "2022年4月"),
            // 16:30 UTC on 31 March is already 1 April in Shanghai.
            (ISO8601DateFormatter().date(from: "2022-03-31T16:30:00Z")!, "2022年4月"),
            (day(12, 31, hour: 23), "2022年12月"),
        ] as [(Date, String)])
    func containing(_ date: Date, _ label: String) {
        #expect(Periods.containing(date, year: 2022)?.label == label)
    }

    @Test func containingOutsideTheYear() {
        #expect(Periods.containing(day(1, 1, year: 2023), year: 2022) == nil)
        #expect(Periods.containing(day(12, 31, year: 2021), year: 2022) == nil)
    }

    @Test(
        arguments: [
            (day(2, 5), nil),  // January's due day is not over yet
            (day(2, 6), "2022年1月"),
            (day(4, 5, hour: 23), "2022年2月"),
            (day(4, 6), "2022年3月"),
            (day(1, 6, year: 2023), "2022年12月"),
        ] as [(Date, String?)])
    func latestDue(_ now: Date, _ label: String?) {
        #expect(Periods.latestDue(asOf: now, year: 2022)?.label == label)
    }

    /// March 2022: due 5 April, grace to 10 April, reminders from 2 April.
    @Test(
        arguments: [
            (nil, day(3, 20), ReportTiming.notDue),
            (nil, day(4, 1, hour: 9), .notDue),
            (nil, day(4, 2), .dueSoon(days: 3)),
            (nil, day(4, 5, hour: 10), .dueSoon(days: 0)),
            (nil, day(4, 6), .overdue(days: 1)),
            (nil, day(4, 10, hour: 23), .overdue(days: 5)),
            (nil, day(4, 11), .missing(daysOverdue: 6, daysPastGrace: 1)),
            (nil, day(4, 12), .missing(daysOverdue: 7, daysPastGrace: 2)),
            (day(3, 31), day(4, 20), .onTime),
            (day(3, 20), day(3, 25), .onTime),
            (day(4, 5, hour: 23), day(4, 6), .onTime),
            (day(4, 7, hour: 9), day(4, 7, hour: 10), .late(days: 2)),
            (day(4, 15), day(4, 20), .late(days: 10)),
            // A stamp after "now" has not happened yet.
            (day(4, 7), day(4, 6), .overdue(days: 1)),
        ] as [(Date?, Date, ReportTiming)])
    func timingOfMarch(_ submittedAt: Date?, _ now: Date, _ expected: ReportTiming) {
        let march = Periods.all(year: 2022)[2]
        #expect(ReportTiming.of(march, submittedAt: submittedAt, now: now) == expected)
    }

    @Test func reminderWindowFollowsTheRules() {
        let rules = PeriodRules(remindDaysBefore: 10)
        let march = Periods.all(year: 2022, rules: rules)[2]
        #expect(ReportTiming.of(march, submittedAt: nil, now: day(3, 28), rules: rules) == .dueSoon(days: 8))
        #expect(ReportTiming.of(march, submittedAt: nil, now: day(3, 20), rules: rules) == .notDue)
        // Never before the period has begun, however wide the window.
        let wide = PeriodRules(remindDaysBefore: 60)
        #expect(ReportTiming.of(Periods.all(year: 2022, rules: wide)[2], submittedAt: nil, now: day(2, 28), rules: wide) == .notDue)
    }

    @Test func rulesDecodeWithDefaults() throws {
        let rules = try JSONDecoder().decode(PeriodRules.self, from: Data(#"{"frequency":"quarterly","graceDays":7}"#.utf8))
        #expect(rules == PeriodRules(frequency: .quarterly, dueDay: 5, graceDays: 7, remindDaysBefore: 3))
        let roundTrip = try JSONDecoder().decode(PeriodRules.self, from: JSONEncoder().encode(rules))
        #expect(roundTrip == rules)
    }
}

/// A due day read as the plan words it, with the State Council's holidays and make-up workdays:
/// the date as printed, 遇节假日顺延, or the Nth working day of the month.
@Suite struct DueCountingTests {
    static func due(_ year: Int, month: Int, dueDay: Int, _ counting: PeriodRules.DueCounting) -> CalendarDay {
        CalendarDay(Periods.period(year: year, index: month, rules: PeriodRules(dueDay: dueDay, dueCounting: counting)).due)
    }

    @Test func aDateAsPrintedStaysInTheHoliday() {
        #expect(Self.due(2024, month: 1, dueDay: 10, .asPrinted) == CalendarDay(2024, 2, 10))
    }

    /// 2024 Spring Festival: 10–17 February off, Sunday the 18th a make-up workday.
    @Test func rollingForwardAcrossThe2024SpringFestivalLandsOnTheMakeUpSunday() {
        #expect(Self.due(2024, month: 1, dueDay: 10, .nextWorkday) == CalendarDay(2024, 2, 18))
        // A working day stays where it is.
        #expect(Self.due(2024, month: 1, dueDay: 5, .nextWorkday) == CalendarDay(2024, 2, 5))
    }

    /// February 2024's working days: 1, 2, Sunday 4 (make-up), 5, 6.
    @Test func theFifthWorkingDayOfFebruary2024CountsTheMakeUpSunday() {
        #expect(Self.due(2024, month: 1, dueDay: 5, .workdays) == CalendarDay(2024, 2, 6))
    }

    /// 2025 Spring Festival: 28 January – 4 February off, Saturday 8 February a make-up workday.
    @Test func the2025SpringFestival() {
        #expect(Self.due(2025, month: 1, dueDay: 3, .nextWorkday) == CalendarDay(2025, 2, 5))
        #expect(Self.due(2025, month: 1, dueDay: 3, .workdays) == CalendarDay(2025, 2, 7))
        #expect(Self.due(2025, month: 1, dueDay: 4, .workdays) == CalendarDay(2025, 2, 8))
        // December's report of 2024 falls in January 2025, before the festival: 元旦 off, then
        // 2, 3, 6, 7, 8 January.
        #expect(Self.due(2024, month: 12, dueDay: 5, .workdays) == CalendarDay(2025, 1, 8))
    }

    /// National Day 2025: 1–8 October off, Saturday 11 October a make-up workday.
    @Test func nationalDay2025() {
        #expect(Self.due(2025, month: 9, dueDay: 5, .nextWorkday) == CalendarDay(2025, 10, 9))
        #expect(Self.due(2025, month: 9, dueDay: 5, .workdays) == CalendarDay(2025, 10, 14))
        // A quarter's report: the same rule applied after the quarter's last day.
        let quarter = Periods.period(year: 2025, index: 3, rules: PeriodRules(frequency: .quarterly, dueDay: 3, dueCounting: .workdays))
        #expect(CalendarDay(quarter.due) == CalendarDay(2025, 10, 11))
    }

    /// An installation's own day off moves the due day with it.
    @Test func theInstallationsCalendarCounts() {
        var rules = PeriodRules(dueDay: 5, dueCounting: .nextWorkday)
        rules.workCalendar = WorkCalendar.stateCouncil.applying([CalendarDay(2024, 2, 5): false])
        #expect(CalendarDay(Periods.period(year: 2024, index: 1, rules: rules).due) == CalendarDay(2024, 2, 6))
    }

    @Test func rulesWrittenBeforeTheSettingReadAsPrinted() throws {
        let rules = try JSONDecoder().decode(PeriodRules.self, from: Data(#"{"dueDay":10}"#.utf8))
        #expect(rules.dueCounting == .asPrinted)
        let round = try JSONDecoder().decode(PeriodRules.self, from: JSONEncoder().encode(PeriodRules(dueCounting: .workdays)))
        #expect(round.dueCounting == .workdays)
    }
}
