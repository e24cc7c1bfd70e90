import Foundation
import Testing

@testable import DubanCore

/// September 2022 in 钟楼区: twelve tasks in three sections, lights as the office would see them.
private enum September {
    static func task(
        _ id: Int, _ label: String, _ section: String, _ units: [String], _ light: Light,
        _ text: String, reasons: [String] = [], causes: [LightCause] = [], urged: Bool = false, open: Int = 0,
        overdue: Bool = false, closed: Bool = false
    ) -> BulletinTask {
        BulletinTask(
            id: id, label: label, text: text, section: section, leadUnits: units, light: light,
            reasons: reasons, causes: causes, openUrgings: open, urgedThisMonth: urged, overdue: overdue, closed: closed)
    }

    static let areas = "四大功能区建设"
    static let industry = "产业转型升级"
    static let livelihood = "民生实事"

    static let tasks: [BulletinTask] = [
        task(1, "(1)", areas, ["住建局"], .green, "年内完成37个老旧小区改造任务。"),
        task(
            2, "(2)", areas, ["经开区"], .red, "力争数字经济产业规模突破120亿元，招引数字经济项目30个。",
            reasons: ["截至8月底应完成75%，实际40%", "有催办待回复"], causes: [.behindSchedule, .urgingOpen], urged: true, open: 1),
        task(
            3, "(3)", areas, ["高新园"], .yellow, "高标准编制完成高新园（邹区镇）空间总体规划。",
            reasons: ["8月报告为补报（逾期3天）"], causes: [.reportLate]),
        task(4, "(4)", industry, ["发改局"], .green, "地区生产总值增长6.5%左右。"),
        task(5, "(5)", industry, ["工信局"], .done, "规模以上工业产值增长11%。", reasons: ["已办结销号"], closed: true),
        task(
            6, "(6)", industry, ["科技局"], .red, "净增高新技术企业30家。",
            reasons: ["已过完成时限（2022年8月）"], causes: [.pastDeadline], overdue: true),
        task(
            7, "(7)", industry, ["发改局", "工信局"], .yellow, "推动传统产业智能转型。", reasons: ["截至8月底应完成75%，实际62%"],
            causes: [.behindSchedule]),
        task(8, "1", livelihood, ["教育局"], .green, "新增学位4770个，其中幼儿园450个，小学1620个，初中2700个。"),
        task(
            9, "2", livelihood, ["住建局"], .red, "新增停车泊位1600个；改造公厕10座。",
            reasons: ["8月报告逾期未报（已超过宽限期3天）", "催办逾期未回复（2件）"], causes: [.reportMissing, .urgingOverdue],
            urged: true, open: 2),
        task(10, "3", livelihood, ["卫健局"], .pending, "新建社区卫生服务站2个。", reasons: ["尚无到期的进展报告"]),
        task(11, "4", livelihood, ["教育局"], .green, "改造提升校园食堂5所。"),
        task(12, "5", livelihood, ["民政局"], .yellow, "新增养老床位200张。", reasons: ["有催办待回复"], causes: [.urgingOpen], open: 1),
    ]

    /// August: green 5, yellow 4, red 1, pending 2.
    static let august: [Int: Light] = [
        1: .green, 2: .yellow, 3: .yellow, 4: .green, 5: .green, 6: .red, 7: .yellow,
        8: .green, 9: .yellow, 10: .pending, 11: .green, 12: .pending,
    ]

    static let instructions = [
        BulletinInstruction(
            taskLabel: "2", leader: "李区长", text: "请住建局本周内拿出停车泊位建设方案。",
            date: PlanCalendar.date(2022, 9, 20)),
        BulletinInstruction(
            taskLabel: "(6)", leader: "王区长", text: "科技局要倒排时间，确保年底前完成。",
            date: PlanCalendar.date(2022, 9, 8)),
    ]

    /// The August round (due 5 September), read and drafted on 15 September.
    static let issued = PlanCalendar.date(2022, 9, 15, hour: 10)

    static func input(
        previous: [Int: Light] = august, month: Int = 8, tasks: [BulletinTask] = tasks,
        minimumToRank: Int = 3, unrankable: Set<String> = []
    ) -> BulletinInput {
        BulletinInput(
            governmentName: "常州市钟楼区人民政府", planTitle: "2022年目标任务责任分解落实方案",
            year: 2022, month: month, tasks: tasks, previousLights: previous, instructions: instructions,
            cutoff: issued, issuedOn: issued, unrankable: unrankable, minimumToRank: minimumToRank)
    }
}

@Suite struct BulletinDrafterTests {
    @Test func titleIssuerAndCounts() {
        let bulletin = BulletinDrafter.draft(September.input())
        #expect(bulletin.title == "2022年8月政府工作报告重点任务推进情况通报")
        #expect(bulletin.issuer == "常州市钟楼区人民政府督查室")
        #expect(bulletin.counts == ["green": 4, "yellow": 3, "red": 3, "done": 1, "pending": 1])
        #expect(bulletin.total == 12)
    }

    @Test func closedTaskCountsAsDoneWhateverItsLight() {
        var tasks = September.tasks
        tasks[0].closed = true  // still says green: the office closed it after the light was taken
        let bulletin = BulletinDrafter.draft(September.input(tasks: tasks))
        #expect(bulletin.count(.done) == 2)
        #expect(bulletin.count(.green) == 3)
        #expect(
            bulletin.sections[0]
                == Bulletin.SectionLine(
                    name: "四大功能区建设", total: 3, green: 0, yellow: 1,
                    red: 1, done: 1, pending: 0))
    }

    @Test func changesAgainstLastMonth() {
        let bulletin = BulletinDrafter.draft(September.input())
        #expect(bulletin.changes == ["green": -1, "yellow": -1, "red": 2, "done": 1, "pending": -1])
        #expect(bulletin.change(.red) == 2)
    }

    @Test func firstBulletinHasNoChanges() {
        let bulletin = BulletinDrafter.draft(September.input(previous: [:]))
        #expect(bulletin.changes.isEmpty)
        #expect(bulletin.change(.red) == nil)
        #expect(!bulletin.summary.contains("上月"))
        #expect(
            bulletin.summary.hasPrefix(
                "本通报依据8月份进展报告（9月5日截止），数据统计至9月15日。"
                    + "12项任务中绿灯4项、黄灯3项、红灯3项，已办结1项，尚未到期1项。"))
    }

    @Test func unchangedMonthSaysSo() {
        let same = Dictionary(uniqueKeysWithValues: September.tasks.map { ($0.id, $0.light) })
        let bulletin = BulletinDrafter.draft(September.input(previous: same))
        #expect(bulletin.changes.values.allSatisfy { $0 == 0 })
        #expect(bulletin.summary.contains("与上月相比，各灯色任务数量持平。"))
    }

    @Test func summaryStatesTheNumbers() {
        let bulletin = BulletinDrafter.draft(September.input())
        #expect(
            bulletin.summary == "本通报依据8月份进展报告（9月5日截止），数据统计至9月15日。"
                + "12项任务中绿灯4项、黄灯3项、红灯3项，已办结1项，尚未到期1项。"
                + "绿灯和已办结任务占已亮灯任务的45.5%。"
                + "与上月相比，绿灯减少1项、黄灯减少1项、红灯增加2项、已办结增加1项。"
                + "进度滞后2项，报送不及时1项，未报送1项。"
                + "已过完成时限尚未办结1项。本月督查室对2项任务进行了催办。"
                + "红灯任务涉及住建局（1项）、经开区（1项）、科技局（1项）。")
    }

    @Test func summaryNamesAtMostThreeRedUnits() {
        var tasks = September.tasks
        tasks[11].light = .red  // 民政局
        tasks[3].light = .red  // 发改局
        tasks.append(
            BulletinTask(
                id: 13, label: "6", text: "新建口袋公园3个。", section: September.livelihood,
                leadUnits: ["经开区"], light: .red))
        let bulletin = BulletinDrafter.draft(September.input(tasks: tasks))
        // 经开区 has two; the others one each, in plan order.
        #expect(bulletin.summary.hasSuffix("红灯任务涉及经开区（2项）、住建局（1项）、发改局（1项）等5个单位。"))
    }

    @Test func sectionsInPlanOrder() {
        let bulletin = BulletinDrafter.draft(September.input())
        #expect(
            bulletin.sections == [
                .init(name: "四大功能区建设", total: 3, green: 1, yellow: 1, red: 1, done: 0, pending: 0),
                .init(name: "产业转型升级", total: 4, green: 1, yellow: 1, red: 1, done: 1, pending: 0),
                .init(name: "民生实事", total: 5, green: 2, yellow: 1, red: 1, done: 0, pending: 1),
            ])
        #expect(bulletin.sections.map(\.total).reduce(0, +) == bulletin.total)
    }

    /// With every unit ranked (minimum 1), by (2 × red + yellow) ÷ tasks with a light:
    /// 教育局 0; 发改局 and 工信局 ½ each, 2nd together; 住建局 (1 red of 2), 高新园 and 民政局
    /// (1 yellow of 1) all 1, 4th together, 住建局 first for its two tasks; 经开区 and 科技局
    /// (1 red of 1) 2, 7th; 卫健局 has nothing due yet and is not ranked.
    @Test func unitsRankedByWeightedLights() {
        let bulletin = BulletinDrafter.draft(September.input(minimumToRank: 1))
        let ranking = bulletin.units.map { "\($0.rank.map(String.init) ?? "-") \($0.name)" }
        #expect(
            ranking == [
                "1 教育局", "2 发改局", "2 工信局", "4 住建局", "4 高新园", "4 民政局",
                "7 经开区", "7 科技局", "- 卫健局",
            ])
        let industry = bulletin.units.first { $0.name == "工信局" }
        // Task (7) has two lead units and counts for both.
        #expect(
            industry
                == Bulletin.UnitLine(
                    name: "工信局", rank: 2, tasks: 2, green: 0, yellow: 1, red: 0,
                    done: 1, pending: 0, rate: 0.5))
        #expect(bulletin.units.first { $0.name == "卫健局" }?.rate == nil)
        #expect(bulletin.units.first?.rate == 1)
        #expect(bulletin.rankingRule.contains("红灯权重为黄灯的2倍") && bulletin.rankingRule.contains("少于1项"))
    }

    /// The default minimum of three tasks with a light: in this small plan no unit has three, so
    /// all are listed, none ranked (one task decides too little).
    @Test func unitsWithTooFewTasksAreListedNotRanked() {
        let bulletin = BulletinDrafter.draft(September.input())
        #expect(bulletin.units.count == 9)
        #expect(bulletin.units.allSatisfy { $0.rank == nil })
    }

    /// 科技局 with one yellow and 交警大队 with three reds: one red weighs two yellows, so the
    /// unit with reds ranks lower, and with the default minimum 科技局 is not ranked at all.
    @Test func redWeighsMoreThanYellow() {
        let tasks =
            [BulletinTask(id: 1, label: "1", text: "a", section: "s", leadUnits: ["科技局"], light: .yellow)]
            + (2...4).map { BulletinTask(id: $0, label: "\($0)", text: "b", section: "s", leadUnits: ["交警大队"], light: .red) }
            + (5...7).map { BulletinTask(id: $0, label: "\($0)", text: "c", section: "s", leadUnits: ["城管局"], light: $0 == 5 ? .yellow : .green) }
        let all = BulletinDrafter.draft(September.input(previous: [:], tasks: tasks, minimumToRank: 1))
        #expect(all.units.map { "\($0.rank!) \($0.name)" } == ["1 城管局", "2 科技局", "3 交警大队"])
        let standard = BulletinDrafter.draft(September.input(previous: [:], tasks: tasks))
        #expect(standard.units.map { "\($0.rank.map(String.init) ?? "-") \($0.name)" } == ["1 城管局", "2 交警大队", "- 科技局"])
    }

    @Test func collectiveNamesAreNeverRanked() {
        let tasks =
            (1...4).map { BulletinTask(id: $0, label: "\($0)", text: "t", section: "s", leadUnits: ["各街道"], light: .green) }
            + (5...7).map { BulletinTask(id: $0, label: "\($0)", text: "t", section: "s", leadUnits: ["民政局"], light: .yellow) }
        let bulletin = BulletinDrafter.draft(September.input(previous: [:], tasks: tasks, unrankable: ["各街道"]))
        #expect(bulletin.units.map(\.name) == ["民政局"])
        #expect(bulletin.total == 7, "its tasks are still counted")
    }

    /// 2 of 3 and 4 of 6 are the same rate: a tie, not a floating-point accident; the unit with
    /// more tasks is listed first.
    @Test func equalRatesOfDifferentSizesTie() {
        let lights: [(String, Light)] = [
            ("交通局", .green), ("交通局", .green), ("交通局", .yellow),
            ("城管局", .green), ("城管局", .done), ("城管局", .green),
            ("城管局", .green), ("城管局", .yellow), ("城管局", .yellow),
            ("水利局", .green), ("水利局", .green), ("水利局", .red),
        ]
        let tasks = lights.enumerated().map { index, item in
            BulletinTask(
                id: index + 1, label: "\(index + 1)", text: "任务\(index + 1)", section: "重点工作",
                leadUnits: [item.0], light: item.1)
        }
        let bulletin = BulletinDrafter.draft(September.input(previous: [:], tasks: tasks))
        #expect(bulletin.units.map(\.name) == ["城管局", "交通局", "水利局"])
        #expect(bulletin.units.map(\.rank) == [1, 1, 3])
    }

    @Test func progressReportingAndMissingAreKeptApart() {
        let bulletin = BulletinDrafter.draft(September.input())
        // 进度滞后: behind 序时 or below target, red first. A late report of a task on schedule is
        // not 进度滞后; a report never sent is 未报送, not 报送不及时.
        #expect(bulletin.lagging.map(\.id) == [2, 7])
        #expect(bulletin.lagging.map(\.light) == [.red, .yellow])
        #expect(bulletin.lagging[0].reasons == ["截至8月底应完成75%，实际40%", "有催办待回复"])
        #expect(bulletin.lagging[1].units == ["发改局", "工信局"])
        #expect(bulletin.late.map(\.id) == [3])
        #expect(bulletin.missing.map(\.id) == [9])
        #expect(bulletin.overdue.map(\.id) == [6])
        #expect(bulletin.urged.map(\.id) == [2, 9])
        // The first sentence only.
        #expect(bulletin.urged[1].text == "新增停车泊位1600个")
    }

    @Test func longTextsAreCut() {
        let text = "老城复兴样板区要见成效，以文化复兴、商圈振兴、旅游创新、城市更新同频共振为目标，统筹老城厢复兴发展和大运河文化带建设。"
        let excerpt = BulletinDrafter.excerpt(text)
        #expect(excerpt.count == BulletinDrafter.excerptLength + 1)
        #expect(excerpt.hasPrefix("老城复兴样板区要见成效，以文化复兴"))
        #expect(excerpt.hasSuffix("…"))
        #expect(BulletinDrafter.excerpt("新增养老床位200张。其余略。") == "新增养老床位200张")
    }

    @Test func instructionsInDateOrder() {
        let bulletin = BulletinDrafter.draft(September.input())
        #expect(bulletin.instructions.map(\.leader) == ["王区长", "李区长"])
    }

    /// Replies are asked for five working days after the bulletin is issued, not by a date tied to
    /// the month (a draft of 15 September used to ask for replies by 5 September).
    @Test func closingCountsTheReplyDateFromTheIssueDate() {
        let bulletin = BulletinDrafter.draft(September.input())
        #expect(bulletin.closing.contains("《2022年目标任务责任分解落实方案》"))
        // Thursday 15 September 2022: Friday 16, then 19, 20, 21, 22 September.
        #expect(bulletin.closing.contains("于9月22日前"))
        var december = September.input(month: 12)
        // Saturday 28 January 2023, a make-up workday: Sunday 29 January is one too, then 30, 31 January, 1, 2 February.
        december.issuedOn = PlanCalendar.date(2023, 1, 28, hour: 9)
        #expect(BulletinDrafter.draft(december).closing.contains("于2月2日前"))
        var beforeNationalDay = September.input()
        beforeNationalDay.issuedOn = PlanCalendar.date(2022, 9, 29, hour: 9)
        // Thursday 29 September: Friday 30, then the holiday, then 8, 9 (worked) and 10, 11 October.
        #expect(BulletinDrafter.draft(beforeNationalDay).closing.contains("于10月11日前"))
    }

    @Test func emptyPlanDraftsWithoutCrashing() {
        let input = BulletinInput(governmentName: "", planTitle: "", year: 2022, month: 1, tasks: [])
        let bulletin = BulletinDrafter.draft(input)
        #expect(bulletin.issuer == "督查室")
        #expect(bulletin.total == 0)
        #expect(bulletin.units.isEmpty && bulletin.sections.isEmpty && bulletin.lagging.isEmpty)
        #expect(
            bulletin.summary == "本通报依据1月份进展报告（2月5日截止），数据统计至2月5日。0项任务中绿灯0项、黄灯0项、红灯0项。"
                + "进度滞后0项，报送不及时0项，未报送0项。")
    }

    @Test func roundTripsThroughJSON() throws {
        let bulletin = BulletinDrafter.draft(September.input())
        let data = try JSONEncoder().encode(bulletin)
        #expect(try JSONDecoder().decode(Bulletin.self, from: data) == bulletin)
    }

    /// A bulletin stored before the reporting lists existed still reads, with them empty.
    @Test func anOlderStoredBulletinStillReads() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(BulletinDrafter.draft(September.input())))
                as? [String: Any])
        for key in ["late", "missing", "rankingRule", "cutoff", "draftedOn"] { object.removeValue(forKey: key) }
        let old = try JSONDecoder().decode(Bulletin.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.late.isEmpty && old.missing.isEmpty && old.rankingRule.isEmpty && old.cutoff == nil)
        #expect(old.lagging.map(\.id) == [2, 7])
    }
}
