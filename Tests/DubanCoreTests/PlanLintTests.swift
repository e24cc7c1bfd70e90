import DubanCore
import DubanDocuments
import Foundation
import Testing

/// Each lint rule on small plans built here, then the rules that need indicators on the samples
/// with the gold indicators, so they are checked whatever the extractor reads.
@Suite struct PlanLintTests {
    static func task(
        _ text: String, attachment: Int = 1, section: String = "一", lead: [String] = ["发改局"],
        leaders: [String] = ["张三"], deadline: String? = nil, indicators: [Indicator] = [],
        kind: TaskKind? = nil
    ) -> PlanTask {
        PlanTask(
            attachment: attachment, path: [section], text: text, leaders: leaders, leadUnits: lead, deadline: deadline,
            kind: kind ?? (indicators.isEmpty ? .milestone : .quantitative), indicators: indicators)
    }

    static func lint(_ tasks: [PlanTask], year: Int? = 2022) -> [Finding] {
        PlanLinter().lint(Plan(government: "某区人民政府", year: year, tasks: tasks, format: .lines))
    }

    static func codes(_ findings: [Finding], _ code: Finding.Code) -> [Finding] { findings.filter { $0.code == code } }

    // MARK: the same target, two values

    @Test func conflictingMetricIsFoundAcrossAttachments() {
        let findings = Self.lint([
            Self.task("实施37个老旧小区改造", indicators: [Indicator(metric: "实施老旧小区改造", value: 37, unit: "个")]),
            Self.task("其他", indicators: [Indicator(metric: "新增绿地", value: 150, unit: "亩")]),
            Self.task("年内完成40个老旧小区改造", attachment: 2, indicators: [Indicator(metric: "年内实施老旧小区改造", value: 40, unit: "个")]),
        ])
        let conflicts = Self.codes(findings, .metricConflict)
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.tasks == [0, 2])
        #expect(conflicts.first?.severity == .error)
        #expect(conflicts.first?.message.contains("37") == true && conflicts.first?.message.contains("40") == true)
    }

    @Test func equalValuesAreNoConflict() {
        let findings = Self.lint([
            Self.task("实施37个老旧小区改造", indicators: [Indicator(metric: "实施老旧小区改造", value: 37, unit: "个")]),
            Self.task("37个老旧小区", attachment: 2, indicators: [Indicator(metric: "“实施”老旧小区改造任务", value: 37, unit: "个")]),
        ])
        #expect(Self.codes(findings, .metricConflict).isEmpty)
    }

    @Test func tiersRangesAndScopesAreNoConflict() {
        let findings = Self.lint([
            // 确保2家、力争3家 agrees with a plain 2家.
            Self.task(
                "新增上市企业确保2家、力争3家",
                indicators: [
                    Indicator(metric: "新增上市企业", value: 2, unit: "家", tier: .committed),
                    Indicator(metric: "新增上市企业", value: 3, unit: "家", tier: .stretch),
                ]),
            Self.task("新增上市企业2家", indicators: [Indicator(metric: "新增上市企业", value: 2, unit: "家")]),
            // A park's own target is not the district's.
            Self.task("经开区净增高新技术企业30家", lead: ["经开区"], indicators: [Indicator(metric: "净增高新技术企业", value: 30, unit: "家")]),
            Self.task("净增高新技术企业100家", indicators: [Indicator(metric: "净增高新技术企业", value: 100, unit: "家")]),
            // A level and a change are two things.
            Self.task("投资增长10%", indicators: [Indicator(metric: "制造业投资", value: 10, unit: "%", change: .increase)]),
            Self.task("投资占比12%", indicators: [Indicator(metric: "制造业投资", value: 12, unit: "%")]),
        ])
        #expect(Self.codes(findings, .metricConflict).isEmpty, "\(findings)")
    }

    /// What a metric measures, not its surrounding words: a rate with or without 率, a longer
    /// phrase ending in the same measure, the same words in another order.
    @Test func sameMeasureInOtherWordsIsCompared() {
        let findings = Self.lint([
            Self.task("设施运行100%", indicators: [Indicator(metric: "农村生活污水处理设施运行", value: 100, unit: "%")]),
            Self.task("设施运行率95%", attachment: 2, indicators: [Indicator(metric: "设施运行率", value: 95, unit: "%")]),
            Self.task("新增城镇就业1.3万人", indicators: [Indicator(metric: "新增城镇就业", value: 13000, unit: "人")]),
            Self.task("城镇新增就业1.5万人", attachment: 2, indicators: [Indicator(metric: "城镇新增就业", value: 15000, unit: "人")]),
        ])
        #expect(Self.codes(findings, .metricConflict).map(\.tasks) == [[0, 1], [2, 3]])
    }

    /// Parts that differ by their words are not one measure: 农村公厕 and 城市公厕 are parts of
    /// 公厕, and 新认定 is not 净增.
    @Test func differentMeasuresWithSharedWordsAreNoConflict() {
        let findings = Self.lint([
            Self.task("新建、改扩建公厕12座", indicators: [Indicator(metric: "新建、改扩建公厕", value: 12, unit: "座")]),
            Self.task("农村公厕2座", attachment: 2, indicators: [Indicator(metric: "新建改造农村公厕", value: 2, unit: "座")]),
            Self.task("城市公厕10座", attachment: 2, indicators: [Indicator(metric: "新建改造城市公厕", value: 10, unit: "座")]),
            Self.task("新认定高新技术企业100家", indicators: [Indicator(metric: "新认定高新技术企业", value: 100, unit: "家")]),
            Self.task("净增高新技术企业30家", indicators: [Indicator(metric: "净增高新技术企业", value: 30, unit: "家")]),
        ])
        #expect(Self.codes(findings, .metricConflict).isEmpty, "\(findings)")
    }

    /// A park's count above the district's own for the same measure cannot both hold.
    @Test func aPartAboveTheWholeIsAWarning() {
        let findings = Self.lint([
            Self.task("经开区行业知名企业不少于4家", lead: ["经开区"], indicators: [Indicator(metric: "行业知名企业", value: 4, unit: "家", comparator: .atLeast)]),
            Self.task("培育行业知名企业3家以上", indicators: [Indicator(metric: "培育行业知名企业", value: 3, unit: "家", comparator: .atLeast)]),
            Self.task("经开区数字经济产业规模120亿元", lead: ["经开区"], indicators: [Indicator(metric: "数字经济产业规模", value: 12e9, unit: "元")]),
            Self.task("数字经济产业规模200亿元", indicators: [Indicator(metric: "数字经济产业规模", value: 2e10, unit: "元")]),
        ])
        let conflicts = Self.codes(findings, .metricConflict)
        #expect(conflicts.map(\.tasks) == [[0, 1]])
        #expect(conflicts.first?.severity == .warning)
    }

    @Test func compatibleButDifferentValuesAreAWarning() {
        let findings = Self.lint([
            Self.task("加装电梯20台以上", indicators: [Indicator(metric: "加装电梯", value: 20, unit: "台", comparator: .atLeast)]),
            Self.task("加装电梯25台", indicators: [Indicator(metric: "加装电梯", value: 25, unit: "台")]),
            // 个 stands for any counting word: 13个 vs 6所 is the same kind of count.
            Self.task("新建学校13个", indicators: [Indicator(metric: "新建、改扩建学校", value: 13, unit: "个")]),
            Self.task("新建学校6所", indicators: [Indicator(metric: "新建改扩建学校", value: 6, unit: "所")]),
        ])
        let conflicts = Self.codes(findings, .metricConflict)
        #expect(conflicts.map(\.severity) == [.error, .warning])
        #expect(conflicts.map(\.tasks) == [[2, 3], [0, 1]])
    }

    // MARK: sub-targets

    @Test func subTargetsThatAddUpAreNotFlagged() {
        let findings = Self.lint([
            Self.task("（3）新增学位4770个，其中幼儿园增加学位450个，小学增加学位1620个，初中增加学位2700个。"),
            Self.task("社会保险扩面新增6000人，其中净增4000人。"),
            Self.task("招引数字经济项目30个，其中总部企业不少于2家，行业知名企业不少于4家。"),
            Self.task("改造提升三类以上城区公厕10座（含环卫驿站1座），新建垃圾转运站3座。"),
            Self.task("完成投资1.2亿元，其中中央资金6000万元、地方资金6000万元。"),
        ])
        #expect(Self.codes(findings, .subtotalMismatch).isEmpty, "\(findings)")
    }

    @Test func subTargetsThatDoNotAddUpAreFlagged() {
        let findings = Self.lint([
            Self.task("新增学位4770个，其中幼儿园450个，小学1620个，初中2600个。"),
            Self.task("新增就业1000人，其中高校毕业生1200人。"),
            Self.task("招引项目5个，其中总部企业不少于3家，知名企业不少于4家。"),
        ])
        let mismatches = Self.codes(findings, .subtotalMismatch).sorted { $0.tasks[0] < $1.tasks[0] }
        #expect(mismatches.map(\.tasks) == [[0], [1], [2]])
        // Parts short of the total may be a partial list: a warning. Parts beyond it: an error.
        #expect(mismatches.map(\.severity) == [.warning, .error, .error])
        #expect(mismatches.first?.message.contains("4770") == true)
        #expect(mismatches.first?.message.contains("4670") == true)
    }

    // MARK: responsibility

    @Test func missingLeadUnit() {
        let findings = Self.lint([Self.task("有牵头"), Self.task("无牵头", lead: [])])
        let missing = Self.codes(findings, .missingLeadUnit)
        #expect(missing.map(\.tasks) == [[1]])
        #expect(missing.first?.severity == .error)
    }

    @Test func missingLeadersAreGroupedBySectionOrAttachment() {
        let findings = Self.lint([
            Self.task("甲", section: "一"), Self.task("乙", section: "二", leaders: []), Self.task("丙", section: "二", leaders: []),
            Self.task("丁", attachment: 2, section: "九", leaders: []), Self.task("戊", attachment: 2, section: "十", leaders: []),
        ])
        #expect(Self.codes(findings, .missingLeader).map(\.tasks) == [[1, 2], [3, 4]])
        // A plan that never names a leader has no leader column: nothing to say.
        #expect(Self.codes(Self.lint([Self.task("甲", leaders: [])]), .missingLeader).isEmpty)
    }

    @Test func collectivesNeedingAPersonAndUnknownUnits() {
        var coop = Self.task("甲")
        coop.coopUnits = ["各街道", "相关板块", "青龙街道"]
        let findings = Self.lint([coop, Self.task("乙", lead: ["相关街道"]), Self.task("丙", lead: ["某某某"])])
        let collectives = Self.codes(findings, .collectiveNeedsPerson)
        #expect(collectives.map(\.tasks) == [[0], [1]])
        #expect(collectives.allSatisfy { $0.severity == .warning })
        #expect(Self.codes(findings, .unknownUnit).map(\.tasks) == [[2]])
    }

    @Test func closedDirectoryReportsUnlistedUnits() {
        let config = DirectoryConfig(units: [.init(name: "发改局")], closed: true)
        let plan = Plan(year: 2022, tasks: [Self.task("甲"), Self.task("乙", lead: ["统计局"])], format: .lines)
        let unknown = PlanLinter(config: config).lint(plan).filter { $0.code == .unknownUnit }
        #expect(unknown.map(\.tasks) == [[1]])
    }

    // MARK: standards, deadlines, duplicates

    @Test func unmeasurableStandardsAreCountedPerSection() {
        let findings = Self.lint([
            Self.task("持续深化改革", kind: .qualitative), Self.task("建成投用", kind: .milestone),
            Self.task("加强管理", kind: .qualitative),
            Self.task("推进建设", section: "二", kind: .qualitative),
            Self.task("新增100家", section: "三", indicators: [Indicator(metric: "新增企业", value: 100, unit: "家")]),
        ])
        let vague = Self.codes(findings, .unmeasurable)
        #expect(vague.map(\.tasks) == [[0, 2], [3]])
        #expect(vague.first?.message.contains("共 3 项") == true && vague.first?.severity == .info)
    }

    @Test func deadlinesOutsideThePlanYear() {
        let findings = Self.lint([
            Self.task("甲", deadline: "2022-12"), Self.task("乙", deadline: "2023-06"),
            Self.task("2023年底前完成主体工程"), Self.task("2022年完成20台"), Self.task("在2021年基础上增长10%"),
        ])
        #expect(Self.codes(findings, .deadlineOutsideYear).map(\.tasks) == [[1], [2]])
        #expect(Self.codes(Self.lint([Self.task("乙", deadline: "2023-06")], year: nil), .deadlineOutsideYear).isEmpty)
    }

    @Test func duplicatesAndNearDuplicates() {
        let findings = Self.lint([
            Self.task("加快推进老旧小区改造，完成26个小区改造任务，提升居民居住品质。"),
            Self.task("加快推进老旧小区改造，完成26个小区的改造任务，提升居民的居住品质。"),
            Self.task("全面完成市下达的节能降耗目标任务"),
            Self.task("全面完成市下达的生态环保目标任务"),
            Self.task("常态化推进扫黑除恶斗争。"),
            Self.task("常态化推进扫黑除恶斗争。", attachment: 2),
        ])
        #expect(Self.codes(findings, .nearDuplicateTask).map(\.tasks) == [[0, 1]])
        #expect(Self.codes(findings, .duplicateTask).map(\.tasks) == [[4, 5]])
    }

    @Test func findingsComeErrorsFirst() {
        let findings = Self.lint([Self.task("持续深化改革", kind: .qualitative), Self.task("无牵头", lead: [])])
        #expect(findings.first?.severity == .error)
        #expect(findings.map(\.severity) == findings.map(\.severity).sorted())
    }

    // MARK: the samples, with the gold indicators

    struct GoldIndicators: Decodable {
        struct Task: Decodable {
            var text: String
            var kind: TaskKind
            var indicators: [Indicator]
        }
        var tasks: [Task]
    }

    static func sampleWithGoldIndicators(_ name: String) throws -> Plan {
        var plan = try PlanImporter(extractor: nil).importPlan(path: UnitDirectoryTests.root + "/Samples/\(name).txt")
        let url = URL(fileURLWithPath: UnitDirectoryTests.root + "/Tests/Fixtures/gold/\(name).indicators.gold.json")
        let gold = try JSONDecoder().decode(GoldIndicators.self, from: Data(contentsOf: url))
        try #require(gold.tasks.count == plan.tasks.count)
        for index in plan.tasks.indices {
            plan.tasks[index].kind = gold.tasks[index].kind
            plan.tasks[index].indicators = gold.tasks[index].indicators
        }
        return plan
    }

    @Test func zhonglouConflictsAreTheSchoolsAndAParkAboveTheDistrict() throws {
        let findings = PlanLinter().lint(try Self.sampleWithGoldIndicators("zhonglou-2022"))
        let conflicts = Self.codes(findings, .metricConflict)
        // 新建、改扩建学校 13个 in 附件1 (61) and 6所 in 附件2; the 经开区's 行业知名企业不少于4家 (2)
        // above the district's 3家以上 (42). 数字经济产业规模 120亿 is the 经开区's part of the
        // district's 200亿; 公厕 12座 is 农村2座 + 城市10座; 老旧小区 37, 学位 2800, 绿地 150 agree.
        #expect(conflicts.map(\.tasks) == [[60, 88], [1, 41]])
        #expect(conflicts.last?.severity == .warning && conflicts.last?.message.contains("分区目标高于全区目标") == true)
        #expect(Self.codes(findings, .subtotalMismatch).isEmpty)
        #expect(Self.codes(findings, .missingLeadUnit).map(\.tasks) == [[88]])
        #expect(Self.codes(findings, .nearDuplicateTask).isEmpty && Self.codes(findings, .duplicateTask).isEmpty)
        #expect(Self.codes(findings, .unmeasurable).reduce(0) { $0 + $1.tasks.count } == 42)
    }

    @Test func tianningSubTargetsAddUp() throws {
        let findings = PlanLinter().lint(try Self.sampleWithGoldIndicators("tianning-2022"))
        #expect(Self.codes(findings, .subtotalMismatch).isEmpty)
        // 附件1 确保农村生活污水处理设施百分之百运行, 附件2 设施运行率达95%: one measure, two wordings.
        #expect(Self.codes(findings, .metricConflict).map(\.tasks) == [[82, 138]])
        #expect(Self.codes(findings, .deadlineOutsideYear).isEmpty)
        #expect(!findings.contains { $0.severity == .error })
        #expect(Self.codes(findings, .unmeasurable).reduce(0) { $0 + $1.tasks.count } == 71)
    }
}
