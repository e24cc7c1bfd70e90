import Foundation
import Testing

@testable import DubanCore

private func day(_ month: Int, _ day: Int, hour: Int = 0, year: Int = 2022) -> Date {
    PlanCalendar.date(year, month, day, hour: hour)
}

/// The end of a month of 2022: the first instant of the next.
private func endOf(_ month: Int) -> Date { Progress.deadline(year: 2022, month: month) }

private let yearStart = Progress.defaultStart(year: 2022)
private let yearEnd = Progress.deadline(nil, planYear: 2022)

/// A 2022 monthly period and where its report stands at `now`.
private func due(_ month: Int, submitted: Date? = nil, now: Date) -> PeriodTiming {
    let period = Periods.all(year: 2022)[month - 1]
    return PeriodTiming(period: period, timing: ReportTiming.of(period, submittedAt: submitted, now: now))
}

// Indicators as the samples state them (../gold/*.indicators.gold.json).
private let highTech = Indicator(metric: "新认定高新技术企业", value: 100, unit: "家")
private let unemployment = Indicator(metric: "城镇登记失业率", value: 3, unit: "%", comparator: .atMost)

@Suite struct LightsExpectedProgressTests {
    @Test(
        arguments: [
            (yearStart, 0.0),
            (endOf(1), 100.0 / 12),
            (endOf(6), 50.0),
            (endOf(8), 200.0 / 3),
            (day(4, 16), 3.5 / 12 * 100),  // half of April's 30 days
            (yearEnd, 100.0),
            (day(3, 1, year: 2023), 100.0),  // clamped after the deadline
            (day(12, 1, year: 2021), 0.0),  // and before the start
        ] as [(Date, Double)])
    func linearOverTheYear(_ date: Date, _ expected: Double) {
        #expect(abs(Progress.expected(at: date, start: yearStart, deadline: yearEnd) - expected) < 1e-9)
    }

    @Test func deadlineMonthAndStart() {
        let june = Progress.deadline("2022-06", planYear: 2022)
        #expect(june == day(7, 1))
        #expect(Progress.expected(at: endOf(3), start: yearStart, deadline: june) == 50)
        // A task that starts in July and ends with the year is half done at the end of September.
        #expect(abs(Progress.expected(at: endOf(9), start: day(7, 1), deadline: yearEnd) - 50) < 1e-9)
        #expect(Progress.deadline("2022-13", planYear: 2022) == yearEnd)
        #expect(Progress.deadline("年底", planYear: 2022) == yearEnd)
    }

    @Test(
        arguments: [
            (endOf(2), 10.0 * 2 / 3),
            (endOf(3), 10.0),
            (day(4, 16), 15.0),
            (endOf(6), 40.0),
            (endOf(9), 70.0),
            (yearEnd, 100.0),
            (day(2, 1, year: 2023), 100.0),
        ] as [(Date, Double)])
    func trajectory(_ date: Date, _ expected: Double) {
        let points = [
            TrajectoryPoint(month: 12, percent: 100), TrajectoryPoint(month: 3, percent: 10),
            TrajectoryPoint(month: 6, percent: 40),
        ]
        let value = Progress.expected(at: date, start: yearStart, deadline: yearEnd, trajectory: points)
        #expect(abs(value - expected) < 1e-9)
    }
}

@Suite struct LightsActualProgressTests {
    @Test(
        arguments: [
            (highTech, 62.0, 62.0),
            (highTech, 120.0, 100.0),  // capped
            (Indicator(metric: "上市企业总市值", value: 500, unit: "亿元", comparator: .greater), 250, 50),
            (unemployment, 2.8, 100),
            (unemployment, 3.0, 100),  // 以内 includes the number
            (unemployment, 3.2, 0),
            (Indicator(metric: "失业率", value: 3, unit: "%", comparator: .less), 3.0, 0),  // 低于 excludes it
            (Indicator(metric: "地区生产总值增长", value: 6.5, unit: "%", comparator: .about, change: .increase), 6.8, 100),
            (Indicator(metric: "地区生产总值增长", value: 6.5, unit: "%", comparator: .about, change: .increase), 5.2, 80),
            (Indicator(metric: "生产安全责任事故起数同比下降", value: 10, unit: "%", change: .decrease), 8, 80),
        ] as [(Indicator, Double, Double)])
    func oneIndicator(_ indicator: Indicator, _ reported: Double, _ percent: Double) {
        #expect(abs(Progress.indicator(indicator, reported: reported).percent - percent) < 1e-9)
    }

    @Test func capExceededSaysSo() {
        let progress = Progress.indicator(unemployment, reported: 3.2)
        #expect(progress.exceedsCap)
        #expect(progress.note == "城镇登记失业率3.2%，超过控制目标3%")
        #expect(Progress.indicator(unemployment, reported: 2.9).note == nil)
    }

    @Test func committedTierCountsStretchIgnored() {
        // 新增上市企业确保2家、力争3家，上市企业总市值突破500亿元
        let indicators = [
            Indicator(metric: "新增上市企业", value: 2, unit: "家", tier: .committed),
            Indicator(metric: "新增上市企业", value: 3, unit: "家", tier: .stretch),
            Indicator(metric: "上市企业总市值", value: 50_000_000_000, unit: "元", comparator: .greater),
        ]
        #expect(Progress.countedIndicators(indicators) == [0, 2])
        // 2家 is a milestone (judged at the deadline), 总市值 a stock that stands at a value:
        // neither is a share of the year, so there is no percent against 序时; the market value
        // 20% short of its target (beyond the 10% tolerance) is red.
        let progress = Progress.task(kind: .quantitative, indicators: indicators, reported: [1, 3, 40_000_000_000])
        #expect(progress == TaskProgress(percent: nil, concerns: [ProgressConcern(.red, "上市企业总市值400亿元，低于目标500亿元")]))
        #expect(
            Progress.task(kind: .quantitative, indicators: indicators, reported: [2, nil, 50_000_000_000])
                == TaskProgress(percent: nil, notes: ["新增上市企业已达2家"]))
        // A stretch target standing alone is all there is to judge by.
        let alone = [Indicator(metric: "数字经济产业规模", value: 12_000_000_000, unit: "元", comparator: .greater, tier: .stretch)]
        #expect(Progress.countedIndicators(alone) == [0])
    }

    @Test func taskProgressByKind() {
        #expect(Progress.task(kind: .qualitative, indicators: [], reported: [], percentComplete: 80).percent == nil)
        #expect(Progress.task(kind: .milestone, indicators: [], reported: [], percentComplete: 60).percent == 60)
        #expect(Progress.task(kind: .milestone, indicators: [], reported: [], percentComplete: 130).percent == 100)
        let both = [highTech, unemployment]
        // The count follows 序时; the cap is kept or broken, never averaged into the count.
        #expect(
            Progress.task(kind: .quantitative, indicators: both, reported: [62, 3.2])
                == TaskProgress(percent: 62, concerns: [ProgressConcern(.red, "城镇登记失业率3.2%，超过控制目标3%")]))
        #expect(
            Progress.task(kind: .quantitative, indicators: both, reported: [62, nil])
                == TaskProgress(percent: 62, notes: ["“城镇登记失业率”本期未填报"]))
        // A blank count makes the report incomplete; the unit's own estimate stands in for it.
        #expect(
            Progress.task(kind: .quantitative, indicators: both, reported: [], percentComplete: 40)
                == TaskProgress(
                    percent: 40, concerns: [ProgressConcern(.yellow, "“新认定高新技术企业”本期未填报，报告不完整", cause: .reportIncomplete)],
                    notes: ["“城镇登记失业率”本期未填报"]))
    }
}

@Suite struct LightsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var facts: LightFacts
        var now: Date
        var rules: LightRules = .standard
        var light: Light
        var expected: Double?
        var reasons: [String]
        var testDescription: String { name }
    }

    static func quantitative(
        _ actual: Double?, asOf: Date?, deadline: Date = yearEnd, notes: [String] = [],
        latestDue: PeriodTiming? = nil, closed: Bool = false, returned: Bool = false,
        open: Int = 0, overdue: Int = 0
    ) -> LightFacts {
        LightFacts(
            kind: .quantitative, start: yearStart, deadline: deadline, closed: closed, actualProgress: actual,
            clock: asOf, progressNotes: notes, latestDue: latestDue, returnedNotResubmitted: returned,
            openUrgings: open, overdueUrgings: overdue)
    }

    static let cases: [Case] = [
        Case(
            name: "新认定高新技术企业100家: 62 at the end of August is within 10 points",
            facts: quantitative(62, asOf: endOf(8), latestDue: due(8, submitted: day(9, 3), now: day(9, 6))),
            now: day(9, 6), light: .green, expected: 200.0 / 3, reasons: []),
        Case(
            name: "30 at the end of June: 20 points behind",
            facts: quantitative(30, asOf: endOf(6), latestDue: due(6, submitted: day(7, 4), now: day(7, 6))),
            now: day(7, 6), light: .yellow, expected: 50, reasons: ["截至6月底应完成50%，实际30%"]),
        Case(
            name: "30 at the end of August: 36.7 points behind",
            facts: quantitative(30, asOf: endOf(8)), now: day(9, 6), light: .red, expected: 200.0 / 3,
            reasons: ["截至8月底应完成66.7%，实际30%"]),
        Case(
            name: "exactly the yellow gap", facts: quantitative(40, asOf: endOf(6)), now: day(7, 6),
            light: .yellow, expected: 50, reasons: ["截至6月底应完成50%，实际40%"]),
        Case(
            name: "just inside the yellow gap", facts: quantitative(40.5, asOf: endOf(6)), now: day(7, 6),
            light: .green, expected: 50, reasons: []),
        Case(
            name: "exactly the red gap", facts: quantitative(20, asOf: endOf(6)), now: day(7, 6),
            light: .red, expected: 50, reasons: ["截至6月底应完成50%，实际20%"]),
        Case(
            name: "tighter rules", facts: quantitative(55, asOf: endOf(8)), now: day(9, 6),
            rules: LightRules(yellowGap: 5, redGap: 15), light: .yellow, expected: 200.0 / 3,
            reasons: ["截至8月底应完成66.7%，实际55%"]),
        Case(
            name: "expected taken at now when no round is due", facts: quantitative(50, asOf: nil), now: endOf(6),
            light: .green, expected: 50, reasons: []),
        Case(
            name: "a clock in the future reads as now", facts: quantitative(50, asOf: endOf(9)), now: endOf(6),
            light: .green, expected: 50, reasons: []),
        Case(
            name: "closed, even late", facts: quantitative(100, asOf: endOf(12), closed: true), now: day(2, 1, year: 2023),
            light: .done, expected: 100, reasons: ["已办结销号"]),
        Case(
            name: "past the deadline, not closed", facts: quantitative(100, asOf: endOf(12)), now: day(1, 3, year: 2023),
            light: .red, expected: 100, reasons: ["已过完成时限（2022年12月）"]),
        Case(
            name: "a June deadline passed", facts: quantitative(100, asOf: endOf(6), deadline: endOf(6)), now: day(7, 2),
            light: .red, expected: 100, reasons: ["已过完成时限（2022年6月）"]),
        Case(
            name: "March report missing after grace",
            facts: quantitative(20, asOf: endOf(2), latestDue: due(3, now: day(4, 12))), now: day(4, 12),
            light: .red, expected: 100.0 / 6, reasons: ["3月报告逾期未报（已超过宽限期2天）"]),
        Case(
            name: "March report overdue within grace",
            facts: quantitative(20, asOf: endOf(2), latestDue: due(3, now: day(4, 7))), now: day(4, 7),
            light: .yellow, expected: 100.0 / 6, reasons: ["3月报告已逾期2天，请于4月10日前补报"]),
        Case(
            name: "March report came late (补报)",
            facts: quantitative(25, asOf: endOf(3), latestDue: due(3, submitted: day(4, 8), now: day(4, 20))), now: day(4, 20),
            light: .yellow, expected: 25, reasons: ["3月报告为补报（逾期3天）"]),
        Case(
            name: "returned report not resubmitted", facts: quantitative(25, asOf: endOf(3), returned: true), now: day(4, 20),
            light: .yellow, expected: 25, reasons: ["退回的报告尚未重新提交"]),
        Case(
            name: "one open urging", facts: quantitative(25, asOf: endOf(3), open: 1), now: day(4, 20),
            light: .yellow, expected: 25, reasons: ["有催办待回复"]),
        Case(
            name: "two open urgings", facts: quantitative(25, asOf: endOf(3), open: 2), now: day(4, 20),
            light: .yellow, expected: 25, reasons: ["有2件催办待回复"]),
        Case(
            name: "urging overdue without answer", facts: quantitative(25, asOf: endOf(3), open: 1, overdue: 1),
            now: day(4, 20), light: .red, expected: 25, reasons: ["催办逾期未回复", "有催办待回复"]),
        Case(
            name: "red causes come before yellow ones",
            facts: quantitative(95, asOf: endOf(12), returned: true, overdue: 2), now: day(1, 20, year: 2023),
            light: .red, expected: 100, reasons: ["已过完成时限（2022年12月）", "催办逾期未回复（2件）", "退回的报告尚未重新提交"]),
        Case(
            name: "nothing due yet", facts: quantitative(nil, asOf: nil), now: day(1, 20),
            light: .pending, expected: 100.0 * 19 / 31 / 12, reasons: ["尚无到期的进展报告"]),
        Case(
            name: "current period only in its reminder window",
            facts: quantitative(nil, asOf: nil, latestDue: due(1, now: day(2, 3))), now: day(2, 3),
            light: .pending, expected: 100.0 / 12 * (1 + 2.0 / 28), reasons: ["尚无到期的进展报告"]),
        Case(
            name: "qualitative, reported on time",
            facts: LightFacts(
                kind: .qualitative, start: yearStart, deadline: yearEnd,
                latestDue: due(3, submitted: day(4, 2), now: day(4, 20))),
            now: day(4, 20), light: .green, expected: nil, reasons: []),
        Case(
            name: "qualitative, nothing due",
            facts: LightFacts(kind: .qualitative, start: yearStart, deadline: yearEnd), now: day(1, 20),
            light: .pending, expected: nil, reasons: ["尚无到期的进展报告"]),
        Case(
            name: "milestone on its own trajectory, 10 behind",
            facts: LightFacts(
                kind: .milestone, start: yearStart, deadline: yearEnd,
                trajectory: [TrajectoryPoint(month: 6, percent: 30), TrajectoryPoint(month: 12, percent: 100)],
                actualProgress: 20, clock: endOf(6)),
            now: day(7, 6), light: .yellow, expected: 30, reasons: ["截至6月底应完成30%，实际20%"]),
        Case(
            name: "milestone on its own trajectory, on track",
            facts: LightFacts(
                kind: .milestone, start: yearStart, deadline: yearEnd,
                trajectory: [TrajectoryPoint(month: 6, percent: 30), TrajectoryPoint(month: 12, percent: 100)],
                actualProgress: 25, clock: endOf(6)),
            now: day(7, 6), light: .green, expected: 30, reasons: []),
    ]

    @Test(arguments: cases)
    func evaluate(_ c: Case) throws {
        let verdict = Lights.evaluate(c.facts, now: c.now, rules: c.rules)
        #expect(verdict.light == c.light)
        #expect(verdict.reasons == c.reasons)
        #expect(verdict.actual == c.facts.actualProgress)
        if let expected = c.expected {
            #expect(abs(try #require(verdict.expected) - expected) < 1e-9)
        } else {
            #expect(verdict.expected == nil)
        }
    }

    @Test func fromReportedValuesToALight() {
        // The whole path for 城镇登记失业率控制在3%以内, reported 3.2 for June: a broken cap is red
        // on its own, and a task whose only target is a cap has no share to set against 序时.
        let progress = Progress.task(kind: .quantitative, indicators: [unemployment], reported: [3.2])
        #expect(progress.percent == nil)
        let facts = LightFacts(
            kind: .quantitative, start: yearStart, deadline: yearEnd, actualProgress: progress.percent,
            clock: endOf(6), progressConcerns: progress.concerns, progressNotes: progress.notes,
            latestDue: due(6, submitted: day(7, 3), now: day(7, 6)))
        let verdict = Lights.evaluate(facts, now: day(7, 6))
        #expect(verdict.light == .red)
        #expect(verdict.reasons == ["城镇登记失业率3.2%，超过控制目标3%"])
    }

    @Test func displayNeverReliesOnColour() {
        #expect(Light.allCases.map(\.display) == ["绿灯 ●", "黄灯 ▲", "红灯 ■", "已办结 ✓", "未到期 ○"])
        #expect(Set(Light.allCases.map(\.icon)).count == Light.allCases.count)
    }
}
