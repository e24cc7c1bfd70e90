import Foundation
import Testing

@testable import DubanDocuments

@Suite struct DelimitedReaderTests {
    static let shishiHeader = ["主题", "序号", "实事名称", "内容及标准", "完成时限", "分管区领导", "牵头单位", "配合单位"]

    static func read(_ text: String, separator: Character = ",") throws -> Document {
        try DelimitedReader.read(text: text, separator: separator, file: "测试.csv")
    }

    @Test func fixtureCSV() throws {
        let gold = try JSONDecoder().decode(
            Fixture.GoldPlan.self,
            from: Fixture.data("layouts/csv/tianning-2022-shishi.gold.json"))
        let document = try Fixture.read("layouts/csv/tianning-2022-shishi.csv")
        #expect(document.format == .csv)
        #expect(document.paragraphs.map(\.text) == ["常州市天宁区人民政府 天宁区2022年民生实事责任分解落实方案"])
        #expect(document.tables.count == 1)
        let table = document.tables[0]
        #expect(table.rows[0].cells.map(\.text) == Self.shishiHeader)
        #expect(table.rows.count == 1 + gold.tasks.count)
        #expect(table.rows.allSatisfy { $0.cells.count == 8 })
        #expect(table.rows.allSatisfy { $0.cells.allSatisfy { $0.merge == .none } })
        // A quoted field runs over several lines; the next record's line number says so.
        let municipal = try #require(table.rows.first { $0.cells[3].text.hasPrefix("市政设施：") })
        #expect(municipal.cells[3].text.hasPrefix("市政设施：\n（1）"))
        let index = try #require(table.rows.firstIndex { $0.location == municipal.location })
        let lineBreaks = municipal.cells.map { $0.text.filter { $0 == "\n" }.count }.reduce(0, +)
        #expect(table.rows[index + 1].location.line == municipal.location.line! + lineBreaks + 1)
        // Full-width commas are text, not separators.
        #expect(table.rows[1].cells[3].text.contains("，"))
        #expect(table.rows[1].cells[7].text == "开发区、郑陆镇、各街道、发改局、财政局、住建局、文体旅局、资规分局")
    }

    @Test func quotingRules() throws {
        let text =
            "序号,工作标准,牵头单位\r\n"
            + "1,\"含,逗号\",住建局\r\n"
            + "2,\"他说\"\"好\"\"\",\"跨\r\n两行\"\r\n"
            + "3, \"前有空格\" ,\n"
            + "4,未加引号的\"引号\",\n"
        let table = try Self.read(text).tables[0]
        #expect(
            table.rows.map { $0.cells.map(\.text) } == [
                ["序号", "工作标准", "牵头单位"],
                ["1", "含,逗号", "住建局"],
                ["2", "他说\"好\"", "跨\n两行"],
                ["3", "前有空格", ""],
                ["4", "未加引号的\"引号\"", ""],
            ])
        #expect(table.rows[3].location == .line(5))
        #expect(table.rows[3].cells[2] == Cell(text: "", merge: .none, location: SourceLocation(line: 5, column: 3)))
    }

    @Test func raggedRowsAreFilledOut() throws {
        let table = try Self.read("序号,目标名称,工作标准,牵头单位\n1,甲\n\n2,乙,丙,丁,多出\n").tables[0]
        #expect(table.rows.count == 3)
        #expect(table.rows.allSatisfy { $0.cells.count == 5 })
        #expect(table.rows[1].cells.map(\.text) == ["1", "甲", "", "", ""])
    }

    @Test func tabSeparated() throws {
        let document = try DocumentReader().read(
            data: Data("序号\t工作标准\t牵头单位\n1\t甲，乙\t\"住建局\t财政局\"\n".utf8),
            name: "计划.tsv")
        #expect(document.format == .tsv)
        #expect(document.tables[0].rows[1].cells.map(\.text) == ["1", "甲，乙", "住建局\t财政局"])
    }

    @Test func titleLinesBeforeTheHeader() throws {
        let document = try Self.read("2022年重点工作责任分解表,,\n,,\n序号,工作标准,牵头单位\n1,甲,乙\n")
        #expect(document.paragraphs.map(\.text) == ["2022年重点工作责任分解表"])
        #expect(document.tables[0].location == .line(3))
    }

    @Test func unclosedQuote() {
        let error = Fixture.error { try Self.read("序号,工作标准\n1,\"没有\n结束\n2,乙\n") }
        #expect(error == .unclosedQuote(file: "测试.csv", line: 2))
        #expect(error?.description == "测试.csv：第2行：引号没有闭合（从这里开始的带引号字段直到文件末尾都没有结束）")
    }

    @Test func noHeaderRow() {
        #expect(Fixture.error { try Self.read("1,2,3\n4,5,6\n") } == .noTable(file: "测试.csv"))
        // A full-width comma does not separate, so this is one field per line and no header.
        #expect(Fixture.error { try Self.read("序号，目标名称，工作标准\n1，甲，乙\n") } == .noTable(file: "测试.csv"))
        #expect(Fixture.error { try Self.read("") } == .noTable(file: "测试.csv"))
    }

    @Test func cellLimit() {
        let text = "序号,工作标准\n" + String(repeating: "1,甲\n", count: 100)
        let error = Fixture.error { try DelimitedReader.read(text: text, separator: ",", file: "大.csv", cellLimit: 50) }
        #expect(error == .tableTooLarge(file: "大.csv", limitCells: 50))
    }
}
