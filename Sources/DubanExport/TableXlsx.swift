import DubanDocuments
import Foundation

/// Any list the office downloads (the assessment, the inspection list) as one Excel sheet: a
/// bold frozen header, numbers as numbers so they can be summed, widths from the content.
public enum TableXlsx {
    public enum Cell: Sendable {
        case text(String)
        case number(Double)
    }

    public static func write(sheet: String, header: [String], rows: [[Cell]]) throws -> Data {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        let name = String(sheet.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        let workbook =
            OfficeZip.xmlHeader
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"\(XmlText.escape(name.isEmpty ? "Sheet1" : name))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        return try OfficeZip.archive([
            (
                "[Content_Types].xml",
                OfficeZip.contentTypes([
                    ("/xl/workbook.xml", "\(main).sheet.main+xml"),
                    ("/xl/worksheets/sheet1.xml", "\(main).worksheet+xml"),
                    ("/xl/styles.xml", "\(main).styles+xml"),
                ])
            ),
            ("_rels/.rels", OfficeZip.relationships([("rId1", OfficeZip.officeDocumentType, "xl/workbook.xml")])),
            ("xl/workbook.xml", workbook),
            (
                "xl/_rels/workbook.xml.rels",
                OfficeZip.relationships([
                    ("rId1", OfficeZip.relationshipBase + "worksheet", "worksheets/sheet1.xml"),
                    ("rId2", OfficeZip.relationshipBase + "styles", "styles.xml"),
                ])
            ),
            ("xl/worksheets/sheet1.xml", worksheet(header: header, rows: rows)),
            ("xl/styles.xml", styles),
        ])
    }

    static func worksheet(header: [String], rows: [[Cell]]) -> String {
        let all: [[Cell]] = [header.map { .text($0) }] + rows
        let columns = all.map(\.count).max() ?? 0
        var xml = OfficeZip.xmlHeader + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml +=
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        xml += "<cols>"
        for column in 0..<columns {
            let widest = all.map { row in column < row.count ? width(row[column]) : 0 }.max() ?? 8
            xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(min(60, max(8, widest + 2)))\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        for (index, row) in all.enumerated() {
            xml += "<row r=\"\(index + 1)\">"
            for (column, cell) in row.enumerated() {
                let ref = "\(letters(column))\(index + 1)"
                let style = index == 0 ? " s=\"1\"" : ""
                switch cell {
                case .text(let text):
                    xml += "<c r=\"\(ref)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(XmlText.escape(text))</t></is></c>"
                case .number(let value):
                    xml += "<c r=\"\(ref)\"\(style)><v>\(value)</v></c>"
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// A CJK character is about two Latin ones wide.
    static func width(_ cell: Cell) -> Int {
        switch cell {
        case .number(let value): return String(value).count
        case .text(let text): return text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
        }
    }

    static func letters(_ column: Int) -> String { columnLetters(column + 1) }

    static let styles =
        OfficeZip.xmlHeader
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/><name val=\"黑体\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "</styleSheet>"
}
