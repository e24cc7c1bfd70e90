import DubanCore
import DubanDocuments
import DubanExport
import Foundation
import Testing

/// Bulletins to write: a hand-made September, and one drafted over a real plan's tasks.
enum BulletinSample {
    static func september(previous: [Int: Light] = [1: .green, 2: .yellow, 3: .green, 4: .yellow, 5: .green, 6: .pending])
        -> BulletinInput
    {
        let tasks = [
            BulletinTask(
                id: 1, label: "(1)", text: "年内完成37个老旧小区改造任务。", section: "四大功能区建设",
                leadUnits: ["住建局"], light: .green),
            BulletinTask(
                id: 2, label: "(2)", text: "力争数字经济产业规模突破120亿元，招引数字经济项目30个。",
                section: "四大功能区建设", leadUnits: ["经开区"], light: .red,
                reasons: ["应完成75%，实际40%", "催办逾期未回复"], causes: [.behindSchedule, .urgingOverdue],
                openUrgings: 1, urgedThisMonth: true),
            BulletinTask(
                id: 3, label: "(3)", text: "净增高新技术企业30家。", section: "产业转型升级",
                leadUnits: ["科技局"], light: .red, reasons: ["已过完成时限（2022年8月）"], causes: [.pastDeadline],
                overdue: true),
            BulletinTask(
                id: 4, label: "(4)", text: "推动传统产业智能转型<试点>&示范。", section: "产业转型升级",
                leadUnits: ["发改局", "工信局"], light: .yellow, reasons: ["8月报告为补报（逾期3天）"],
                causes: [.reportLate]),
            BulletinTask(
                id: 5, label: "1", text: "新增学位4770个。", section: "民生实事", leadUnits: ["教育局"],
                light: .done, closed: true),
            BulletinTask(
                id: 6, label: "2", text: "新建社区卫生服务站2个。", section: "民生实事", leadUnits: ["卫健局"],
                light: .pending),
        ]
        return BulletinInput(
            governmentName: "常州市钟楼区人民政府", planTitle: "2022年目标任务责任分解落实方案",
            year: 2022, month: 9, tasks: tasks, previousLights: previous,
            instructions: [
                BulletinInstruction(
                    taskLabel: "(2)", leader: "李区长",
                    text: "请经开区倒排工期，确保年底前完成。",
                    date: PlanCalendar.date(2022, 9, 20, hour: 9))
            ],
            minimumToRank: 1)
    }

    /// Every task of a plan with a light picked by its position: most green, some yellow and
    /// red, a few done; as a real September might look.
    static func fromPlan(_ plan: Plan, month: Int = 9) -> BulletinInput {
        let cycle: [Light] = [.green, .green, .yellow, .green, .red, .green, .done, .green, .yellow, .green]
        let tasks = plan.tasks.enumerated().map { index, task in
            let light = cycle[index % cycle.count]
            return BulletinTask(
                id: index + 1, label: task.label, text: task.text, section: task.path.first ?? "",
                leadUnits: task.leadUnits, light: light,
                reasons: light == .red ? ["应完成75%，实际30%"] : light == .yellow ? ["应完成75%，实际60%"] : [],
                causes: light == .red || light == .yellow ? [.behindSchedule] : [],
                urgedThisMonth: light == .red, closed: light == .done)
        }
        return BulletinInput(
            governmentName: plan.government ?? "", planTitle: "\(plan.year ?? 2022)年目标任务责任分解落实方案",
            year: plan.year ?? 2022, month: month, tasks: tasks)
    }
}

@Suite struct BulletinDocxTests {
    static func paragraphs(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
    }

    @Test func partsAreWellFormedAndComplete() throws {
        let data = try BulletinDocx.write(BulletinDrafter.draft(BulletinSample.september()))
        #expect(try ExportSupport.entries(data).first == "[Content_Types].xml")
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
            let xml = try #require(try ExportSupport.part(data, part), "\(part) present")
            #expect(ExportSupport.isWellFormed(xml), "\(part) is well-formed")
        }
    }

    @Test func readsInTheOrderTheOfficeSendsIt() throws {
        let bulletin = BulletinDrafter.draft(BulletinSample.september())
        let data = try BulletinDocx.write(bulletin)
        let document = try DocumentReader().read(data: data, name: "bulletin.docx")
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.first == "常州市钟楼区人民政府督查室")
        #expect(paragraphs.dropFirst().first == "2022年9月政府工作报告重点任务推进情况通报")
        #expect(paragraphs.contains(bulletin.summary))
        #expect(
            paragraphs.contains {
                $0.hasPrefix(
                    "本通报依据9月份进展报告（10月5日截止），数据统计至10月5日。"
                        + "6项任务中绿灯1项、黄灯1项、红灯2项，已办结1项，尚未到期1项。")
            })

        let headings = paragraphs.filter { $0.count < 16 && $0.contains("、") && !$0.contains("项") }
        #expect(
            headings == [
                "一、总体情况", "二、分领域推进情况", "三、责任单位推进情况排名", "四、进度滞后任务",
                "五、报送不及时任务", "六、未报送任务", "七、逾期未完成任务", "八、本月催办任务", "九、领导批示", "十、工作要求",
            ])

        // The lagging list: red first, each with its reasons under it.
        let lagging = paragraphs.filter { $0.hasPrefix("1. ") || $0.hasPrefix("2. ") || $0.hasPrefix("3. ") }
        #expect(lagging.first == "1. 红灯 ■ (2) 力争数字经济产业规模突破120亿元，招引数字经济项目30个（牵头单位：经开区）")
        #expect(paragraphs.contains("原因：应完成75%，实际40%；催办逾期未回复"))
        // A late report of a task on schedule is 报送不及时, not 进度滞后.
        #expect(paragraphs.contains("1. 黄灯 ▲ (4) 推动传统产业智能转型<试点>&示范（牵头单位：发改局、工信局）"))
        #expect(paragraphs.contains(bulletin.rankingRule))
        #expect(paragraphs.contains("李区长（9月20日）对第(2)项任务批示：“请经开区倒排工期，确保年底前完成。”"))
        #expect(paragraphs.last == bulletin.closing)
    }

    @Test func tablesOfCountsSectionsAndUnits() throws {
        let bulletin = BulletinDrafter.draft(BulletinSample.september())
        let document = try DocumentReader().read(data: try BulletinDocx.write(bulletin), name: "bulletin.docx")
        #expect(document.tables.count == 3)
        let texts = document.tables.map { $0.rows.map { $0.cells.map(\.text) } }

        // Counts with the change from August (green 3, yellow 1, pending 1 then).
        #expect(texts[0].first == ["灯色", "任务数", "占比", "较上月"])
        #expect(texts[0][1] == ["绿灯 ●", "1", "16.7%", "-2"])
        #expect(texts[0][3] == ["红灯 ■", "2", "33.3%", "+2"])
        #expect(texts[0][5] == ["未到期 ○", "1", "16.7%", "持平"])
        #expect(texts[0].last == ["合计", "6", "100%", "持平"])

        #expect(texts[1].first == ["领域", "任务数", "绿灯", "黄灯", "红灯", "已办结", "未到期"])
        #expect(texts[1].dropFirst().map(\.first) == ["四大功能区建设", "产业转型升级", "民生实事"])
        #expect(texts[1][2] == ["产业转型升级", "2", "0", "1", "1", "0", "0"])

        #expect(texts[2].first == ["名次", "牵头单位", "任务数", "绿灯", "黄灯", "红灯", "已办结", "未到期", "绿灯及\n办结率"])
        #expect(texts[2][1] == ["1", "住建局", "1", "1", "0", "0", "0", "0", "100%"])
        #expect(
            texts[2].dropFirst().map { $0[0] + " " + $0[1] }
                == ["1 住建局", "1 教育局", "3 发改局", "3 工信局", "5 经开区", "5 科技局", "— 卫健局"])
    }

    @Test func firstBulletinHasNoChangeColumn() throws {
        let bulletin = BulletinDrafter.draft(BulletinSample.september(previous: [:]))
        let document = try DocumentReader().read(data: try BulletinDocx.write(bulletin), name: "bulletin.docx")
        #expect(document.tables.first?.rows.first?.cells.map(\.text) == ["灯色", "任务数", "占比"])
    }

    @Test func emptyListsSayNone() throws {
        var input = BulletinSample.september()
        input.tasks = input.tasks.filter { $0.light == .green || $0.light == .done }
        input.instructions = []
        let document = try DocumentReader().read(data: try BulletinDocx.write(BulletinDrafter.draft(input)), name: "b.docx")
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.filter { $0 == "无。" }.count == 5)
        #expect(!paragraphs.contains { $0.hasSuffix("领导批示") })
    }

    @Test func editedParagraphsKeepTheirLines() throws {
        var bulletin = BulletinDrafter.draft(BulletinSample.september())
        bulletin.summary = "第一段，已由督查室修改。\n\n第二段：<请注意>&核实。"
        let document = try DocumentReader().read(data: try BulletinDocx.write(bulletin), name: "b.docx")
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.contains("第一段，已由督查室修改。"))
        #expect(paragraphs.contains("第二段：<请注意>&核实。"))
    }

    @Test func officialLayoutAndFonts() throws {
        let data = try BulletinDocx.write(BulletinDrafter.draft(BulletinSample.september()))
        let xml = try #require(try ExportSupport.part(data, "word/document.xml"))
        let styles = try #require(try ExportSupport.part(data, "word/styles.xml"))
        // A4 portrait, a red letterhead over a red rule, 黑体 headings on a 仿宋 body.
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(xml.contains("<w:color w:val=\"C00000\"/>"))
        #expect(xml.contains("<w:bottom w:val=\"single\" w:sz=\"18\" w:space=\"6\" w:color=\"C00000\"/>"))
        #expect(xml.contains("w:eastAsia=\"黑体\""))
        #expect(styles.contains("w:eastAsia=\"仿宋\""))
        #expect(xml.contains("<w:tblHeader/>"))
    }

    @Test func sameBulletinSameBytes() throws {
        let bulletin = BulletinDrafter.draft(BulletinSample.september())
        #expect(try BulletinDocx.write(bulletin) == BulletinDocx.write(bulletin))
    }

    @Test func draftedOverTheZhonglouPlan() throws {
        let plan = try ExportSupport.imported("zhonglou-2022")
        let bulletin = BulletinDrafter.draft(BulletinSample.fromPlan(plan))
        let data = try BulletinDocx.write(bulletin)
        let xml = try #require(try ExportSupport.part(data, "word/document.xml"))
        #expect(ExportSupport.isWellFormed(xml))
        let document = try DocumentReader().read(data: data, name: "zhonglou-bulletin.docx")
        let unitRows = document.tables[2].rows.dropFirst()
        #expect(unitRows.count == bulletin.units.count)
        #expect(Self.paragraphs(document).contains { $0.hasPrefix("本通报依据9月份进展报告（10月5日截止），数据统计至10月5日。\(plan.tasks.count)项任务中") })
    }
}
