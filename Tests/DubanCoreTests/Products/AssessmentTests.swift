import Foundation
import Testing

@testable import DubanCore

/// The worked example a clerk can redo by hand (default weights 60/20/10/10, bonus 5, 2 points per urging).
///
/// 发改局 (1): 4 indicators
///   地区生产总值增长 确保6.5% 力争7% 实际7.1%      → 确保 met, 力争 met
///   一般公共预算收入 26.6亿元 实际27亿元           → met (no stretch tier)
///   新增上市企业 确保2家 力争3家 实际2家           → 确保 met, 力争 not
///   城镇登记失业率 ≤3% 实际3.2%                   → not met (a cap)
///   指标完成 3÷4×60 = 45.0; 力争 1÷2×5 = 2.5
///   报送及时 10÷12×20 = 16.67 → 16.7; 报告质量 (1−2÷14)×10 = 8.57 → 8.6; 催办 10−1×2 = 8.0
///   total 45.0 + 2.5 + 16.7 + 8.6 + 8.0 = 80.8
/// 科技局 (2): 3 indicators
///   新增高新技术企业 100家 实际120家               → met
///   新增省级以上研发机构 确保20家 力争25家 实际26家 → both met
///   技术合同成交额 50亿元 never reported           → not met
///   指标完成 2÷3×60 = 40.0; 力争 1÷1×5 = 5.0
///   报送及时 12÷12×20 = 20.0; 报告质量 (1−0÷12)×10 = 10.0; 催办 none = 10.0
///   total 40.0 + 5.0 + 20.0 + 10.0 + 10.0 = 85.0
/// 住建局 (3): 2 indicators
///   实施老旧小区改造 37个 实际37个                 → met
///   新建保障性住房 确保500套 力争600套 实际480套    → neither
///   指标完成 1÷2×60 = 30.0; 力争 0÷1×5 = 0.0
///   报送及时 18÷24×20 = 15.0; 报告质量 (1−6÷30)×10 = 8.0; 催办 10−6×2 < 0 → 0.0
///   total 30.0 + 0.0 + 15.0 + 8.0 + 0.0 = 53.0
/// Ranks: 科技局 1 (85.0), 发改局 2 (80.8), 住建局 3 (53.0).
private let example: [UnitAssessmentInput] = [
    UnitAssessmentInput(
        unitID: 1, unitName: "发改局",
        indicators: [
            IndicatorOutcome(taskLabel: "1", metric: "地区生产总值增长", target: 6.5, stretchTarget: 7, achieved: 7.1, unit: "%"),
            IndicatorOutcome(taskLabel: "2", metric: "一般公共预算收入", target: 26.6e8, achieved: 27e8, unit: "元"),
            IndicatorOutcome(taskLabel: "5", metric: "新增上市企业", target: 2, stretchTarget: 3, achieved: 2, unit: "家"),
            IndicatorOutcome(taskLabel: "8", metric: "城镇登记失业率", target: 3, achieved: 3.2, unit: "%", lowerIsBetter: true),
        ],
        reportsDue: 12, reportsOnTime: 10, reportsReturned: 2, reportsSubmitted: 14, urgingsReceived: 1),
    UnitAssessmentInput(
        unitID: 2, unitName: "科技局",
        indicators: [
            IndicatorOutcome(taskLabel: "3", metric: "新增高新技术企业", target: 100, achieved: 120, unit: "家"),
            IndicatorOutcome(taskLabel: "3", metric: "新增省级以上研发机构", target: 20, stretchTarget: 25, achieved: 26, unit: "家"),
            IndicatorOutcome(taskLabel: "4", metric: "技术合同成交额", target: 50e8, achieved: nil, unit: "元"),
        ],
        reportsDue: 12, reportsOnTime: 12, reportsReturned: 0, reportsSubmitted: 12, urgingsReceived: 0),
    UnitAssessmentInput(
        unitID: 3, unitName: "住建局",
        indicators: [
            IndicatorOutcome(taskLabel: "(1)", metric: "实施老旧小区改造", target: 37, achieved: 37, unit: "个"),
            IndicatorOutcome(taskLabel: "12", metric: "新建保障性住房", target: 500, stretchTarget: 600, achieved: 480, unit: "套"),
        ],
        reportsDue: 24, reportsOnTime: 18, reportsReturned: 6, reportsSubmitted: 30, urgingsReceived: 6),
]

@Suite struct AssessmentTests {
    let results = Assessment.assess(example, weights: AssessmentWeights())

    private func unit(_ id: Int) -> UnitAssessment { results.first { $0.unitID == id }! }

    @Test func ranksByScore() {
        #expect(results.map(\.unitName) == ["科技局", "发改局", "住建局"])
        #expect(results.map(\.rank) == [1, 2, 3])
        #expect(results.map(\.score) == [85.0, 80.8, 53.0])
    }

    @Test func partsAsComputedByHand() {
        #expect(unit(1).parts.map(\.points) == [45.0, 2.5, 16.7, 8.6, 8.0])
        #expect(unit(2).parts.map(\.points) == [40.0, 5.0, 20.0, 10.0, 10.0])
        #expect(unit(3).parts.map(\.points) == [30.0, 0.0, 15.0, 8.0, 0.0])
        #expect(unit(1).parts.map(\.name) == ["指标完成", "力争目标加分", "报送及时", "报告质量", "催办情况"])
        #expect(unit(1).parts.map(\.maximum) == [60, 5, 20, 10, 10])
    }

    @Test func scoreIsTheSumOfTheShownParts() {
        for unit in results {
            let shown = unit.parts.map(\.points).reduce(0, +)
            #expect(abs(shown - unit.score) < 1e-9)
        }
    }

    @Test func explanationsCarryTheNumbers() {
        let a = unit(1).parts.map(\.explanation)
        #expect(a[0] == "4项指标中3项达到确保目标（3÷4×60=45.0分）")
        #expect(a[1] == "2项指标设有力争目标，其中1项达到力争目标（1÷2×5=2.5分）")
        #expect(a[2] == "应报12期，按时报送10期（10÷12×20=16.7分）")
        #expect(a[3] == "提交报告14次，被退回2次（(1−2÷14)×10=8.6分）")
        #expect(a[4] == "收到催办1次，每次扣2分（10−1×2=8.0分）")

        let b = unit(2).parts.map(\.explanation)
        #expect(b[0].contains("3项指标中2项达到确保目标") && b[0].contains("2÷3×60=40.0分"))
        #expect(b[1].contains("1÷1×5=5.0分"))
        #expect(b[2].contains("12÷12×20=20.0分"))
        #expect(b[3].contains("(1−0÷12)×10=10.0分"))
        #expect(b[4] == "未收到催办（10.0分）")

        let c = unit(3).parts.map(\.explanation)
        #expect(c[0].contains("1÷2×60=30.0分"))
        #expect(c[1].contains("0÷1×5=0.0分"))
        #expect(c[2].contains("应报24期，按时报送18期") && c[2].contains("18÷24×20=15.0分"))
        #expect(c[3].contains("提交报告30次，被退回6次") && c[3].contains("(1−6÷30)×10=8.0分"))
        #expect(c[4].contains("收到催办6次") && c[4].contains("扣完为止") && c[4].contains("0.0分"))
    }

    @Test func tiesShareARankAndAreListedByName() {
        let perfect = { (id: Int, name: String, urgings: Int) in
            UnitAssessmentInput(
                unitID: id, unitName: name,
                indicators: [IndicatorOutcome(taskLabel: "(1)", metric: "新增企业", target: 10, achieved: 10, unit: "家")],
                reportsDue: 12, reportsOnTime: 12, reportsSubmitted: 12, urgingsReceived: urgings)
        }
        let results = Assessment.assess(
            [
                perfect(1, "甲局", 0), perfect(2, "丙局", 1), perfect(3, "乙局", 1),
                perfect(4, "丁局", 2),
            ], weights: AssessmentWeights())
        #expect(results.map(\.score) == [100, 98, 98, 96])
        #expect(results.map(\.rank) == [1, 2, 2, 4])
        // Equal scores in name order (code point order: 丙 U+4E19 before 乙 U+4E59).
        #expect(results.map(\.unitName) == ["甲局", "丙局", "乙局", "丁局"])
    }

    /// A unit with nothing to judge used to get full marks for attainment, which put qualitative
    /// units (信访局, 编办) first. Now it is 待评定: 0 for the part, listed after the ranked units.
    @Test func nothingToJudgeIsPendingNotFullMarks() {
        let idle = UnitAssessmentInput(unitID: 9, unitName: "团委")
        let result = Assessment.assess([idle], weights: AssessmentWeights())[0]
        #expect(result.parts.map(\.points) == [0, 0, 20, 10, 10])
        #expect(result.score == 40 && result.rank == nil)
        #expect(result.parts[0].explanation == "待评定：无可评价的指标或任务；本项暂不计分（0.0分），不参与排名")
        #expect(result.parts[1].explanation == "未设力争目标，不加分（0.0分）")
        #expect(result.parts[2].explanation == "无应报报告，按满分计（20.0分）")
    }

    /// 信访局 leads three qualitative tasks, reported on time; 住建局 one count target, on
    /// schedule. 信访局 waits for the office's rating and is not ranked above anyone; once rated
    /// (良好 0.85, 优秀 1, 一般 0.7: 2.55 of 3), it is scored like any other unit.
    @Test func aQualitativeUnitWaitsForTheOfficesRating() {
        let petitions = UnitAssessmentInput(
            unitID: 1, unitName: "信访局", reportsDue: 24, reportsOnTime: 24, reportsSubmitted: 24,
            unratedTasks: 3)
        let housing = UnitAssessmentInput(
            unitID: 2, unitName: "住建局",
            indicators: [
                IndicatorOutcome(
                    taskLabel: "(1)", metric: "老旧小区改造", target: 37, achieved: 28,
                    unit: "个", expectedShare: 2.0 / 3)
            ],
            reportsDue: 8, reportsOnTime: 7, reportsSubmitted: 8)
        let provisional = Assessment.assess([petitions, housing], weights: AssessmentWeights(), provisional: true)
        #expect(provisional.map(\.unitName) == ["住建局", "信访局"])
        #expect(provisional.map(\.rank) == [1, nil])
        #expect(provisional[1].parts[0].explanation == "待评定：3项定性或节点任务待督查室评定；本项暂不计分（0.0分），不参与排名")
        var rated = petitions
        rated.ratings = [0.85, 1, 0.7]
        rated.unratedTasks = 0
        let after = Assessment.assess([rated], weights: AssessmentWeights(), provisional: true)[0]
        // 2.55 ÷ 3 × 60 = 51.0
        #expect(after.parts[0].points == 51 && after.rank == 1)
        #expect(after.parts[0].explanation == "0项指标和3项评定任务折合3项，达到序时要求折合2.55项（2.55÷3×60=51.0分）")
    }

    /// 住建局's 37 老旧小区 at 28 in September: 序时 asks for 2/3 of 37 = 24.7, so the 预评 counts
    /// it as on schedule (it used to count 0 of 1 reached); at year end 28 of 37 is not reached.
    @Test func provisionalAgainst序时FinalAgainstTheTarget() {
        let housing = UnitAssessmentInput(
            unitID: 2, unitName: "住建局",
            indicators: [
                IndicatorOutcome(
                    taskLabel: "(1)", metric: "老旧小区改造", target: 37, achieved: 28,
                    unit: "个", expectedShare: 2.0 / 3)
            ])
        let provisional = Assessment.assess([housing], weights: AssessmentWeights(), provisional: true)[0]
        #expect(provisional.parts[0].points == 60)
        #expect(provisional.parts[0].explanation == "1项指标中1项达到序时要求（1÷1×60=60.0分）")
        let final = Assessment.assess([housing], weights: AssessmentWeights(), provisional: false)[0]
        #expect(final.parts[0].points == 0)
        #expect(final.parts[0].explanation == "1项指标中0项达到确保目标（0÷1×60=0.0分）")
        // A small count is judged at its deadline: not yet reached, it is not counted in a 预评.
        let listings = UnitAssessmentInput(
            unitID: 3, unitName: "金融局",
            indicators: [
                IndicatorOutcome(
                    taskLabel: "(23)", metric: "新增上市企业", target: 2, achieved: 1,
                    unit: "家", measure: .milestone, expectedShare: 2.0 / 3)
            ])
        let early = Assessment.assess([listings], weights: AssessmentWeights(), provisional: true)[0]
        #expect(early.rank == nil && early.parts[0].explanation.contains("1项节点指标尚未到期"))
    }

    /// A cooperating unit's indicators count at the office's weight (30% by default): one lead
    /// target met and one cooperating target missed is 1 ÷ 1.3 of the part.
    @Test func cooperatingUnitsAtTheOfficesWeight() {
        let unit = UnitAssessmentInput(
            unitID: 4, unitName: "北港街道",
            indicators: [
                IndicatorOutcome(taskLabel: "(1)", metric: "新增就业", target: 100, achieved: 120, unit: "人"),
                IndicatorOutcome(taskLabel: "(2)", metric: "老旧小区改造", target: 37, achieved: 10, unit: "个", weight: 0.3),
            ])
        let result = Assessment.assess([unit], weights: AssessmentWeights())[0]
        // 1 ÷ 1.3 × 60 = 46.15… → 46.2
        #expect(result.parts[0].points == 46.2)
        #expect(result.parts[0].explanation == "2项指标（配合单位按权重计）折合1.3项，达到确保目标折合1项（1÷1.3×60=46.2分）")
    }

    @Test func theLabelSaysProvisionalAndItsDate() {
        #expect(
            Assessment.label(year: 2022, asOf: PlanCalendar.date(2022, 9, 15, hour: 10), provisional: true)
                == "2022年度考核预评（截至2022年9月15日，按序时进度计，非年终结果）")
        #expect(Assessment.label(year: 2022, asOf: PlanCalendar.date(2023, 1, 15), provisional: false) == "2022年度考核结果")
    }

    @Test func reportsDueButNoneSubmitted() {
        let silent = UnitAssessmentInput(unitID: 9, unitName: "某局", reportsDue: 6)
        let result = Assessment.assess([silent], weights: AssessmentWeights())[0]
        #expect(result.parts[2].points == 0)
        #expect(result.parts[3].points == 0)
        #expect(result.parts[3].explanation == "有应报报告但未提交，不得分（0.0分）")
    }

    @Test func aStretchOnlyIndicatorIsJudgedByItsOnlyFigure() {
        let unit = UnitAssessmentInput(
            unitID: 1, unitName: "商务局",
            indicators: [
                IndicatorOutcome(taskLabel: "7", metric: "实际使用外资", target: nil, stretchTarget: 3, achieved: 3.1, unit: "美元")
            ])
        let result = Assessment.assess([unit], weights: AssessmentWeights())[0]
        #expect(result.parts[0].points == 60)
        // No committed tier beside it: no bonus on top.
        #expect(result.parts[1].points == 0)
    }

    @Test func customWeightsAndDefaultsWhenDecoding() throws {
        let weights = try JSONDecoder().decode(AssessmentWeights.self, from: Data(#"{"attainment": 50, "urgings": 20}"#.utf8))
        #expect(weights == AssessmentWeights(attainment: 50, urgings: 20))
        let result = Assessment.assess([example[0]], weights: weights)[0]
        // 3÷4×50 = 37.5; 20 − 1×2 = 18.0
        #expect(result.parts[0].explanation == "4项指标中3项达到确保目标（3÷4×50=37.5分）")
        #expect(result.parts[4].explanation == "收到催办1次，每次扣2分（20−1×2=18.0分）")
        #expect(result.score == 83.3)  // 37.5 + 2.5 + 16.7 + 8.6 + 18.0
        let back = try JSONDecoder().decode(AssessmentWeights.self, from: JSONEncoder().encode(weights))
        #expect(back == weights)
    }
}
