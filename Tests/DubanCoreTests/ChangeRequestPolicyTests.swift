import DubanStrings
import Testing

@testable import DubanCore

/// When a unit may still apply for an extension or a target change: the notice period counts
/// working days with the State Council's arrangements, and the plan's limit holds.
@Suite struct ChangeRequestPolicyTests {
    let policy = ChangeRequestPolicy(extensionLimit: 1, noticeDays: 10, calendar: .stateCouncil)

    @Test func theNoticePeriodSkipsTheSpringFestivalAndCountsItsMakeUpSunday() {
        // February 2024: 10–17 off, Sunday 18 worked. Ten working days before the 29th is Friday 9
        // (除夕, officially worked); by weekdays alone it would be Thursday 15.
        #expect(policy.lastDayToApply(deadline: YearMonth(2024, 2)) == CalendarDay(2024, 2, 9))
        let weekdaysOnly = ChangeRequestPolicy(extensionLimit: 1, noticeDays: 10, calendar: WorkCalendar())
        #expect(weekdaysOnly.lastDayToApply(deadline: YearMonth(2024, 2)) == CalendarDay(2024, 2, 15))
        // January 2025: 28 January to 4 February off, Sunday 26 January worked.
        #expect(policy.lastDayToApply(deadline: YearMonth(2025, 1)) == CalendarDay(2025, 1, 15))
    }

    @Test func aLateApplicationIsRefusedWithTheLastDayItCouldHaveBeenMade() {
        let deadline = YearMonth(2024, 2)
        #expect(
            policy.refusal(.extension, today: CalendarDay(2024, 2, 9), deadline: deadline, requested: YearMonth(2024, 4), granted: 0, pending: false) == nil)
        #expect(
            policy.refusal(.extension, today: CalendarDay(2024, 2, 18), deadline: deadline, requested: YearMonth(2024, 4), granted: 0, pending: false)
                == Strings.Changes.tooLate(deadline: "2024-02", lastDay: "2024-02-09", notice: 10))
        // The target change keeps the same notice.
        #expect(policy.refusal(.target, today: CalendarDay(2024, 2, 18), deadline: deadline, requested: nil, granted: 0, pending: false) != nil)
    }

    @Test func theLimitAPendingApplicationAndTheMonthAsked() {
        let deadline = YearMonth(2022, 9)
        let today = CalendarDay(2022, 8, 1)
        #expect(
            policy.refusal(.extension, today: today, deadline: deadline, requested: YearMonth(2022, 12), granted: 1, pending: false)
                == Strings.Changes.limitReached(1))
        #expect(policy.refusal(.extension, today: today, deadline: deadline, requested: YearMonth(2022, 12), granted: 0, pending: true) != nil)
        #expect(
            policy.refusal(.extension, today: today, deadline: deadline, requested: YearMonth(2022, 9), granted: 0, pending: false)
                == Strings.Changes.notLater("2022-09"))
        #expect(policy.refusal(.extension, today: today, deadline: deadline, requested: nil, granted: 0, pending: false) == Strings.Changes.newDeadlineRequired)
        // A target change is not an extension: the extension limit does not stop it.
        #expect(policy.refusal(.target, today: today, deadline: deadline, requested: nil, granted: 1, pending: false) == nil)
        let none = ChangeRequestPolicy(extensionLimit: 0, noticeDays: 5, calendar: .stateCouncil)
        #expect(
            none.refusal(.extension, today: today, deadline: deadline, requested: YearMonth(2022, 12), granted: 0, pending: false)
                == Strings.Changes.limitReached(0))
    }

    @Test func monthsAreReadStrictly() {
        #expect(YearMonth("2022-09") == YearMonth(2022, 9))
        #expect(YearMonth("2022-9") == YearMonth(2022, 9))
        #expect(YearMonth("2022-13") == nil)
        #expect(YearMonth("２０２２-09") == nil)
        #expect(YearMonth("2022/09") == nil)
        #expect(YearMonth(2024, 2).lastDay == CalendarDay(2024, 2, 29))
        #expect(YearMonth(2022, 12).lastDay == CalendarDay(2022, 12, 31))
    }
}

/// 退办's window counts working days from receipt, across National Day and its make-up weekend.
@Suite struct GiveBackWindowTests {
    let policy = ChangeRequestPolicy(extensionLimit: 1, noticeDays: 5, returnWindowDays: 5, calendar: .stateCouncil)

    @Test func theWindowSkipsNationalDayAndCountsItsMakeUpWeekend() {
        // Received Thursday 29 September 2022: Friday 30, Saturday 8 and Sunday 9 October (worked),
        // Monday 10, Tuesday 11.
        #expect(policy.lastDayToReturn(received: CalendarDay(2022, 9, 29)) == CalendarDay(2022, 10, 11))
        let deadline = YearMonth(2022, 12)
        let received = CalendarDay(2022, 9, 29)
        #expect(
            policy.refusal(.giveBack, today: CalendarDay(2022, 10, 11), deadline: deadline, requested: nil, granted: 0, pending: false, received: received)
                == nil)
        #expect(
            policy.refusal(.giveBack, today: CalendarDay(2022, 10, 12), deadline: deadline, requested: nil, granted: 0, pending: false, received: received)
                == Strings.Changes.tooLateToReturn(received: "2022-09-29", lastDay: "2022-10-11", window: 5))
    }
}
