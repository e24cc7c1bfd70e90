import Foundation
import Testing

@testable import DubanCore

private func day(_ month: Int, _ day: Int, hour: Int = 0) -> Date {
    PlanCalendar.date(2022, month, day, hour: hour)
}

@Suite struct UrgingTests {
    @Test func replyWindowInWorkingDays() {
        // Thursday 3 March 2022: Friday 4, Monday 7, Tuesday 8; the weekend does not count.
        #expect(UrgingRules.standard.replyBy(sentAt: day(3, 3, hour: 15)) == day(3, 9))
        #expect(UrgingRules.standard.replyBy(sentAt: day(3, 3)) == day(3, 9))
        #expect(UrgingRules(replyDays: 5).replyBy(sentAt: day(3, 3, hour: 23)) == day(3, 11))
        // Wednesday 30 March: Thursday 31, Friday 1 April, then Saturday 2 April, worked before 清明.
        #expect(UrgingRules.standard.replyBy(sentAt: day(3, 30, hour: 9)) == day(4, 3))
        // Friday 30 September: National Day runs to 7 October, then the make-up weekend 8 and 9 October.
        #expect(UrgingRules.standard.replyBy(sentAt: day(9, 30, hour: 9)) == day(10, 11))
    }

    /// Sent 3 March 10:00, reply by the end of 6 March (a deadline the office set).
    @Test(
        arguments: [
            (nil, nil, day(3, 5), UrgingState.open, false),
            (nil, nil, day(3, 6, hour: 23), .open, false),
            (nil, nil, day(3, 7), .overdue, true),
            (day(3, 6), nil, day(3, 10), .answered, false),
            (day(3, 8), nil, day(3, 10), .answered, false),  // answered late is still answered
            (nil, day(3, 8), day(3, 9), .escalated, false),
            (day(3, 9), day(3, 8), day(3, 10), .answered, false),  // an answer settles an escalated urging
            (day(3, 9), nil, day(3, 8), .overdue, true),  // an answer stamped later has not happened yet
            (nil, day(3, 8), day(3, 7, hour: 12), .overdue, true),
        ] as [(Date?, Date?, Date, UrgingState, Bool)])
    func states(_ answeredAt: Date?, _ escalatedAt: Date?, _ now: Date, _ state: UrgingState, _ escalate: Bool) {
        let sent = day(3, 3, hour: 10)
        let replyBy = day(3, 7)
        #expect(UrgingRules.state(sentAt: sent, replyBy: replyBy, answeredAt: answeredAt, escalatedAt: escalatedAt, now: now) == state)
        #expect(
            UrgingRules.shouldEscalate(
                sentAt: sent, replyBy: replyBy, answeredAt: answeredAt, escalatedAt: escalatedAt,
                now: now) == escalate)
    }

    @Test func tallyFeedsTheLight() {
        let rules = UrgingRules.standard
        func sent(_ date: Date, answered: Date? = nil, escalated: Date? = nil) -> UrgingDates {
            UrgingDates(sentAt: date, replyBy: rules.replyBy(sentAt: date), answeredAt: answered, escalatedAt: escalated)
        }
        let urgings = [
            sent(day(4, 1)), sent(day(4, 8)), sent(day(4, 2), answered: day(4, 3)),
            sent(day(3, 20), escalated: day(3, 25)),
        ]
        let now = day(4, 9)
        #expect(urgings.map { UrgingRules.state($0, now: now) } == [.overdue, .open, .answered, .escalated])
        let tally = UrgingRules.tally(urgings, now: now)
        #expect(tally == UrgingTally(open: 1, overdue: 2))

        let facts = LightFacts(
            kind: .qualitative, start: Progress.defaultStart(year: 2022),
            deadline: Progress.deadline(nil, planYear: 2022),
            openUrgings: tally.open, overdueUrgings: tally.overdue)
        let verdict = Lights.evaluate(facts, now: now)
        #expect(verdict.light == .red)
        #expect(verdict.reasons == ["催办逾期未回复（2件）", "有催办待回复"])
    }

    @Test func stateNames() {
        #expect(UrgingState.allCases.map(\.chineseName) == ["待回复", "已回复", "逾期未回复", "已升级督办"])
        #expect(UrgingState.allCases.filter(\.isOverdue) == [.overdue, .escalated])
    }

    @Test func clockPinsNow() {
        // Callers pass `clock.now()`; a fixed clock makes the rule repeatable. Sent Thursday 3 March,
        // 3 working days end with Tuesday 8 March: on the 9th it is overdue.
        let clock = FixedClock(day(3, 9))
        let sent = day(3, 3, hour: 10)
        #expect(
            UrgingRules.state(
                sentAt: sent, replyBy: UrgingRules.standard.replyBy(sentAt: sent), answeredAt: nil,
                escalatedAt: nil, now: clock.now()) == .overdue)
    }
}
