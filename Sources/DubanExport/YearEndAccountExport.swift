import DubanCore
import DubanStrings
import Foundation

/// The year-end account (完成情况对照表) as the office sends it: a Word document (A4 landscape,
/// the title centred above one table whose header row repeats on every page) or an Excel sheet
/// (the title in a merged row above a frozen header). A change of section is a row spanning the
/// table, numbered `一、` as in the issued plan. The headers are ones the importer maps to the
/// plan's columns (序号, 目标任务 as the standard, 牵头单位) or reads as notes, so the file imports
/// back as the plan's tasks. Built from `DocxWriter`'s and `XlsxWriter`'s parts, so it looks like
/// the issued plan and gives the same bytes for the same rows.
public enum YearEndAccountExport {
    public static func docx(title: String, rows: [YearEndRow]) throws -> Data {
        try OfficeZip.wordDocument(document(title: title, rows: rows), styles: DocxWriter.styles)
    }

    public static func xlsx(title: String, rows: [YearEndRow]) throws -> Data {
        var strings = SharedStrings()
        let columns = Column.allCases
        var sheet = XlsxWriter.SheetRows(columnCount: columns.count)
        if !title.isEmpty { sheet.addSpanning(title, style: .title, height: 30, strings: &strings) }
        sheet.add(columns.map { ($0.header, XlsxWriter.Style.header) }, height: 24, strings: &strings)
        let headerRow = sheet.count
        let widths = columns.map(\.excelWidth)
        for line in lines(rows) {
            switch line {
            case .section(let heading):
                sheet.addSpanning(heading, style: .section, height: 22, strings: &strings)
            case .task(let row):
                let cells = columns.map { ($0.text(of: row), $0.centered ? XlsxWriter.Style.centered : .body) }
                // A set height does not grow with wrapped text: it is set from the cell with the most lines.
                let lineCount = columns.indices.map { XlsxWriter.lineCount(cells[$0].0, width: widths[$0]) }.max() ?? 1
                sheet.add(cells, height: Double(max(lineCount, 1)) * 14.25 + 6, strings: &strings)
            }
        }
        let xml = sheet.worksheet(widths: widths, headerRow: headerRow)
        return try XlsxWriter.package([(Strings.YearEnd.sheetName, xml, headerRow)], strings: strings)
    }

    static func document(title: String, rows: [YearEndRow]) -> String {
        let columns = Column.allCases
        let width = DocxWriter.tableWidth
        let widths = DocxWriter.widths(columns.map(\.weight), filling: width)
        var body = title.isEmpty ? "" : DocxWriter.paragraph(title, style: .title)
        body += DocxWriter.tableOpening(width: width, columnWidths: widths, headers: columns.map(\.header))
        for line in lines(rows) {
            body += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            switch line {
            case .section(let heading):
                body += DocxWriter.cell(heading, width: width, span: columns.count, style: .section)
            case .task(let row):
                for (index, column) in columns.enumerated() {
                    body += DocxWriter.cell(column.text(of: row), width: widths[index], style: column.centered ? .centered : .body)
                }
            }
            body += "</w:tr>"
        }
        // Word wants a paragraph after a table that ends the body.
        return DocxWriter.landscapeDocument(body + "</w:tbl><w:p/>")
    }

    enum Line: Equatable {
        /// `一、主要预期目标`, spanning the table.
        case section(String)
        case task(YearEndRow)
    }

    /// The rows with a numbered heading wherever the section changes.
    static func lines(_ rows: [YearEndRow]) -> [Line] {
        var lines: [Line] = []
        var current: String?
        var number = 0
        for row in rows {
            if let section = row.section?.trimmingCharacters(in: .whitespacesAndNewlines), !section.isEmpty, section != current {
                number += 1
                lines.append(.section(Strings.Export.sectionHeading(number, title: section)))
                current = section
            }
            lines.append(.task(row))
        }
        return lines
    }

    enum Column: CaseIterable {
        case number, task, leadUnits, yearEnd, status, reason

        var header: String {
            switch self {
            case .number: Strings.YearEnd.columnNumber
            case .task: Strings.YearEnd.columnTask
            case .leadUnits: Strings.YearEnd.columnLeadUnits
            case .yearEnd: Strings.YearEnd.columnYearEnd
            case .status: Strings.YearEnd.columnStatus
            case .reason: Strings.YearEnd.columnReason
            }
        }

        /// Short cells are centred, as in print.
        var centered: Bool { self == .number || self == .status }

        /// Share of the Word table's width, in hundredths.
        var weight: Int {
            switch self {
            case .number: 5
            case .task: 33
            case .leadUnits: 11
            case .yearEnd: 22
            case .status: 8
            case .reason: 21
            }
        }

        /// Width in Excel's units (a Chinese character takes two).
        var excelWidth: Double {
            switch self {
            case .number: 7
            case .task: 50
            case .leadUnits: 16
            case .yearEnd: 32
            case .status: 10
            case .reason: 34
            }
        }

        func text(of row: YearEndRow) -> String {
            switch self {
            case .number: row.label
            case .task: row.text
            case .leadUnits: row.leadUnits.joined(separator: Strings.Export.nameSeparator)
            case .yearEnd: row.yearEndValue
            case .status: row.status.label
            case .reason: row.reason
            }
        }
    }
}
