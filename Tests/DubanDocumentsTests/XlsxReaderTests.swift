import Foundation
import Testing

@testable import DubanDocuments

/// Excel files written by LibreOffice from the gold plans, and hand-built ones for the
/// corners of SpreadsheetML.
@Suite struct XlsxReaderTests {
    @Test func zhonglouSheetsInOrder() throws {
        let document = try Fixture.read("office/zhonglou-2022.xlsx")
        #expect(document.format == .xlsx)
        #expect(document.paragraphs.map(\.text) == ["附件1", "附件2"])
        #expect(document.paragraphs[0].location == SourceLocation(sheet: "附件1"))
        #expect(document.tables.count == 2)
        #expect(document.tables.map { $0.location.sheet } == ["附件1", "附件2"])
        guard case .paragraph = document.blocks[0], case .table = document.blocks[1] else {
            Issue.record("a sheet is its name, then its table")
            return
        }
    }

    @Test func zhonglouTitleRowsAndHeader() throws {
        let table = try Fixture.read("office/zhonglou-2022.xlsx").tables[0]
        #expect(table.rows.allSatisfy { $0.cells.count == 7 })
        // Government, 附件1 and the title: one cell merged across the sheet.
        #expect(table.rows[0].cells[0].text == "常州市钟楼区人民政府")
        #expect(table.rows[0].cells.dropFirst().allSatisfy { $0.merge == .fromLeft && $0.text.isEmpty })
        #expect(table.rows[1].cells[0].text == "附件1")
        #expect(table.rows[3].cells.map(\.text) == DocxReaderTests.zhonglouHeader)
        #expect(table.rows[3].cells[2].merge == .fromLeft)
        #expect(table.rows[3].location == SourceLocation(sheet: "附件1", row: 4))
        #expect(table.rows[4].cells[3].location == SourceLocation(sheet: "附件1", row: 5, column: 4))
    }

    /// The same plan through Word and through Excel: the same cells and the same merges.
    @Test func zhonglouMatchesTheWordTable() throws {
        let word = try Fixture.read("office/zhonglou-2022.docx").tables
        let excel = try Fixture.read("office/zhonglou-2022.xlsx").tables
        for (index, titleRows) in [(0, 3), (1, 2)] {
            let wordRows = word[index].rows
            let excelRows = Array(excel[index].rows.dropFirst(titleRows))
            #expect(wordRows.count == excelRows.count)
            for (wordRow, excelRow) in zip(wordRows, excelRows) {
                #expect(wordRow.cells.map(\.text) == excelRow.cells.map(\.text))
                #expect(wordRow.cells.map(\.merge) == excelRow.cells.map(\.merge))
            }
        }
    }

    @Test func tianningSectionsNumbersAndDates() throws {
        let gold = try Fixture.gold("tianning-2022")
        let document = try Fixture.read("office/tianning-2022.xlsx")
        let sheet1 = document.tables[0]
        let headers = sheet1.rows.filter { $0.cells.map(\.text) == DocxReaderTests.tianningHeader }
        #expect(headers.count == 12)
        #expect(sheet1.rows.contains { $0.cells[0].text == "十二、加强区政府自身建设" })
        #expect(sheet1.rows.count == 3 + 12 * 2 + gold.tasks.filter { $0.attachment == 1 }.count)

        let sheet2 = document.tables[1]
        let first = sheet2.rows[3].cells
        #expect(first[1].text == "1")  // a number cell: 1, not 1.0
        #expect(first[4].text == "2022年12月")  // a date cell shown in its 年/月 format
        let municipal = try #require(sheet2.rows.lazy.map { $0.cells[3] }.first { $0.text.hasPrefix("市政设施：") })
        #expect(municipal.text.hasPrefix("市政设施：\n（1）"))
        let deadlines = gold.tasks.filter { $0.attachment == 2 && $0.inherited.contains("deadline") }.count
        #expect(sheet2.mergedFromAbove(column: 4) == deadlines)
        #expect(sheet2.rows.allSatisfy { $0.cells.count == 8 })
    }

    // MARK: - SpreadsheetML corners

    @Test func valuesStringsAndReferences() throws {
        let shared = [
            "<si><t>序号</t></si>",
            "<si><t>工作标准</t></si>",
            #"<si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r><rPh sb="0" eb="1"><t>フ</t></rPh></si>"#,
            "<si><t>第一行_x000D_\n第二行</t></si>",
        ]
        let styles =
            #"<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\年m\月"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>"#
            + #"<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>"#
        let sheet = """
            <sheetData>
            <row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="E2" t="inlineStr"><is><t>备注</t></is></c></row>
            <row r="3"><c r="B3"><v>12.0</v></c><c r="C3" t="s"><v>2</v></c><c r="D3" s="1"><v>44896</v></c><c r="E3" t="b"><v>1</v></c></row>
            <row r="5"><c r="B5"><v>0.30000000000000004</v></c><c t="s"><v>3</v></c><c s="2"><v>0.065</v></c><c s="3"><v>44562</v></c></row>
            <row r="6"><c r="C6" s="1"/></row>
            </sheetData>
            """
        let document = try TestXlsx.read(TestXlsx.make(sheets: [("附件1", sheet)], sharedStrings: shared, styles: styles))
        let table = document.tables[0]
        // Column A and row 4 hold nothing and are left out; row 6 has only a style, so it too.
        #expect(table.rows.map { $0.location.row } == [2, 3, 5])
        #expect(table.rows[0].cells.map(\.text) == ["序号", "工作标准", "", "备注"])
        #expect(table.rows[1].cells.map(\.text) == ["12", "富文本", "2022年12月", "TRUE"])
        // Cells without a reference follow the one before them.
        #expect(table.rows[2].cells.map(\.text) == ["0.3", "第一行\n第二行", "6.5%", "2022-01-01"])
        #expect(table.rows[2].cells[0].location == SourceLocation(sheet: "附件1", row: 5, column: 2))
        #expect(table.rows.allSatisfy { $0.cells.allSatisfy { $0.merge == .none } })
    }

    @Test func mergedRanges() throws {
        var cells = ""
        for row in 1...4 {
            cells +=
                "<row r=\"\(row)\">"
                + (1...4).map { column in
                    let reference = "\(["A", "B", "C", "D"][column - 1])\(row)"
                    return "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(reference)</t></is></c>"
                }.joined() + "</row>"
        }
        let merges = #"<mergeCells count="3"><mergeCell ref="A2:A4"/><mergeCell ref="B2:C3"/><mergeCell ref="D4:D1"/></mergeCells>"#
        let table = try TestXlsx.read(TestXlsx.make(sheets: [("表", "<sheetData>\(cells)</sheetData>\(merges)")])).tables[0]
        let shape = table.rows.map { $0.cells.map { $0.merge == .none ? $0.text : $0.merge == .fromAbove ? "^" : "<" } }
        #expect(
            shape == [
                ["A1", "B1", "C1", "D1"],
                ["A2", "B2", "<", "^"],
                ["^", "^", "^", "^"],
                ["^", "B4", "C4", "^"],
            ])
    }

    @Test func hiddenAndChartSheetsSkipped() throws {
        let row = #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c></row></sheetData>"#
        let chart = #"<sheet name="图表" sheetId="9" r:id="rIdChart"/>"#
        let data = TestXlsx.make(
            sheets: [("隐藏", row), ("附件1", row), ("空白", "<sheetData/>")],
            hidden: ["隐藏"], extraSheetEntries: chart)
        let document = try TestXlsx.read(data)
        #expect(document.paragraphs.map(\.text) == ["附件1"])
        #expect(document.tables.count == 1)
    }

    @Test func forgedMergeIsClippedToTheFilledCells() throws {
        let sheet =
            #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c></row>"#
            + #"<row r="2"><c r="A2"><v>1</v></c></row></sheetData>"#
            + #"<mergeCells><mergeCell ref="A2:XFD1048576"/><mergeCell ref="ZZZZ1:A1"/></mergeCells>"#
        let table = try TestXlsx.read(TestXlsx.make(sheets: [("表", sheet)])).tables[0]
        #expect(table.rows.count == 2)
        #expect(table.rows[1].cells.map(\.merge) == [.none, .fromLeft])
    }

    @Test func workbookWithoutSheetsHasNoTable() {
        let data = TestXlsx.make(sheets: [("空", "<sheetData/>")])
        #expect(Fixture.error { try TestXlsx.read(data) } == .noTable(file: "测试.xlsx"))
    }

    @Test func missingWorksheetPart() {
        let data = TestZip.make([
            ("xl/workbook.xml", #"<workbook xmlns:r="\#(TestXlsx.relationships)"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            (
                "xl/_rels/workbook.xml.rels",
                #"<Relationships><Relationship Id="rId1" Type="\#(TestXlsx.relationships)/worksheet" Target="worksheets/gone.xml"/></Relationships>"#
            ),
        ])
        #expect(Fixture.error { try TestXlsx.read(data) } == .missingPart(file: "测试.xlsx", part: "xl/worksheets/gone.xml"))
    }

    @Test func numberFormatting() {
        #expect(XlsxValues.plain(12) == "12")
        #expect(XlsxValues.plain(-3) == "-3")
        #expect(XlsxValues.plain(2.5) == "2.5")
        #expect(XlsxValues.plain(1e20) == "1e+20")
        #expect(XlsxValues.number("44896", format: .init(id: 57, code: nil), date1904: false) == "2022年12月")
        #expect(XlsxValues.number("43434", format: .init(id: 14, code: nil), date1904: true) == "2022-12-01")
        #expect(XlsxValues.number("not a number", format: .general, date1904: false) == "not a number")
        #expect(XlsxValues.NumberFormat.classify("0.00E+00") == .general)
        #expect(XlsxValues.NumberFormat.classify("#,##0") == .general)
        #expect(XlsxValues.NumberFormat.classify(#"m"月"d"日""#) == .date(.monthDay, chinese: true))
        #expect(XlsxValues.cellReference("$AB$12")?.row == 12)
        #expect(XlsxValues.cellReference("$AB$12")?.column == 28)
        #expect(XlsxValues.cellReference("XFE1") == nil)
    }
}
