import Foundation

/// `IssuedLayout` → a Word document: A4 landscape (a six-column table needs the width), the
/// government as a red letterhead, the title, then each attachment on a new page with its
/// marker, title and table. The header row repeats on every page; responsibility cells are
/// merged with `w:vMerge`, heading rows span with `w:gridSpan`.
enum DocxWriter {
    /// A4 landscape, 2 cm margins, in twentieths of a point.
    static let pageWidth = 16_838
    static let pageHeight = 11_906
    static let margin = 1_134
    static var tableWidth: Int { pageWidth - 2 * margin }

    static func write(_ layout: IssuedLayout) throws -> Data {
        try OfficeZip.wordDocument(document(layout), styles: styles)
    }

    static func document(_ layout: IssuedLayout) -> String {
        var body = ""
        if let letterhead = layout.letterhead {
            body += paragraph(letterhead, style: .letterhead)
        }
        body += paragraph(layout.title, style: .title)
        for (index, table) in layout.tables.enumerated() {
            if let marker = table.marker {
                body += paragraph(marker, style: .marker, pageBreakBefore: index > 0)
            }
            if !table.title.isEmpty {
                body += paragraph(table.title, style: .tableTitle)
            }
            body += self.table(table)
            // Word needs a paragraph between two tables, or it joins them into one.
            body += "<w:p/>"
        }
        return landscapeDocument(body)
    }

    /// The document part around `body`: one A4 landscape section with the margins above.
    static func landscapeDocument(_ body: String) -> String {
        OfficeZip.xmlHeader
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
            + body
            + "<w:sectPr><w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" "
            + "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    }

    static func table(_ table: IssuedTable) -> String {
        let widths = columnWidths(table.columns)
        var xml = tableOpening(width: tableWidth, columnWidths: widths, headers: table.columns.map(\.header))

        for (rowIndex, row) in table.rows.enumerated() {
            switch row {
            case .section(let text), .group(let text):
                let isSection = if case .section = row { true } else { false }
                xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                xml += cell(text, width: tableWidth, span: table.columns.count, style: isSection ? .section : .group)
                xml += "</w:tr>"
            case .task(let task):
                xml += "<w:tr>"
                for (index, column) in table.columns.enumerated() {
                    let merge: Merge =
                        task.continues[index]
                        ? .continued
                        : table.startsMerge(row: rowIndex, column: index) ? .restart : .none
                    xml += cell(
                        merge == .continued ? "" : task.cells[index], width: widths[index], merge: merge,
                        style: column.centered ? .centered : .body)
                }
                xml += "</w:tr>"
            }
        }
        return xml + "</w:tbl>"
    }

    /// Widths in twips from the columns' weights, the rounding left to the widest column.
    static func columnWidths(_ columns: [ExportColumn]) -> [Int] {
        widths(columns.map(\.weight), filling: tableWidth)
    }

    /// Column widths that fill `total` in proportion to `weights`; what rounding leaves goes to the widest.
    static func widths(_ weights: [Int], filling total: Int) -> [Int] {
        let sum = max(weights.reduce(0, +), 1)
        var widths = weights.map { total * $0 / sum }
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] += total - widths.reduce(0, +)
        }
        return widths
    }

    /// A bordered, fixed-layout table up to and including its header row, which Word repeats
    /// at the top of every page. The caller adds the body rows and `</w:tbl>`.
    static func tableOpening(width: Int, columnWidths widths: [Int], headers: [String]) -> String {
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (index, header) in headers.enumerated() {
            xml += cell(header, width: widths[index], style: .header, shaded: true)
        }
        return xml + "</w:tr>"
    }

    enum Merge { case none, restart, continued }

    enum TextStyle {
        case letterhead, title, marker, tableTitle, header, section, group, body, centered

        var centered: Bool {
            switch self {
            case .letterhead, .title, .tableTitle, .header, .centered: true
            default: false
            }
        }

        /// Run properties, in the order the schema wants them (fonts, bold, colour, size).
        var runProperties: String {
            switch self {
            case .letterhead: "<w:rPr><w:b/><w:color w:val=\"C00000\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr>"
            case .title: "<w:rPr><w:b/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr>"
            case .marker: "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>"
            case .tableTitle: "<w:rPr><w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>"
            case .header, .section: "<w:rPr><w:b/></w:rPr>"
            case .group, .body, .centered: ""
            }
        }

        /// Space after the paragraph, in twips.
        var spaceAfter: Int {
            switch self {
            case .letterhead, .title, .tableTitle: 240
            case .marker: 120
            default: 0
            }
        }
    }

    static func paragraph(_ text: String, style: TextStyle, pageBreakBefore: Bool = false) -> String {
        var properties = pageBreakBefore ? "<w:pageBreakBefore/>" : ""
        if style.spaceAfter > 0 { properties += "<w:spacing w:after=\"\(style.spaceAfter)\"/>" }
        if style.centered { properties += "<w:jc w:val=\"center\"/>" }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let runs = lines.map { "<w:t xml:space=\"preserve\">\(XmlText.escape(String($0)))</w:t>" }.joined(separator: "<w:br/>")
        return "<w:p>\(pPr)<w:r>\(style.runProperties)\(runs)</w:r></w:p>"
    }

    /// A table cell; each line of the text is a paragraph of its own, as a typist enters it.
    static func cell(
        _ text: String, width: Int, span: Int = 1, merge: Merge = .none, style: TextStyle,
        shaded: Bool = false
    ) -> String {
        var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        switch merge {
        case .none: break
        case .restart: properties += "<w:vMerge w:val=\"restart\"/>"
        case .continued: properties += "<w:vMerge/>"
        }
        if shaded { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/>" }
        properties += "<w:vAlign w:val=\"center\"/>"
        let paragraphs =
            text.isEmpty
            ? ["<w:p/>"]
            : text.split(separator: "\n", omittingEmptySubsequences: false).map {
                paragraph(String($0), style: style)
            }
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraphs.joined())</w:tc>"
    }

    /// Song typeface for Chinese, Times New Roman for Latin, 10.5 pt (五号), single spacing.
    static let styles = OfficeZip.wordStyles(chineseFont: "宋体")
}
