import DubanCore
import DubanDocuments
import DubanExport
import DubanStrings
import DubanTestSupport
import Foundation
import Testing

/// Tasks of Changzhou's 2022 plan as the importer reads them, with year-end facts of each kind:
/// figures met, near and short, a milestone not reported, qualitative work rated, and a task of
/// the 民生实事 attachment (no 序号) and one with two lead units.
enum YearEndFixture {
    struct Facts {
        var reported: [Double?] = []
        var percentComplete: Double?
        var grade: String?
        var rating: Double?
        var closed = false
        var narrative: String?
    }

    /// The standard's opening words (each unique in the plan) and the year-end facts given to it.
    static let chosen: [(start: String, facts: Facts)] = [
        ("地区生产总值增长", Facts(reported: [6.6])),
        ("一般公共预算收入增长", Facts(reported: [5.5])),
        ("城镇登记失业率", Facts(reported: [3.2])),
        ("单位地区生产总值能耗下降", Facts(closed: true)),
        ("进出口总额", Facts(reported: [2.71e9])),
        ("深入实施高新技术企业培育", Facts(reported: [1250, 560, 63])),
        ("支持天宁区", Facts()),
        ("深入推进法治政府建设", Facts(grade: "良好", rating: 0.85, narrative: "出台重大行政决策事项目录，全年办理行政复议案件312件。")),
        ("改造老旧小区", Facts(reported: [126, 215])),
    ]

    static func plan() throws -> Plan { try PlanImporter().importPlan(path: ExportSupport.sample("changzhou-2022")) }

    /// The plan's tasks that were chosen, in plan order, and their year-end facts.
    static func tasks() throws -> (plan: Plan, tasks: [PlanTask], facts: [YearEndTask]) {
        let plan = try plan()
        var picked: [PlanTask] = []
        var facts: [YearEndTask] = []
        for task in plan.tasks {
            guard let given = chosen.first(where: { task.text.hasPrefix($0.start) })?.facts else { continue }
            picked.append(task)
            facts.append(
                YearEndTask(
                    label: task.label, section: task.path.first, text: task.text, kind: task.kind ?? .qualitative,
                    indicators: task.indicators, reported: given.reported, percentComplete: given.percentComplete,
                    ratingGrade: given.grade, ratingValue: given.rating, closed: given.closed, leadUnits: task.leadUnits,
                    narrative: given.narrative))
        }
        return (plan, picked, facts)
    }

    static func rows() throws -> (title: String, rows: [YearEndRow], tasks: [PlanTask]) {
        let (plan, tasks, facts) = try tasks()
        let title = YearEndAccount.title(year: plan.year ?? 0, government: plan.government ?? "")
        return (title, YearEndAccount.rows(facts), tasks)
    }
}

/// The account's Word and Excel files: their layout, and that each imports back as the plan's tasks.
@Suite struct YearEndAccountExportTests {
    static let headers = ["序号", "目标任务", "牵头单位", "年末完成情况", "完成等次", "说明"]

    @Test func theFixtureCoversEveryStatus() throws {
        let (title, rows, tasks) = try YearEndFixture.rows()
        #expect(title == "常州市2022年《政府工作报告》目标任务完成情况对照表")
        #expect(tasks.count == YearEndFixture.chosen.count)
        #expect(Set(rows.map(\.status)) == Set(YearEndStatus.allCases))
        #expect(tasks.contains { $0.leadUnits.count > 1 } && tasks.contains { $0.label.isEmpty })
    }

    @Test func wordDocumentLayout() throws {
        let (title, rows, _) = try YearEndFixture.rows()
        let data = try YearEndAccountExport.docx(title: title, rows: rows)
        for part in try ExportSupport.entries(data) {
            let xml = try #require(try ExportSupport.part(data, part))
            #expect(ExportSupport.isWellFormed(xml), "\(part) is well-formed")
        }
        let xml = try #require(try ExportSupport.part(data, "word/document.xml"))
        #expect(xml.contains("w:orient=\"landscape\""))
        #expect(xml.contains("<w:tblHeader/>"))
        // The title is centred, above the table.
        let titleAt = try #require(xml.range(of: ">\(title)<"))
        let tableAt = try #require(xml.range(of: "<w:tbl>"))
        #expect(titleAt.lowerBound < tableAt.lowerBound)
        #expect(xml[..<titleAt.lowerBound].contains("<w:jc w:val=\"center\"/>"))

        let document = try DocumentReader().read(data: data, name: "year-end.docx")
        let paragraphs = document.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(paragraphs.first == title)
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.rows.first?.cells.map(\.text) == Self.headers)
        try expectRows(rows, in: table)
    }

    @Test func workbookLayout() throws {
        let (title, rows, _) = try YearEndFixture.rows()
        let data = try YearEndAccountExport.xlsx(title: title, rows: rows)
        for part in try ExportSupport.entries(data) {
            let xml = try #require(try ExportSupport.part(data, part))
            #expect(ExportSupport.isWellFormed(xml), "\(part) is well-formed")
        }
        let workbook = try #require(try ExportSupport.part(data, "xl/workbook.xml"))
        #expect(ExportSupport.attributes(of: "sheet", in: workbook, "name") == ["完成情况对照表"])
        #expect(workbook.contains("$2:$2"))
        let sheet = try #require(try ExportSupport.part(data, "xl/worksheets/sheet1.xml"))
        // The title spans the six columns; the header below it is frozen.
        #expect(ExportSupport.attributes(of: "mergeCell", in: sheet, "ref").first == "A1:F1")
        #expect(ExportSupport.attributes(of: "pane", in: sheet, "ySplit") == ["2"])
        #expect(sheet.contains("orientation=\"landscape\""))

        let document = try DocumentReader().read(data: data, name: "year-end.xlsx")
        let table = try #require(document.tables.first)
        #expect(table.rows.first?.cells.first?.text == title)
        #expect(table.rows.dropFirst().first?.cells.map(\.text) == Self.headers)
        try expectRows(rows, in: table)
    }

    /// Each row's cells, and a spanning 一、… heading wherever the section changes.
    func expectRows(_ rows: [YearEndRow], in table: Table) throws {
        for row in rows {
            let found = try #require(table.rows.first { $0.cells.count == 6 && $0.cells[1].text == row.text }, "row of \(row.text)")
            #expect(
                found.cells.map(\.text) == [
                    row.label, row.text, row.leadUnits.joined(separator: "、"), row.yearEndValue, row.status.label, row.reason,
                ])
        }
        let headings = table.rows.filter { $0.cells.dropFirst().allSatisfy { $0.merge == .fromLeft } }.map { $0.cells[0].text }
        #expect(headings.contains("一、主要预期目标"))
        #expect(headings.contains("二、推动创新驱动发展"))
    }

    @Test func theStatusesReadAsTheAccountStatesThem() throws {
        let (_, rows, _) = try YearEndFixture.rows()
        let byStart = { (start: String) in rows.first { $0.text.hasPrefix(start) } }
        #expect(byStart("地区生产总值增长")?.status == .completed)
        #expect(byStart("一般公共预算收入增长")?.reason == "一般公共预算收入增长5.5%，略低于目标6%")
        #expect(byStart("城镇登记失业率")?.reason == "城镇登记失业率3.2%，超过控制目标3%")
        #expect(byStart("进出口总额")?.yearEndValue == "实际使用外资27.1亿美元")
        #expect(byStart("深入实施高新技术企业培育")?.status == .basicallyCompleted)
        #expect(byStart("支持天宁区")?.status == .notJudged)
        #expect(byStart("改造老旧小区")?.status == .completed)
    }

    /// The exported account imported as a plan gives the same tasks: the same texts, labels and
    /// lead units, the sections as their paths; the three extra columns are read as nothing.
    @Test(arguments: ["docx", "xlsx"])
    func importsBackAsThePlansTasks(format: String) throws {
        let (title, rows, tasks) = try YearEndFixture.rows()
        let data =
            format == "docx"
            ? try YearEndAccountExport.docx(title: title, rows: rows) : try YearEndAccountExport.xlsx(title: title, rows: rows)
        let path = try ExportSupport.write(data, name: "year-end.\(format)")
        let back = try PlanImporter().importPlan(path: path)
        #expect(back.year == 2022)
        #expect(back.government == "常州市人民政府")
        #expect(back.tasks.map(\.text) == tasks.map(\.text))
        #expect(back.tasks.map(\.leadUnits) == tasks.map(\.leadUnits))
        #expect(back.tasks.map(\.label) == tasks.map(\.label))
        #expect(back.tasks.map { $0.path.first } == tasks.map { $0.path.first })
        #expect(back.tasks.allSatisfy { $0.coopUnits.isEmpty && $0.leaders.isEmpty && $0.deadline == nil })
        // The reader knew every column: nothing to ask the clerk, nothing guessed.
        #expect(ColumnQuestion.of(try DocumentReader().read(data: data, name: "year-end.\(format)")) == nil)
        let warnings = back.tasks.flatMap(\.warnings).filter { $0.code != .inheritedField }
        #expect(warnings.isEmpty, "\(warnings.map(\.sentence))")
    }

    @Test func sameRowsGiveTheSameBytes() throws {
        let (title, rows, _) = try YearEndFixture.rows()
        #expect(try YearEndAccountExport.docx(title: title, rows: rows) == YearEndAccountExport.docx(title: title, rows: rows))
        #expect(try YearEndAccountExport.xlsx(title: title, rows: rows) == YearEndAccountExport.xlsx(title: title, rows: rows))
    }
}

/// Both files open in LibreOffice and show the title, a lead unit and the rows' statuses.
@Suite(
    .tags(.libreOffice), .unlessSkipped(.libreOffice),
    .enabled(
        if: OfficeTools.shouldRun,
        "soffice (LibreOffice) or pdftotext (poppler-utils) not installed; set DUBAN_REQUIRE_OFFICE=1 to fail instead"))
struct YearEndAccountLibreOfficeTests {
    @Test(.timeLimit(.minutes(5)), arguments: ["docx", "xlsx"])
    func yearEndAccountOpens(format: String) throws {
        guard let tools = OfficeTools.requireTools() else { return }
        let (title, rows, _) = try YearEndFixture.rows()
        let data =
            format == "docx"
            ? try YearEndAccountExport.docx(title: title, rows: rows) : try YearEndAccountExport.xlsx(title: title, rows: rows)
        let text = OfficeTools.squeezed(try tools.pdfText(of: data, name: "year-end.\(format)"))
        for expected in [title, "完成等次", "市司法局", "基本完成", "未完成", "待判定"] {
            #expect(text.contains(OfficeTools.squeezed(expected)), "PDF of the .\(format) lacks “\(expected)”")
        }
    }
}
