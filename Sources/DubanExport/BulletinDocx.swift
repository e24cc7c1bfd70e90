import DubanCore
import DubanStrings
import Foundation

/// A drafted `Bulletin` → the Word document the office sends: A4 portrait with 公文 margins, the
/// issuer as a red letterhead over a red rule, the title, then numbered parts in 黑体 headings
/// with 仿宋 text: the summary and a table of counts (with the change from last month when there
/// was one), the section table, the unit ranking, the named tasks with their reasons, the
/// leaders' instructions and the closing. Tables reuse `DocxWriter`'s cells; parts are packed by
/// `OfficeZip`, so the same bulletin gives the same bytes.
public enum BulletinDocx {
    /// A4 portrait; margins 37 / 26 / 35 / 28 mm as GB/T 9704 sets them for official documents.
    static let pageWidth = 11_906
    static let pageHeight = 16_838
    static let marginTop = 2_098
    static let marginRight = 1_474
    static let marginBottom = 1_984
    static let marginLeft = 1_587
    static var textWidth: Int { pageWidth - marginLeft - marginRight }

    /// The order a bulletin lists lights in: on track, behind, seriously behind, done, not yet due.
    static let lightOrder: [Light] = [.green, .yellow, .red, .done, .pending]

    public static func write(_ bulletin: Bulletin) throws -> Data {
        try OfficeZip.wordDocument(document(bulletin), styles: styles)
    }

    static func document(_ bulletin: Bulletin) -> String {
        typealias BulletinText = Strings.Bulletin
        var body = paragraph(bulletin.issuer, .letterhead) + paragraph(bulletin.title, .title)
        var part = 0
        func heading(_ title: String) {
            part += 1
            body += paragraph(BulletinText.heading(part, title), .heading)
        }

        heading(BulletinText.headingOverview)
        body += paragraphs(bulletin.summary, .body)
        body += countsTable(bulletin) + "<w:p/>"

        if !bulletin.sections.isEmpty {
            heading(BulletinText.headingSections)
            body += sectionTable(bulletin.sections) + "<w:p/>"
        }
        if !bulletin.units.isEmpty {
            heading(BulletinText.headingUnits)
            body += unitTable(bulletin.units)
            if !bulletin.rankingRule.isEmpty { body += paragraph(bulletin.rankingRule, .reason) }
            body += "<w:p/>"
        }

        heading(BulletinText.headingLagging)
        body += taskList(bulletin.lagging)
        heading(BulletinText.headingLate)
        body += taskList(bulletin.late)
        heading(BulletinText.headingMissing)
        body += taskList(bulletin.missing)
        heading(BulletinText.headingOverdue)
        body += taskList(bulletin.overdue)
        heading(BulletinText.headingUrged)
        body += taskList(bulletin.urged)

        if !bulletin.instructions.isEmpty {
            heading(BulletinText.headingInstructions)
            for instruction in bulletin.instructions {
                let day = PlanCalendar.calendar.dateComponents([.month, .day], from: instruction.date)
                body += paragraph(
                    BulletinText.instruction(
                        leader: instruction.leader, month: day.month ?? 0, day: day.day ?? 0,
                        taskLabel: instruction.taskLabel, text: instruction.text), .body)
            }
        }

        if !bulletin.closing.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            heading(BulletinText.headingClosing)
            body += paragraphs(bulletin.closing, .body)
        }

        return OfficeZip.xmlHeader
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
            + body
            + "<w:sectPr><w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(marginTop)\" w:right=\"\(marginRight)\" w:bottom=\"\(marginBottom)\" "
            + "w:left=\"\(marginLeft)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    }

    // MARK: Tables

    static func countsTable(_ bulletin: Bulletin) -> String {
        typealias BulletinText = Strings.Bulletin
        let total = bulletin.total
        let withChange = !bulletin.changes.isEmpty
        var columns = [Column(BulletinText.columnLight, 9), Column(BulletinText.columnCount, 9), Column(BulletinText.columnShare, 9)]
        if withChange { columns.append(Column(BulletinText.columnChange, 9)) }
        func share(_ count: Int) -> String {
            total == 0 ? BulletinText.noRate : Strings.Supervision.percent(100 * Double(count) / Double(total))
        }
        // Not-yet-due is left out when there is none now and was none before.
        let shown = lightOrder.filter { $0 != .pending || bulletin.count($0) > 0 || (bulletin.change($0) ?? 0) != 0 }
        var rows: [[String]] = shown.map { light in
            var row = [light.display, String(bulletin.count(light)), share(bulletin.count(light))]
            if withChange { row.append(BulletinText.changeCell(bulletin.change(light) ?? 0)) }
            return row
        }
        var totals = [BulletinText.total, String(total), share(total)]
        if withChange { totals.append(BulletinText.changeCell(bulletin.changes.values.reduce(0, +))) }
        rows.append(totals)
        return table(columns, rows)
    }

    static func sectionTable(_ sections: [Bulletin.SectionLine]) -> String {
        typealias BulletinText = Strings.Bulletin
        let withPending = sections.contains { $0.pending > 0 }
        var columns = [Column(BulletinText.columnSection, 27, centered: false), Column(BulletinText.columnCount, 9)]
        columns += lightColumns(withPending: withPending)
        let rows = sections.map { line in
            [line.name, String(line.total)]
                + lightCells(
                    green: line.green, yellow: line.yellow, red: line.red, done: line.done,
                    pending: withPending ? line.pending : nil)
        }
        return table(columns, rows)
    }

    static func unitTable(_ units: [Bulletin.UnitLine]) -> String {
        typealias BulletinText = Strings.Bulletin
        let withPending = units.contains { $0.pending > 0 }
        var columns = [Column(BulletinText.columnRank, 7), Column(BulletinText.columnUnit, 20, centered: false), Column(BulletinText.columnCount, 9)]
        columns += lightColumns(withPending: withPending)
        columns.append(Column(BulletinText.columnRate, 9))
        let rows = units.map { line in
            [line.rank.map(String.init) ?? BulletinText.noRate, line.name, String(line.tasks)]
                + lightCells(
                    green: line.green, yellow: line.yellow, red: line.red, done: line.done,
                    pending: withPending ? line.pending : nil)
                + [line.rate.map { Strings.Supervision.percent($0 * 100) } ?? BulletinText.noRate]
        }
        return table(columns, rows)
    }

    static func lightColumns(withPending: Bool) -> [Column] {
        (withPending ? lightOrder : lightOrder.filter { $0 != .pending }).map { Column($0.word, 9) }
    }

    static func lightCells(green: Int, yellow: Int, red: Int, done: Int, pending: Int?) -> [String] {
        [green, yellow, red, done].map(String.init) + (pending.map { [String($0)] } ?? [])
    }

    /// A column and its share of the width: 9 fits a three-character header at 10.5 pt.
    struct Column {
        var header: String
        var weight: Int
        var centered: Bool

        init(_ header: String, _ weight: Int, centered: Bool = true) {
            self.header = header
            self.weight = weight
            self.centered = centered
        }
    }

    /// A bordered table across the text width, header row repeated on each page, cells as
    /// `DocxWriter` writes them (so both documents' tables look alike).
    static func table(_ columns: [Column], _ rows: [[String]]) -> String {
        let widths = DocxWriter.widths(columns.map(\.weight), filling: textWidth)
        var xml = DocxWriter.tableOpening(width: textWidth, columnWidths: widths, headers: columns.map(\.header))
        for row in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (index, column) in columns.enumerated() {
                xml += DocxWriter.cell(
                    index < row.count ? row[index] : "", width: widths[index],
                    style: column.centered ? .centered : .body)
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    // MARK: Lists and paragraphs

    static func taskList(_ lines: [Bulletin.TaskLine]) -> String {
        guard !lines.isEmpty else { return paragraph(Strings.Bulletin.noneListed, .body) }
        var xml = ""
        for (index, line) in lines.enumerated() {
            xml += paragraph(
                Strings.Bulletin.taskLine(
                    index: index + 1, light: line.light.display, label: line.label,
                    text: line.text, units: line.units), .body)
            if !line.reasons.isEmpty {
                xml += paragraph(Strings.Bulletin.reasons(line.reasons), .reason)
            }
        }
        return xml
    }

    enum Style {
        case letterhead, title, heading, body, reason

        /// Run properties in schema order (fonts, bold, colour, size).
        var runProperties: String {
            switch self {
            case .letterhead:
                "<w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:b/><w:color w:val=\"C00000\"/><w:spacing w:val=\"20\"/>"
                    + "<w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/></w:rPr>"
            // 20 pt keeps `2022年9月…推进情况通报` on one line across the text width.
            case .title: "<w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:b/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/></w:rPr>"
            case .heading: "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>"
            case .body: "<w:rPr><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>"
            case .reason: "<w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>"
            }
        }

        /// Paragraph properties in schema order (borders, spacing, indent, alignment).
        var paragraphProperties: String {
            switch self {
            // The red rule under the letterhead, as red-headed documents print it.
            case .letterhead:
                "<w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"18\" w:space=\"6\" w:color=\"C00000\"/></w:pBdr>"
                    + "<w:spacing w:after=\"480\"/><w:jc w:val=\"center\"/></w:pPr>"
            case .title: "<w:pPr><w:spacing w:after=\"360\" w:line=\"600\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr>"
            case .heading:
                "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:line=\"560\" w:lineRule=\"exact\"/>"
                    + "<w:ind w:firstLine=\"640\"/></w:pPr>"
            case .body: "<w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr>"
            case .reason: "<w:pPr><w:spacing w:line=\"440\" w:lineRule=\"exact\"/><w:ind w:left=\"640\" w:firstLine=\"560\"/><w:jc w:val=\"both\"/></w:pPr>"
            }
        }
    }

    static func paragraph(_ text: String, _ style: Style) -> String {
        "<w:p>\(style.paragraphProperties)<w:r>\(style.runProperties)"
            + "<w:t xml:space=\"preserve\">\(XmlText.escape(text))</w:t></w:r></w:p>"
    }

    /// An edited paragraph may hold line breaks: each line its own indented paragraph.
    static func paragraphs(_ text: String, _ style: Style) -> String {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { paragraph($0, style) }.joined()
    }

    /// 仿宋 for Chinese and Times New Roman for Latin; 10.5 pt (五号) in tables, as the plan's
    /// tables are, so nine columns fit the portrait width; the text sets its own 16 pt (三号).
    static let styles = OfficeZip.wordStyles(chineseFont: "仿宋")
}
