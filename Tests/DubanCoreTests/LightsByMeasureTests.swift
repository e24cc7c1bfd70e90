import Foundation
import Testing

@testable import DubanCore

private func day(_ month: Int, _ day: Int, year: Int = 2022) -> Date { PlanCalendar.date(year, month, day, hour: 10) }
private func endOf(_ month: Int) -> Date { Progress.deadline(year: 2022, month: month) }
private let yearStart = Progress.defaultStart(year: 2022)
private let yearEnd = Progress.deadline(nil, planYear: 2022)

/// The light of a quantitative task from what its unit reported, as the board computes it.
private func light(
    _ indicators: [Indicator], _ reported: [Double?], clock: Date, now: Date, percentComplete: Double? = nil,
    latestDue: PeriodTiming? = nil, staleSince: String? = nil, awaitingReview: Bool = false
) -> LightVerdict {
    let progress = Progress.task(kind: .quantitative, indicators: indicators, reported: reported, percentComplete: percentComplete)
    return Lights.evaluate(
        LightFacts(
            kind: .quantitative, start: yearStart, deadline: yearEnd, actualProgress: progress.percent,
            hasAcceptedReport: true,
            followsSchedule: Progress.followsSchedule(kind: .quantitative, indicators: indicators), clock: clock, staleSince: staleSince,
            awaitingReview: awaitingReview,
            progressConcerns: progress.concerns, progressNotes: progress.notes, latestDue: latestDue),
        now: now)
}

/// Worked examples, each computed by hand in its comment (issue 13, "lights by what each indicator measures").
@Suite struct LightsByMeasureTests {
    static let growth = Indicator(metric: "地区生产总值增长", value: 6.5, unit: "%", comparator: .about, change: .increase)
    static let airQuality = Indicator(metric: "空气质量优良天数比例", value: 80, unit: "%", comparator: .greater)
    static let unemployment = Indicator(metric: "城镇登记失业率", value: 3, unit: "%", comparator: .atMost)

    @Test func aGrowthRateInFebruaryAndAugust() {
        // February: 6.8% year to date against 6.5%: at target. Before, 6.8/6.5 was "100% done"
        // against a 序时 of 8.3%; now a rate has no 序时 at all.
        let february = light([Self.growth], [6.8], clock: endOf(1), now: day(2, 10))
        #expect(february.light == .green && february.actual == nil && february.expected == nil)
        #expect(february.reasons.isEmpty)
        // August: 6.0% is 7.7% below 6.5, inside the 10% tolerance that 左右 allows: still fine.
        #expect(light([Self.growth], [6.0], clock: endOf(7), now: day(8, 10)).light == .green)
        // 5.8% is 10.8% below: within twice the tolerance of an approximate target, yellow;
        // 5.0% is 23% below: red, and the sentence says so with both figures.
        #expect(light([Self.growth], [5.8], clock: endOf(7), now: day(8, 10)).light == .yellow)
        let august = light([Self.growth], [5.0], clock: endOf(7), now: day(8, 10))
        #expect(august.light == .red)
        #expect(august.reasons == ["地区生产总值增长5%，低于目标6.5%"])
    }

    @Test func aShareBelowTarget() {
        // 优良天数比例>80%, reported 38.55%: 51.8% below the target: red (it used to read as
        // 48% "done", ahead of a June 序时 of 41.7%).
        let low = light([Self.airQuality], [38.55], clock: endOf(5), now: day(6, 10))
        #expect(low.light == .red)
        #expect(low.reasons == ["空气质量优良天数比例38.6%，低于目标80%"])
        // 75% is 6.25% below: within the tolerance, yellow; 80.5% is above: green.
        #expect(light([Self.airQuality], [75], clock: endOf(5), now: day(6, 10)).light == .yellow)
        #expect(light([Self.airQuality], [80.5], clock: endOf(5), now: day(6, 10)).light == .green)
    }

    @Test func aCapKeptAndOneBroken() {
        // 失业率控制在3%以内 in April: 2.9 is kept (it used to read 应完成25%，实际100%);
        // 3.2 is broken, red at once (it used to be green in February: 0% against 8.3%).
        let kept = light([Self.unemployment], [2.9], clock: endOf(3), now: day(4, 10))
        #expect(kept.light == .green && kept.reasons.isEmpty && kept.actual == nil)
        let broken = light([Self.unemployment], [3.2], clock: endOf(1), now: day(2, 10))
        #expect(broken.light == .red)
        #expect(broken.reasons == ["城镇登记失业率3.2%，超过控制目标3%"])
    }

    @Test func aBlankHeadlineIndicator() {
        // Zhonglou (2): 力争一般公共预算收入达到26.6亿元 and 数字经济产业规模突破120亿元 left blank,
        // 净增高新技术企业30个 at 20 by August (66.7% against 66.7%): the figure is on schedule,
        // but the report is incomplete, and the light says which figures are missing.
        let revenue = Indicator(metric: "一般公共预算收入", value: 2_660_000_000, unit: "元", comparator: .atLeast, tier: .stretch)
        let digital = Indicator(metric: "数字经济产业规模", value: 12_000_000_000, unit: "元", comparator: .greater, tier: .stretch)
        let highTech = Indicator(metric: "净增高新技术企业", value: 30, unit: "个")
        let verdict = light([revenue, digital, highTech], [nil, nil, 20], clock: endOf(8), now: day(9, 15))
        #expect(abs(verdict.actual! - 200.0 / 3) < 1e-9)
        #expect(verdict.light == .yellow)
        #expect(verdict.reasons == ["“一般公共预算收入”本期未填报，报告不完整", "“数字经济产业规模”本期未填报，报告不完整"])
    }

    @Test func aStaleTask() {
        // Clock: the end of August (the round due 5 September). The last accepted figure is
        // May's, 30% of the target; the August report never came. 序时 is August's for every
        // task (66.7%), the gap is 36.7 points: red, and the light names the round it judges.
        let august = Periods.all(year: 2022)[7]
        let missing = PeriodTiming(period: august, timing: ReportTiming.of(august, submittedAt: nil, now: day(9, 15)))
        let highTech = Indicator(metric: "新认定高新技术企业", value: 100, unit: "家")
        let stale = light([highTech], [30], clock: endOf(8), now: day(9, 15), latestDue: missing, staleSince: "5月")
        #expect(stale.light == .red)
        #expect(stale.reasons == ["截至8月底应完成66.7%，实际30%", "8月报告逾期未报（已超过宽限期5天）", "最近数据：5月"])
        // The August report is in and waiting for review: the office's delay, not the unit's.
        let inReview = PeriodTiming(period: august, timing: ReportTiming.of(august, submittedAt: day(9, 4), now: day(9, 15)))
        let waiting = light([highTech], [30], clock: endOf(8), now: day(9, 15), latestDue: inReview, staleSince: "5月", awaitingReview: true)
        #expect(waiting.light == .green)
        #expect(waiting.reasons == ["最近数据：5月（新一期报告待审核）"])
        #expect(abs(waiting.expected! - 200.0 / 3) < 1e-9)
    }

    @Test func oneClockOneExpectedFigure() {
        // Three tasks on the board of 15 September whose last accepted reports are from May,
        // July and August: one 序时 for all, the end of August's.
        let highTech = Indicator(metric: "新认定高新技术企业", value: 100, unit: "家")
        let figures = [(40.0, "5月"), (60.0, "7月"), (66.0, nil)] as [(Double, String?)]
        let expected = Set(figures.map { light([highTech], [$0.0], clock: endOf(8), now: day(9, 15), staleSince: $0.1).expected! })
        #expect(expected.count == 1)
        #expect(abs(expected.first! - 200.0 / 3) < 1e-9)
    }

    @Test func smallCountsWaitForTheirDeadline() {
        // 新增上市企业2家: none by August is no cause before the year's end; both listed by
        // October is noted.
        let listings = Indicator(metric: "新增上市企业", value: 2, unit: "家")
        let august = light([listings], [0], clock: endOf(8), now: day(9, 15))
        #expect(august.light == .green && august.reasons.isEmpty)
        #expect(light([listings], [2], clock: endOf(10), now: day(11, 10)).reasons == ["新增上市企业已达2家"])
    }
}

/// A returned report and its correction window (issue 13, "returns are not lateness").
@Suite struct ReturnWindowTests {
    static let august = Periods.all(year: 2022)[7]  // due 5 September, grace to 10 September

    @Test func refiledInsideTheWindowIsOnTime() {
        // In on 3 September, returned on 4 September (佐证材料不足), refiled on 6 September:
        // 2 days after the return, inside the 3-day window, so the report counts from the 3rd.
        let versions = [ReportSubmission(submittedAt: day(9, 3), returnedAt: day(9, 4)), ReportSubmission(submittedAt: day(9, 6))]
        #expect(ReportChain.of(versions, now: day(9, 15)).countsFrom == day(9, 3))
        #expect(ReportTiming.of(Self.august, submissions: versions, now: day(9, 15)) == .onTime)
    }

    @Test func refiledAfterTheWindowCountsFromTheRefile() {
        // Refiled on 9 September, 5 days after the return: it counts from the 9th, 4 days late.
        let versions = [ReportSubmission(submittedAt: day(9, 3), returnedAt: day(9, 4)), ReportSubmission(submittedAt: day(9, 9))]
        #expect(ReportTiming.of(Self.august, submissions: versions, now: day(9, 15)) == .late(days: 4))
        // A plan that allows 5 days keeps it on time.
        #expect(ReportTiming.of(Self.august, submissions: versions, now: day(9, 15), rules: PeriodRules(correctionDays: 5)) == .onTime)
    }

    @Test func aReturnStillOpenAndOneThatLapsed() {
        let returned = [ReportSubmission(submittedAt: day(9, 3), returnedAt: day(9, 4))]
        // On the 6th the window (to the 7th) is open: the report still counts from the 3rd.
        let open = ReportChain.of(returned, now: day(9, 6))
        #expect(open.countsFrom == day(9, 3) && open.correctionDue == PlanCalendar.date(2022, 9, 7) && !open.returnLapsed)
        // On the 9th it has lapsed: nothing counts, and the period is overdue (4 days past the 5th).
        let lapsed = ReportChain.of(returned, now: day(9, 9))
        #expect(lapsed.countsFrom == nil && lapsed.returnLapsed)
        #expect(ReportTiming.of(Self.august, submissions: returned, now: day(9, 9)) == .overdue(days: 4))
    }

    @Test func theWindowCountsWorkingDaysAcrossAHoliday() {
        // Returned on Friday 9 September 2022, before the Mid-Autumn holiday (10–12 September):
        // the 3 working days are 13, 14 and 15 September, so a refile on the 15th keeps the 3rd.
        let versions = [
            ReportSubmission(submittedAt: day(9, 3), returnedAt: PlanCalendar.date(2022, 9, 9, hour: 17)),
            ReportSubmission(submittedAt: PlanCalendar.date(2022, 9, 15, hour: 16)),
        ]
        #expect(ReportChain.of(versions, now: day(9, 20)).countsFrom == day(9, 3))
        let open = ReportChain.of([versions[0]], now: day(9, 14))
        #expect(open.correctionDue == PlanCalendar.date(2022, 9, 15) && !open.returnLapsed)
        #expect(ReportChain.of([versions[0]], now: day(9, 16)).returnLapsed)
        // Counted in calendar days (a calendar with no holidays and weekends worked) it would have lapsed on the 12th.
        let everyDay = WorkCalendar(makeUpWorkdays: Set(CalendarDay.through(CalendarDay(2022, 9, 1), CalendarDay(2022, 9, 30))))
        var rules = PeriodRules.standard
        rules.workCalendar = everyDay
        #expect(ReportChain.of(versions, now: day(9, 20), rules: rules).countsFrom == PlanCalendar.date(2022, 9, 15, hour: 16))
    }

    @Test func aLateFirstVersionStaysLate() {
        // In on the 8th (3 days late), returned on the 9th, refiled on the 10th: still 3 days late.
        let versions = [ReportSubmission(submittedAt: day(9, 8), returnedAt: day(9, 9)), ReportSubmission(submittedAt: day(9, 10))]
        #expect(ReportTiming.of(Self.august, submissions: versions, now: day(9, 15)) == .late(days: 3))
    }

    @Test func theWindowIsANoteOnTheLightNotACause() {
        let facts = LightFacts(
            kind: .qualitative, start: yearStart, deadline: yearEnd,
            latestDue: PeriodTiming(period: Self.august, timing: .onTime),
            correctionDue: PlanCalendar.date(2022, 9, 7))
        let verdict = Lights.evaluate(facts, now: day(9, 6))
        #expect(verdict.light == .green)
        #expect(verdict.reasons == ["报告已退回修改，9月7日前重新报送仍按时"])
    }
}
