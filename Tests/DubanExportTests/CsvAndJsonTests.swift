import DubanCore
import DubanExport
import Foundation
import Testing

/// CSV as Excel saves it (BOM, CRLF, RFC 4180 quoting) and JSON exactly as `duban import --json`.
@Suite struct CsvAndJsonTests {
    @Test func csvHasBomCrlfAndQuoting() throws {
        let plan = try ExportSupport.imported("tianning-2022")
        let data = try PlanExporter().export(plan, as: .csv)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.contains("序号,工作标准,分管领导,牵头单位,配合单位,完成时限"))
        #expect(lines.contains("一、主要预期目标,,,,,"))
        #expect(lines.contains { $0.hasPrefix("附件2：") })
        // A cell with a line break is quoted, the break kept inside the quotes.
        #expect(text.contains(",\"市政设施：\r\n"))
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let plan = Plan(tasks: [PlanTask(attachment: 1, label: "1", text: "甲\"乙\",丙", leadUnits: ["发改局"])], format: .csv)
        let text = String(decoding: (try? PlanExporter().export(plan, as: .csv)) ?? Data(), as: UTF8.self)
        #expect(text.contains("1,\"甲\"\"乙\"\",丙\",发改局\r\n"))
    }

    /// A table saved as CSV by a spreadsheet keeps a merged heading's text in its first cell:
    /// such rows are read as the sections, sub-groups and attachments they were.
    @Test func csvHeadingRowsAreRead() throws {
        let csv = """
            某区2022年目标任务责任分解表
            序号,工作标准,牵头单位,配合单位
            一、稳增长,,,
            1,地区生产总值增长6%。,发改局,统计局
            促消费,,,
            (2),,,
            2,社会消费品零售总额增长7%。,商务局,
            附件2：民生实事,,,
            一、教育,,,
            1,新增学位4770个。,教育局,
            """
        let path = try ExportSupport.write(Data(csv.utf8), name: "headings.csv")
        let plan = try PlanImporter().importPlan(path: path)
        #expect(plan.tasks.map(\.attachment) == [1, 1, 2])
        #expect(plan.tasks.map(\.path) == [["稳增长"], ["稳增长", "促消费"], ["教育"]])
        #expect(plan.tasks.map(\.label) == ["1", "2", "1"])
        #expect(plan.year == 2022)
    }

    @Test func jsonIsWhatImportPrints() throws {
        let plan = try ExportSupport.imported("zhonglou-2022")
        let data = try PlanExporter().export(plan, as: .json)
        // Compared as JSON values: the encoder does not fix the key order inside `indicators`.
        let exported = try JSONSerialization.jsonObject(with: data) as? NSDictionary
        let printed = try JSONSerialization.jsonObject(with: Data(try PlanJSON.encode(plan).utf8)) as? NSDictionary
        #expect(exported != nil && exported == printed)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("{\n  \"schema\": \"duban.plan/1\",\n"))
    }

    @Test func formatFromFileName() {
        #expect(ExportFormat(fileName: "/tmp/方案.DOCX") == .docx)
        #expect(ExportFormat(fileName: "out.xlsx") == .xlsx)
        #expect(ExportFormat(fileName: "a.b/plan") == nil)
        #expect(ExportFormat(fileName: "plan.pdf") == nil)
    }
}
