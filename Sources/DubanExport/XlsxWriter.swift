import DubanDocuments
import DubanStrings
import Foundation

/// `IssuedLayout` → an Excel workbook: one sheet per attachment (named `附件N`), the titles
/// in merged rows above the header, the header row frozen and printed on every page, heading
/// rows and shared responsibility cells as merged ranges, widths and heights set so the text
/// wraps readably. Text goes through the shared-strings table, as Excel itself writes it.
enum XlsxWriter {
    static func write(_ layout: IssuedLayout) throws -> Data {
        var strings = SharedStrings()
        var sheets: [(name: String, xml: String, headerRow: Int)] = []
        for (index, table) in layout.tables.enumerated() {
            let name = sheetName(table, index: index, taken: sheets.map(\.name))
            // The first sheet carries the document's own lines (the government, the title).
            let sheet = Sheet(
                table: table, lead: index == 0 ? [layout.letterhead, layout.title].compactMap { $0 } : [],
                strings: &strings)
            sheets.append((name, sheet.xml, sheet.headerRow))
        }
        return try package(sheets, strings: strings)
    }

    /// The workbook around its sheets: each sheet's header row printed at the top of every page,
    /// the styles below and the shared strings the sheets refer to.
    static func package(_ sheets: [(name: String, xml: String, headerRow: Int)], strings: SharedStrings) throws -> Data {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var overrides: [(part: String, type: String)] = [("/xl/workbook.xml", "\(main).sheet.main+xml")]
        var relationships: [(id: String, type: String, target: String)] = []
        var parts: [(path: String, xml: String)] = []
        for (index, sheet) in sheets.enumerated() {
            overrides.append(("/xl/worksheets/sheet\(index + 1).xml", "\(main).worksheet+xml"))
            relationships.append(("rId\(index + 1)", OfficeZip.relationshipBase + "worksheet", "worksheets/sheet\(index + 1).xml"))
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml))
        }
        overrides.append(("/xl/styles.xml", "\(main).styles+xml"))
        overrides.append(("/xl/sharedStrings.xml", "\(main).sharedStrings+xml"))
        relationships.append(("rId\(sheets.count + 1)", OfficeZip.relationshipBase + "styles", "styles.xml"))
        relationships.append(("rId\(sheets.count + 2)", OfficeZip.relationshipBase + "sharedStrings", "sharedStrings.xml"))

        var workbook =
            OfficeZip.xmlHeader
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<bookViews><workbookView/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            workbook += "<sheet name=\"\(XmlText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        workbook += "</sheets><definedNames>"
        for (index, sheet) in sheets.enumerated() {
            // Print the header row at the top of every printed page.
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            workbook +=
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                + XmlText.escape("\(quoted)!$\(sheet.headerRow):$\(sheet.headerRow)") + "</definedName>"
        }
        workbook += "</definedNames></workbook>"

        return try OfficeZip.archive(
            [
                ("[Content_Types].xml", OfficeZip.contentTypes(overrides)),
                ("_rels/.rels", OfficeZip.relationships([("rId1", OfficeZip.officeDocumentType, "xl/workbook.xml")])),
                ("xl/workbook.xml", workbook),
                ("xl/_rels/workbook.xml.rels", OfficeZip.relationships(relationships)),
            ] + parts + [
                ("xl/styles.xml", styles),
                ("xl/sharedStrings.xml", strings.xml),
            ])
    }

    /// `附件N`, or a generic name for a plan without attachments; Excel's rules: at most 31
    /// characters, none of `[]:*?/\`, unique in the workbook.
    static func sheetName(_ table: IssuedTable, index: Int, taken: [String]) -> String {
        let base = table.marker ?? Strings.Export.singleSheetName
        var name = String(base.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        if name.isEmpty || taken.contains(name) { name = "\(name)(\(index + 1))" }
        return name
    }

    /// Cell formats (the indices of `cellXfs` in `styles`).
    enum Style: Int {
        case plain = 0
        case body, centered, header, section, group, title, letterhead
    }

    /// One worksheet's XML.
    struct Sheet {
        var xml = ""
        var headerRow = 0

        init(table: IssuedTable, lead: [String], strings: inout SharedStrings) {
            let columns = table.columns
            let widths = columns.map(XlsxWriter.width)
            var rows = SheetRows(columnCount: columns.count)

            for (index, line) in lead.enumerated() {
                rows.addSpanning(line, style: index == 0 && lead.count > 1 ? .letterhead : .title, height: 30, strings: &strings)
            }
            if !table.title.isEmpty { rows.addSpanning(table.title, style: .title, height: 30, strings: &strings) }
            rows.add(columns.map { ($0.header, Style.header) }, height: 24, strings: &strings)
            headerRow = rows.count

            var mergeStarts: [Int: Int] = [:]  // column index → row number where its open merge began
            for (index, row) in table.rows.enumerated() {
                switch row {
                case .section(let text):
                    rows.addSpanning(text, style: .section, height: 22, strings: &strings)
                case .group(let text):
                    rows.addSpanning(text, style: .group, height: 22, strings: &strings)
                case .task(let task):
                    let cells = columns.indices.map { column -> (String, Style) in
                        (task.continues[column] ? "" : task.cells[column], columns[column].centered ? .centered : .body)
                    }
                    let lines = columns.indices.map { column in
                        task.continues[column] ? 1 : XlsxWriter.lineCount(task.cells[column], width: widths[column])
                    }
                    rows.add(cells, height: Double(max(lines.max() ?? 1, 1)) * 14.25 + 6, strings: &strings)
                    for column in columns.indices {
                        if table.startsMerge(row: index, column: column) { mergeStarts[column] = rows.count }
                        if task.continues[column], let start = mergeStarts[column],
                            !table.continuedBelow(row: index, column: column)
                        {
                            let letter = XlsxWriter.column(column + 1)
                            rows.merges.append("\(letter)\(start):\(letter)\(rows.count)")
                            mergeStarts[column] = nil
                        }
                    }
                }
            }
            xml = rows.worksheet(widths: widths, headerRow: headerRow)
        }
    }

    /// The rows of one worksheet as they are added, their text through the shared strings, and
    /// its merged ranges; then the worksheet around them.
    struct SheetRows {
        let columnCount: Int
        var xml = ""
        var merges: [String] = []
        /// The rows added so far: the last one's number.
        var count = 0

        init(columnCount: Int) {
            self.columnCount = columnCount
        }

        mutating func add(_ cells: [(text: String, style: Style)], height: Double, strings: inout SharedStrings) {
            count += 1
            xml += "<row r=\"\(count)\" ht=\"\(height)\" customHeight=\"1\">"
            for (index, cell) in cells.enumerated() {
                let reference = "\(XlsxWriter.column(index + 1))\(count)"
                if cell.text.isEmpty {
                    xml += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\"/>"
                } else {
                    xml += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\" t=\"s\"><v>\(strings.index(cell.text))</v></c>"
                }
            }
            xml += "</row>"
        }

        /// A line across the whole table: one merged cell, bordered or not as its style says.
        mutating func addSpanning(_ text: String, style: Style, height: Double, strings: inout SharedStrings) {
            add([(text, style)] + Array(repeating: ("", style), count: columnCount - 1), height: height, strings: &strings)
            if columnCount > 1 { merges.append("A\(count):\(XlsxWriter.column(columnCount))\(count)") }
        }

        /// The worksheet: frozen down to the header row, columns `widths` wide, landscape A4
        /// fitted to the page width.
        func worksheet(widths: [Double], headerRow: Int) -> String {
            let last = XlsxWriter.column(columnCount)
            var out = OfficeZip.xmlHeader
            out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            out += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            out += "<dimension ref=\"A1:\(last)\(max(count, 1))\"/>"
            // Freeze everything down to the header row, so the header stays while scrolling.
            let firstBody = "A\(headerRow + 1)"
            out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(headerRow)\" topLeftCell=\"\(firstBody)\" "
            out += "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"\(firstBody)\" "
            out += "sqref=\"\(firstBody)\"/></sheetView></sheetViews>"
            out += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
            for (index, width) in widths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            out += "</cols><sheetData>\(xml)</sheetData>"
            if !merges.isEmpty {
                out += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
            }
            out += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            out += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            out += "</worksheet>"
            return out
        }
    }

    /// Column widths in Excel's units (about one Latin digit; a Chinese character takes two).
    static func width(_ column: ExportColumn) -> Double {
        switch column {
        case .number: 7
        case .standard: 60
        case .leaders: 12
        case .leadUnits: 16
        case .coopUnits: 26
        case .deadline: 12
        }
    }

    /// How many lines the text wraps to in a column of `width`, counting a Chinese character as
    /// two units: Excel does not grow a row for wrapped text in merged cells, so the writer does.
    static func lineCount(_ text: String, width: Double) -> Int {
        let usable = max(width - 1, 2)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
            let units = line.unicodeScalars.reduce(0.0) { $0 + ($1.value < 0x1100 ? 1.1 : 2.0) }
            return total + max(1, Int((units / usable).rounded(.up)))
        }
    }

    /// 1 → A, 26 → Z, 27 → AA.
    static func column(_ number: Int) -> String { columnLetters(number) }

    /// Fonts, a grey header fill, thin borders, and the cell formats of `Style` in its order.
    static let styles =
        OfficeZip.xmlHeader + """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="4">\
            <font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            <font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            <font><b/><sz val="16"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            <font><b/><sz val="20"/><color rgb="FFC00000"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            </fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
            <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>\
            <top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="8">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
            <alignment vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
            <alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\
            <alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">\
            <alignment vertical="center"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
            <alignment vertical="center" indent="1"/></xf>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
            <alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
            <alignment horizontal="center" vertical="center"/></xf>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """
}

/// The workbook's shared-strings table: each distinct text once, cells refer to it by index.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var items: [String] = []
    private var references = 0

    mutating func index(_ text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        indices[text] = items.count
        items.append(text)
        return items.count - 1
    }

    var xml: String {
        var out =
            OfficeZip.xmlHeader
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\" uniqueCount=\"\(items.count)\">"
        for item in items {
            out += "<si><t xml:space=\"preserve\">\(XmlText.escape(item))</t></si>"
        }
        return out + "</sst>"
    }
}
