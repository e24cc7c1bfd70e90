import Testing

@testable import DubanCore

/// A task as the store would hand it over at year end, its indicators read from the standard as
/// the importer reads them.
private func task(
    _ text: String, _ reported: [Double?] = [], percentComplete: Double? = nil, grade: String? = nil, rating: Double? = nil,
    closed: Bool = false, narrative: String? = nil
) -> YearEndTask {
    let analysis = IndicatorExtractor().analyse(text)
    return YearEndTask(
        label: "（1）", section: "主要预期目标", text: text, kind: analysis.kind, indicators: analysis.indicators, reported: reported,
        percentComplete: percentComplete, ratingGrade: grade, ratingValue: rating, closed: closed, leadUnits: ["市发改委"],
        narrative: narrative)
}

private func judged(_ task: YearEndTask, rules: LightRules = .standard, basicallyAt: Double = 90) -> (YearEndStatus, String) {
    let row = YearEndAccount.row(task, rules: rules, basicallyAt: basicallyAt)
    return (row.status, row.reason)
}

/// The year-end account's judgement, each rule on standards taken from the 2022 plans.
@Suite struct YearEndAccountTests {
    static let firms = "新增高新技术企业100家。"
    static let growth = "地区生产总值增长6.5%左右。"
    static let revenue = "一般公共预算收入增长6%。"
    static let air = "PM2.5浓度控制在35微克/立方米以内。"
    static let innovation = "深入实施高新技术企业培育“小升高”计划，全市新认定高新技术企业1200家，净增高新技术企业600家，万人发明专利拥有量达62件。"
    static let zone = "支持天宁区加快创建省级高新技术产业开发区。"
    static let lawful = "深入推进法治政府建设，扎实推进“八五”普法，严格落实重大行政决策程序。"

    @Test func theStandardsReadAsExpected() {
        #expect(task(Self.firms).kind == .quantitative)
        #expect(task(Self.firms).indicators.map { IndicatorMeasure.of($0) } == [.cumulative])
        #expect(task(Self.growth).indicators.map { IndicatorMeasure.of($0) } == [.level])
        #expect(task(Self.air).indicators.map { IndicatorMeasure.of($0) } == [.cap])
        #expect(task(Self.innovation).indicators.map { IndicatorMeasure.of($0) } == [.cumulative, .cumulative, .level])
        #expect(task(Self.zone).kind == .milestone)
        #expect(task(Self.lawful).kind == .qualitative)
    }

    // MARK: Quantitative

    @Test func aCumulativeTargetByItsShare() {
        #expect(judged(task(Self.firms, [100])) == (.completed, "新增高新技术企业100家，目标100家，完成100%"))
        #expect(judged(task(Self.firms, [120])) == (.completed, "新增高新技术企业120家，目标100家，完成120%"))
        #expect(judged(task(Self.firms, [92])) == (.basicallyCompleted, "新增高新技术企业92家，目标100家，完成92%"))
        #expect(judged(task(Self.firms, [60])) == (.notCompleted, "新增高新技术企业60家，目标100家，完成60%"))
    }

    @Test func ninetyPercentIsTheLineForBasicallyCompleted() {
        #expect(judged(task(Self.firms, [90])).0 == .basicallyCompleted)
        #expect(judged(task(Self.firms, [89])) == (.notCompleted, "新增高新技术企业89家，目标100家，完成89%"))
        // Just below the line is never shown rounded up onto it.
        let investment = task("完成工业投资1000亿元。", [899.6e8])
        #expect(investment.indicators.map { IndicatorMeasure.of($0) } == [.cumulative])
        #expect(judged(investment) == (.notCompleted, "完成工业投资899.6亿元，目标1000亿元，完成89.9%"))
        #expect(judged(task("完成工业投资1000亿元。", [900e8])).0 == .basicallyCompleted)
        // The office may set its own line.
        #expect(judged(task(Self.firms, [92]), basicallyAt: 95).0 == .notCompleted)
        #expect(judged(task(Self.firms, [99.9]), basicallyAt: 95).0 == .basicallyCompleted)
    }

    @Test func aLevelAgainstItsTargetAndTheTolerance() {
        // 左右 is met within the tolerance (10% of the target) and near within twice it, as the lights hold.
        #expect(judged(task(Self.growth, [6.6])) == (.completed, "地区生产总值增长6.6%，目标6.5%左右"))
        #expect(judged(task(Self.growth, [6.0])) == (.completed, "地区生产总值增长6%，目标6.5%左右"))
        #expect(judged(task(Self.growth, [5.5])) == (.basicallyCompleted, "地区生产总值增长5.5%，略低于目标6.5%左右"))
        #expect(judged(task(Self.growth, [5.0])) == (.notCompleted, "地区生产总值增长5%，低于目标6.5%左右"))
        // A plain target: at or above it is met, up to 10% below is near, exactly 10% included.
        #expect(judged(task(Self.revenue, [6.0])) == (.completed, "一般公共预算收入增长6%，目标6%"))
        #expect(judged(task(Self.revenue, [5.4])) == (.basicallyCompleted, "一般公共预算收入增长5.4%，略低于目标6%"))
        #expect(judged(task(Self.revenue, [5.3])) == (.notCompleted, "一般公共预算收入增长5.3%，低于目标6%"))
        // The office's own tolerance.
        #expect(judged(task(Self.revenue, [5.5]), rules: LightRules(levelTolerance: 5)).0 == .notCompleted)
    }

    /// A level is 完成 exactly when the lights raise no concern about it at year end.
    @Test(arguments: [5.0, 5.2, 5.4, 5.6, 5.8, 5.85, 5.9, 6.0, 6.1, 6.5, 7.0])
    func levelsAgreeWithTheLights(value: Double) {
        for text in [Self.growth, Self.revenue] {
            let facts = task(text, [value])
            let concerns = Progress.task(kind: facts.kind, indicators: facts.indicators, reported: facts.reported).concerns
            let status = judged(facts).0
            #expect((status == .completed) == concerns.isEmpty, "\(text) \(value)")
            #expect((status == .notCompleted) == concerns.contains { $0.severity == .red }, "\(text) \(value)")
        }
    }

    @Test func aCapIsKeptOrBroken() {
        #expect(judged(task(Self.air, [33])) == (.completed, "PM2.5浓度33微克/立方米，控制在35微克/立方米以内"))
        #expect(judged(task(Self.air, [35])).0 == .completed)
        #expect(judged(task(Self.air, [35.4])) == (.notCompleted, "PM2.5浓度35.4微克/立方米，超过控制目标35微克/立方米"))
        #expect(judged(task("城镇登记失业率控制在3%以内。", [2.8])) == (.completed, "城镇登记失业率2.8%，控制在3%以内"))
    }

    @Test func theWorstIndicatorDecides() {
        let all = judged(task(Self.innovation, [1250, 560, 63]))
        #expect(all.0 == .basicallyCompleted)
        #expect(
            all.1 == "全市新认定高新技术企业1250家，目标1200家，完成104.1%；净增高新技术企业560家，目标600家，完成93.3%；"
                + "万人发明专利拥有量63件，目标62件以上")
        #expect(judged(task(Self.innovation, [1250, 610, 50])).0 == .notCompleted)
        #expect(judged(task(Self.innovation, [1250, 610, 62])).0 == .completed)
    }

    @Test func aBlankIndicatorLeavesTheRowToTheOffice() {
        // One figure missing: the others cannot settle the row.
        let missing = judged(task(Self.innovation, [1250, nil, 63]))
        #expect(missing.0 == .notJudged)
        #expect(missing.1.hasSuffix("“净增高新技术企业”未报年末数据，需督查室判定"))
        #expect(missing.1.hasPrefix("全市新认定高新技术企业1250家，目标1200家，完成104.1%"))
        // Unless one already falls short: that stands whatever the missing one says.
        #expect(judged(task(Self.innovation, [1250, 400, nil])).0 == .notCompleted)
    }

    @Test func noYearEndFiguresIsNotJudged() {
        #expect(judged(task(Self.firms)) == (.notJudged, "未报年末数据，需督查室判定"))
        #expect(judged(task(Self.innovation, [nil, nil, nil])) == (.notJudged, "未报年末数据，需督查室判定"))
        // Neither the unit's own percent nor the office's closing stands in for the figures.
        #expect(judged(task(Self.firms, [nil], percentComplete: 100)).0 == .notJudged)
        #expect(judged(task(Self.firms, closed: true)) == (.notJudged, "任务已办结，但未报年末数据，需督查室判定"))
        #expect(YearEndAccount.row(task(Self.firms)).yearEndValue == "未报送")
    }

    // MARK: Milestone and qualitative

    @Test func aMilestoneByItsPercentComplete() {
        #expect(judged(task(Self.zone, closed: true)) == (.completed, "已办结"))
        #expect(judged(task(Self.zone, percentComplete: 100)) == (.completed, "完成进度100%"))
        #expect(judged(task(Self.zone, percentComplete: 90)) == (.basicallyCompleted, "完成进度90%"))
        #expect(judged(task(Self.zone, percentComplete: 89.5)) == (.notCompleted, "完成进度89.5%"))
        #expect(judged(task(Self.zone, percentComplete: 40, closed: true)).0 == .completed)
        // Without a percent, the office's grade; without either, the office must judge.
        #expect(judged(task(Self.zone, grade: "良好", rating: 0.85)) == (.completed, "评定等次为“良好”"))
        #expect(judged(task(Self.zone)) == (.notJudged, "未报年末进展，需督查室判定"))
    }

    @Test func aQualitativeTaskByItsGrade() {
        #expect(judged(task(Self.lawful, grade: "优秀", rating: 1)) == (.completed, "评定等次为“优秀”"))
        #expect(judged(task(Self.lawful, grade: "良好", rating: 0.85)) == (.completed, "评定等次为“良好”"))
        #expect(judged(task(Self.lawful, grade: "一般", rating: 0.7)) == (.basicallyCompleted, "评定等次为“一般”"))
        #expect(judged(task(Self.lawful, grade: "较差", rating: 0.5)) == (.notCompleted, "评定等次为“较差”"))
        // A grade of the standard scale named without its value.
        #expect(judged(task(Self.lawful, grade: "一般")).0 == .basicallyCompleted)
        // The grade outranks closing; unrated but closed is done; neither, the office must rate it.
        #expect(judged(task(Self.lawful, grade: "较差", rating: 0.5, closed: true)).0 == .notCompleted)
        #expect(judged(task(Self.lawful, closed: true)) == (.completed, "已办结"))
        #expect(judged(task(Self.lawful, percentComplete: 100)) == (.notJudged, "待评定，需督查室判定"))
    }

    // MARK: What the reader sees

    @Test func theYearEndColumn() {
        #expect(
            YearEndAccount.row(task(Self.innovation, [1250, 560, 63])).yearEndValue
                == "全市新认定高新技术企业1250家；净增高新技术企业560家；万人发明专利拥有量63件")
        #expect(YearEndAccount.row(task("进出口总额稳中提质，实际使用外资26亿美元。", [2.71e9])).yearEndValue == "实际使用外资27.1亿美元")
        #expect(YearEndAccount.row(task(Self.zone, percentComplete: 95)).yearEndValue == "完成进度95%")
        #expect(YearEndAccount.row(task(Self.lawful, grade: "良好", rating: 0.85)).yearEndValue == "评定等次为“良好”")
        #expect(YearEndAccount.row(task(Self.lawful, closed: true)).yearEndValue == "已办结")

        let short = "全年办理行政复议案件312件，\n重大行政决策全部经过合法性审查。"
        #expect(YearEndAccount.row(task(Self.lawful, narrative: short)).yearEndValue == "全年办理行政复议案件312件，重大行政决策全部经过合法性审查。")
        let long =
            "全面落实重大行政决策程序规定，出台重大行政决策事项目录，全年办理行政复议案件312件，"
            + "行政机关负责人出庭应诉率保持100%，“八五”普法各项任务按计划推进，法治政府建设示范创建取得新成效。"
        let cut = YearEndAccount.row(task(Self.lawful, narrative: long)).yearEndValue
        #expect(cut == "全面落实重大行政决策程序规定，出台重大行政决策事项目录，全年办理行政复议案件312件…")
        #expect(cut.count <= YearEndAccount.narrativeLimit + 1)
        let unbroken = String(repeating: "推", count: 80)
        #expect(YearEndAccount.row(task(Self.lawful, narrative: unbroken)).yearEndValue == String(repeating: "推", count: 60) + "…")
    }

    @Test func rowsKeepTheTasksAndTheirOrder() {
        var second = task(Self.zone, percentComplete: 100)
        second.label = "（16）"
        second.section = "推动产业转型升级"
        second.leadUnits = ["天宁区人民政府"]
        let rows = YearEndAccount.rows([task(Self.firms, [92]), second])
        #expect(rows.map(\.label) == ["（1）", "（16）"])
        #expect(rows.map(\.section) == ["主要预期目标", "推动产业转型升级"])
        #expect(rows.map(\.text) == [Self.firms, Self.zone])
        #expect(rows.map(\.leadUnits) == [["市发改委"], ["天宁区人民政府"]])
        #expect(rows.map(\.status.label) == ["基本完成", "完成"])
        #expect(YearEndStatus.notJudged.label == "待判定" && YearEndStatus.notCompleted.label == "未完成")
    }

    @Test func title() {
        #expect(YearEndAccount.title(year: 2022, government: "常州市人民政府") == "常州市2022年《政府工作报告》目标任务完成情况对照表")
        #expect(YearEndAccount.title(year: 2022, government: "常州经开区管委会") == "常州经开区管委会2022年《政府工作报告》目标任务完成情况对照表")
        #expect(YearEndAccount.title(year: 2023, government: "") == "2023年《政府工作报告》目标任务完成情况对照表")
    }
}
