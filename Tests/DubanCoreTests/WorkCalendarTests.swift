import DubanCore
import Testing

/// Working days as Chinese offices count them, across the State Council's arrangements: the
/// Spring Festival weeks of 2024 and 2025, National Day, and the Saturdays worked in exchange.
@Suite struct WorkCalendarTests {
    let calendar = WorkCalendar.stateCouncil

    @Test func makeUpWorkdaysAreWeekendsAndHolidaysAreNotMakeUpDays() {
        for day in calendar.makeUpWorkdays { #expect(day.isoWeekday >= 6, "\(day) is a make-up workday on a weekday") }
        #expect(calendar.holidays.isDisjoint(with: calendar.makeUpWorkdays))
        #expect(calendar.coveredYears == 2022...2026)
        for holiday in StateCouncilHolidays.notices { #expect(holiday.first <= holiday.last && holiday.last.adding(days: -9) < holiday.first) }
    }

    @Test func springFestival2024() {
        // 2024: off 10–17 February; Sunday 4 and Sunday 18 February are workdays.
        #expect(calendar.isWorkday(CalendarDay(2024, 2, 4)))
        #expect(!calendar.isWorkday(CalendarDay(2024, 2, 12)))
        #expect(calendar.isWorkday(CalendarDay(2024, 2, 18)))
        // Urged on Thursday 8 February: 9 Feb (Fri), then the holiday, then Sunday 18 and Monday 19.
        #expect(calendar.workday(3, after: CalendarDay(2024, 2, 8)) == CalendarDay(2024, 2, 19))
        #expect(calendar.workday(1, after: CalendarDay(2024, 2, 9)) == CalendarDay(2024, 2, 18))
        #expect(calendar.workdays(after: CalendarDay(2024, 2, 1), through: CalendarDay(2024, 2, 29)) == 17)
        // The same three days in calendar days would end inside the holiday.
        #expect(!calendar.isWorkday(CalendarDay(2024, 2, 11)))
    }

    @Test func springFestival2025() {
        // 2025: off 28 January – 4 February; Sunday 26 January and Saturday 8 February are workdays.
        #expect(calendar.isWorkday(CalendarDay(2025, 1, 26)))
        #expect(calendar.isWorkday(CalendarDay(2025, 2, 8)))
        #expect(!calendar.isWorkday(CalendarDay(2025, 2, 3)))
        // Friday 24 January + 3 working days: Sunday 26, Monday 27, then Wednesday 5 February.
        #expect(calendar.workday(3, after: CalendarDay(2025, 1, 24)) == CalendarDay(2025, 2, 5))
        // A due date inside the holiday moves to the first day back.
        #expect(calendar.onOrAfter(CalendarDay(2025, 2, 1)) == CalendarDay(2025, 2, 5))
        #expect(calendar.workdays(after: CalendarDay(2025, 1, 24), through: CalendarDay(2025, 2, 8)) == 6)
    }

    @Test func nationalDayAndItsMakeUpSaturday() {
        // 2024: off 1–7 October; Sunday 29 September and Saturday 12 October are workdays.
        #expect(calendar.workday(2, after: CalendarDay(2024, 9, 27)) == CalendarDay(2024, 9, 30))
        #expect(calendar.workday(1, after: CalendarDay(2024, 9, 30)) == CalendarDay(2024, 10, 8))
        #expect(calendar.isWorkday(CalendarDay(2024, 10, 12)))
        #expect(calendar.workday(5, after: CalendarDay(2024, 10, 8)) == CalendarDay(2024, 10, 14))
        // 2025: eight days off, 1–8 October, then Saturday 11 October worked.
        #expect(calendar.onOrAfter(CalendarDay(2025, 10, 5)) == CalendarDay(2025, 10, 9))
        #expect(calendar.isWorkday(CalendarDay(2025, 10, 11)))
    }

    @Test func deadlinesEndAtMidnightAfterTheLastWorkingDay() {
        let sent = PlanCalendar.date(2025, 1, 24, hour: 16)
        #expect(calendar.deadline(workdays: 3, from: sent) == PlanCalendar.date(2025, 2, 6))
        #expect(calendar.deadline(workdays: 0, from: sent) == PlanCalendar.date(2025, 1, 25))
        // Outside the notices only weekends are off.
        let plain = WorkCalendar()
        #expect(plain.workday(1, after: CalendarDay(2030, 5, 3)) == CalendarDay(2030, 5, 6))
    }

    @Test func daysReadFromTextAreRealDays() {
        #expect(CalendarDay(iso: "2024-02-29") == CalendarDay(2024, 2, 29))
        #expect(CalendarDay(iso: "2025-02-29") == nil)
        #expect(CalendarDay(iso: "2025-13-01") == nil)
        #expect(CalendarDay(iso: "明天") == nil)
        #expect(CalendarDay(2024, 2, 18).description == "2024-02-18")
    }
}

/// The integer day arithmetic agrees with Foundation's calendar, day by day, across leap years and centuries.
@Suite struct CalendarDayArithmeticTests {
    @Test func dayNumbersMatchTheGregorianCalendar() {
        var date = PlanCalendar.date(1899, 12, 25)
        for _ in 0..<(365 * 4 + 10) {
            let day = CalendarDay(date)
            #expect(CalendarDay(dayNumber: day.dayNumber) == day)
            #expect(day.isoWeekday == (PlanCalendar.calendar.component(.weekday, from: date) + 5) % 7 + 1)
            date = PlanCalendar.calendar.date(byAdding: .day, value: 173, to: date)!
        }
        #expect(CalendarDay(1970, 1, 1).dayNumber == 0)
        #expect(CalendarDay(2000, 2, 29).adding(days: 1) == CalendarDay(2000, 3, 1))
        #expect(CalendarDay(2100, 2, 28).adding(days: 1) == CalendarDay(2100, 3, 1))
        #expect(CalendarDay(iso: "2100-02-29") == nil && CalendarDay(iso: "2000-02-29") != nil)
    }
}
