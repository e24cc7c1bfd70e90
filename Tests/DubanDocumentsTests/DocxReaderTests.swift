import Foundation
import Testing

@testable import DubanDocuments

/// Word files written by LibreOffice from the gold plans (scripts/make-office-fixtures.py),
/// and hand-built ones for the corners of WordprocessingML.
@Suite struct DocxReaderTests {
    static let zhonglouHeader = ["序号", "目标名称", "", "工作标准", "区政府分管领导", "牵头单位", "配合单位"]
    static let tianningHeader = ["序号", "目标名称", "工作标准", "牵头领导", "牵头单位", "配合单位"]

    @Test func zhonglouBlocksInReadingOrder() throws {
        let document = try Fixture.read("office/zhonglou-2022.docx")
        #expect(document.format == .docx)
        #expect(document.tables.count == 2)
        let order = document.blocks.map { block -> String in
            switch block {
            case .paragraph(let paragraph): paragraph.text
            case .table: "<table>"
            }
        }
        #expect(order.first == "常州市钟楼区人民政府")
        let first = try #require(order.firstIndex(of: "附件1"))
        let second = try #require(order.firstIndex(of: "附件2"))
        #expect(order[first + 1] == "2022年《政府工作报告》主要目标任务责任分解表")
        #expect(order[first + 2] == "<table>")
        #expect(order[second + 2] == "<table>")
        #expect(first < second)
    }

    @Test func zhonglouHeaderAndWidth() throws {
        let table = try Fixture.read("office/zhonglou-2022.docx").tables[0]
        let header = table.rows[0].cells
        #expect(header.map(\.text) == Self.zhonglouHeader)
        // 目标名称 spans the goal and sub-group columns.
        #expect(header[2].merge == .fromLeft)
        #expect(table.rows.count == 1 + 88)
        #expect(table.rows.allSatisfy { $0.cells.count == 7 })
        #expect(try Fixture.read("office/zhonglou-2022.docx").tables[1].rows.allSatisfy { $0.cells.count == 6 })
    }

    @Test func zhonglouCellsAndMerges() throws {
        let table = try Fixture.read("office/zhonglou-2022.docx").tables[0]
        let first = table.rows[1].cells
        #expect(first[0].text == "1")
        #expect(first[1].text == "四大功能区建设")
        #expect(first[2].merge == .fromLeft)  // a goal without sub-groups fills both columns
        #expect(first[3].text.hasPrefix("(1)老城复兴样板区要见成效"))
        #expect(first[4].text == "王旭锋、胡金芳、王行杰")
        #expect(first[5].text == "住建局")

        let second = table.rows[2].cells
        #expect(second[0].merge == .fromAbove && second[0].text.isEmpty)
        #expect(second[1].merge == .fromAbove)
        #expect(second[4].merge == .fromAbove)  // the leaders cell spans rows (1)–(3)
        #expect(second[5].text == "经开区" && second[5].merge == .none)

        // A goal with sub-groups: the sub-group in its own merged column.
        let row14 = try #require(table.rows.first { $0.cells[3].text.hasPrefix("(14)") })
        #expect(row14.cells[1].text == "推动创新动能更加充实")
        #expect(row14.cells[2].text == "以改革提升效能")
        #expect(row14.cells[2].location == SourceLocation(table: 1, row: row14.location.row, column: 3))
    }

    /// Every field the gold marks inherited was a merged cell in the issued table, so the
    /// reader must report exactly that many `.fromAbove` cells in each column.
    @Test func zhonglouMergesMatchGold() throws {
        let gold = try Fixture.gold("zhonglou-2022")
        let document = try Fixture.read("office/zhonglou-2022.docx")
        for (attachment, table, columns) in [(1, document.tables[0], [4, 5, 6]), (2, document.tables[1], [3, 4, 5])] {
            let tasks = gold.tasks.filter { $0.attachment == attachment }
            for (field, column) in zip(["leaders", "leadUnits", "coopUnits"], columns) {
                let inherited = tasks.filter { $0.inherited.contains(field) }.count
                #expect(table.mergedFromAbove(column: column) == inherited, "附件\(attachment) \(field)")
            }
        }
    }

    @Test func zhonglouLineBreaksInsideCells() throws {
        let table = try Fixture.read("office/zhonglou-2022.docx").tables[1]
        let cell = try #require(table.rows.lazy.map { $0.cells[2] }.first { $0.text.hasPrefix("1.改造提升五星公园") })
        #expect(cell.text.split(separator: "\n").count == 3)
        #expect(cell.text.contains("\n2.对全区符合临时利用条件的闲置地块"))
    }

    @Test func tianningOneTablePerSection() throws {
        let document = try Fixture.read("office/tianning-2022.docx")
        #expect(document.tables.count == 13)
        for table in document.tables.prefix(12) {
            #expect(table.rows[0].cells.map(\.text) == Self.tianningHeader)
            #expect(table.rows.allSatisfy { $0.cells.count == 6 })
        }
        // Each section heading is the paragraph just before its table.
        var previous: String?
        var headings: [String] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): previous = paragraph.text
            case .table: headings.append(previous ?? "")
            }
        }
        #expect(headings.first == "一、主要预期目标")
        #expect(headings[11] == "十二、加强区政府自身建设")
        #expect(headings[12] == "天宁区2022年民生实事责任分解落实方案")
        #expect(document.tables[12].location == SourceLocation(table: 13))
    }

    @Test func tianningShishiTable() throws {
        let gold = try Fixture.gold("tianning-2022")
        let table = try Fixture.read("office/tianning-2022.docx").tables[12]
        #expect(
            table.rows[0].cells.map(\.text)
                == ["主题", "序号", "实事名称", "内容及标准", "完成时限", "分管区领导", "牵头单位", "配合单位"])
        #expect(table.rows.count == 1 + gold.tasks.filter { $0.attachment == 2 }.count)
        let first = table.rows[1].cells
        #expect(first[0].text == "优质均衡教育")
        #expect(first[4].text == "2022年12月")
        // A sub-heading is its own paragraph in the cell, the sub-points line breaks.
        let municipal = try #require(table.rows.lazy.map { $0.cells[3] }.first { $0.text.hasPrefix("市政设施：") })
        #expect(municipal.text.hasPrefix("市政设施：\n（1）新增公共停车泊位1600个"))
        #expect(municipal.text.contains("\n（2）"))
        let deadlines = gold.tasks.filter { $0.attachment == 2 && $0.inherited.contains("deadline") }.count
        #expect(table.mergedFromAbove(column: 4) == deadlines)
    }

    // MARK: - WordprocessingML corners

    @Test func runsInsideWrappersAndDeletionsIgnored() throws {
        let body = TestDocx.table(
            grid: 2,
            rows: [
                TestDocx.cell("序号") + TestDocx.cell("工作标准"),
                TestDocx.cell("1") + """
                    <w:tc><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
                    <w:hyperlink r:id="rId9"><w:r><w:t>甲</w:t></w:r></w:hyperlink>\
                    <w:ins w:id="1"><w:r><w:t xml:space="preserve">乙 </w:t></w:r></w:ins>\
                    <w:del w:id="2"><w:r><w:delText>删去</w:delText></w:r></w:del>\
                    <w:smartTag><w:r><w:t>丙</w:t></w:r></w:smartTag>\
                    <w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>丁</w:t></w:r></w:sdtContent></w:sdt>\
                    <w:r><w:tab/><w:t>戊</w:t><w:br/><w:t>己</w:t></w:r>\
                    <w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>\
                    <mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>庚</w:t></w:r></mc:Choice>\
                    <mc:Fallback><w:r><w:t>庚</w:t></w:r></mc:Fallback></mc:AlternateContent>\
                    </w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p></w:tc>
                    """,
            ])
        let table = try TestDocx.read(body: body).tables[0]
        #expect(table.rows[1].cells[1].text == "甲乙 丙丁 戊\n己庚\n第二段")
    }

    @Test func spansMergesAndGridGaps() throws {
        let body =
            TestDocx.paragraph("附件1")
            + TestDocx.table(
                grid: 4,
                rows: [
                    TestDocx.cell("序号") + TestDocx.cell("名称", properties: #"<w:gridSpan w:val="2"/>"#) + TestDocx.cell("单位"),
                    TestDocx.cell("1", properties: #"<w:vMerge w:val="restart"/>"#)
                        + TestDocx.cell("甲", properties: #"<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>"#)
                        + TestDocx.cell("住建局"),
                    TestDocx.cell("", properties: "<w:vMerge/>")
                        + TestDocx.cell("", properties: #"<w:gridSpan w:val="2"/><w:vMerge w:val="continue"/>"#)
                        + TestDocx.cell("财政局"),
                    #"<w:trPr><w:gridBefore w:val="1"/></w:trPr>"# + TestDocx.cell("乙") + TestDocx.cell("丙"),
                ])
        let document = try TestDocx.read(body: body)
        #expect(document.paragraphs.map(\.text) == ["附件1"])
        let rows = document.tables[0].rows.map { $0.cells.map { "\($0.merge == .none ? "" : $0.merge.rawValue):\($0.text)" } }
        #expect(rows[0] == [":序号", ":名称", "fromLeft:", ":单位"])
        #expect(rows[1] == [":1", ":甲", "fromLeft:", ":住建局"])
        #expect(rows[2] == ["fromAbove:", "fromAbove:", "fromAbove:", ":财政局"])
        // gridBefore skips a column; the short row is filled out to the grid.
        #expect(rows[3] == [":", ":乙", ":丙", ":"])
        #expect(document.tables[0].rows[3].cells[3].location == SourceLocation(table: 1, row: 4, column: 4))
    }

    @Test func nestedTableFlattenedIntoItsCell() throws {
        let inner = TestDocx.table(grid: 2, rows: [TestDocx.cell("内甲") + TestDocx.cell("内乙")])
        let body = TestDocx.table(
            grid: 2,
            rows: [
                TestDocx.cell("序号") + TestDocx.cell("名称"),
                TestDocx.cell("1") + "<w:tc>\(TestDocx.paragraph("外"))\(inner)\(TestDocx.paragraph(""))</w:tc>",
            ])
        let document = try TestDocx.read(body: body)
        #expect(document.tables.count == 1)
        #expect(document.tables[0].rows[1].cells.map(\.text) == ["1", "外\n内甲\n内乙"])
    }

    @Test func forgedSpanIsBounded() throws {
        let body = TestDocx.table(grid: 1, rows: [TestDocx.cell("x", properties: #"<w:gridSpan w:val="999999999"/>"#)])
        let table = try TestDocx.read(body: body).tables[0]
        #expect(table.rows[0].cells.count == 1_000)
    }

    /// Paragraphs only: no table, and the paragraphs as lines for the prose reader.
    @Test func paragraphsOnlyGiveLines() throws {
        let document = try TestDocx.read(body: TestDocx.paragraph("附件1") + TestDocx.paragraph("说明"))
        #expect(document.tables.isEmpty)
        #expect(document.lines.map(\.text) == ["附件1", "说明"])
    }

    @Test func utf16Part() throws {
        let xml =
            #"<?xml version="1.0" encoding="UTF-16"?><w:document \#(TestDocx.namespaces)><w:body>"#
            + TestDocx.table(grid: 2, rows: [TestDocx.cell("序号") + TestDocx.cell("名称")]) + "</w:body></w:document>"
        var bytes = Data([0xFF, 0xFE])
        bytes.append(xml.data(using: .utf16LittleEndian)!)
        let read = try DocumentReader().read(data: TestZip.make([("word/document.xml", bytes)]), name: "宽.docx")
        #expect(read.tables[0].rows[0].cells.map(\.text) == ["序号", "名称"])
    }

    @Test func mainPartFoundThroughRelationships() throws {
        let document =
            #"<?xml version="1.0"?><w:document \#(TestDocx.namespaces)><w:body>"#
            + TestDocx.table(grid: 2, rows: [TestDocx.cell("序号") + TestDocx.cell("名称")]) + "</w:body></w:document>"
        let data = TestZip.make([
            (
                "_rels/.rels",
                #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>"#
            ),
            ("word/document2.xml", document),
        ])
        let read = try DocumentReader().read(data: data, name: "另名.docx")
        #expect(read.tables[0].rows[0].cells.map(\.text) == ["序号", "名称"])
    }
}
