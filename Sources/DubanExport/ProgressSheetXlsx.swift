import DubanCore
import DubanDocuments
import DubanStrings
import Foundation

/// `ProgressSheet` → the .xlsx a unit fills offline. The sheet is protected without a password:
/// the cells to fill are unlocked and white, everything Duban wrote is locked and grey, so a
/// clerk cannot overwrite a task by accident but can still sort and filter. The key column is
/// hidden, the sealed identity sits on a hidden sheet, and an instructions sheet explains it all.
public enum ProgressSheetXlsx {
    /// The first row of tasks: title, banner, header above.
    static let headerRow = 3

    public static func write(_ sheet: ProgressSheet) throws -> Data {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        let names = [Strings.Sheets.sheetName, Strings.Sheets.instructionsName, "duban"]
        var workbook =
            OfficeZip.xmlHeader
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><bookViews><workbookView/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            let state = index == 2 ? " state=\"hidden\"" : ""
            workbook += "<sheet name=\"\(XmlText.escape(name))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }
        workbook += "</sheets></workbook>"
        var overrides: [(part: String, type: String)] = [("/xl/workbook.xml", "\(main).sheet.main+xml")]
        var relationships: [(id: String, type: String, target: String)] = []
        for index in names.indices {
            overrides.append(("/xl/worksheets/sheet\(index + 1).xml", "\(main).worksheet+xml"))
            relationships.append(("rId\(index + 1)", OfficeZip.relationshipBase + "worksheet", "worksheets/sheet\(index + 1).xml"))
        }
        overrides.append(("/xl/styles.xml", "\(main).styles+xml"))
        relationships.append(("rId\(names.count + 1)", OfficeZip.relationshipBase + "styles", "styles.xml"))
        return try OfficeZip.archive([
            ("[Content_Types].xml", OfficeZip.contentTypes(overrides)),
            ("_rels/.rels", OfficeZip.relationships([("rId1", OfficeZip.officeDocumentType, "xl/workbook.xml")])),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", OfficeZip.relationships(relationships)),
            ("xl/worksheets/sheet1.xml", tasksSheet(sheet)),
            ("xl/worksheets/sheet2.xml", linesSheet(Strings.Sheets.instructions, width: 110)),
            ("xl/worksheets/sheet3.xml", linesSheet([sheet.identityLine], width: 60)),
            ("xl/styles.xml", styles),
        ])
    }

    /// Cell formats, in the order of `styles`' cellXfs.
    enum Style: Int {
        case plain = 0
        case title, banner, header, locked, open, openNumber
    }

    static func tasksSheet(_ sheet: ProgressSheet) -> String {
        let columns = ProgressSheet.header(indicatorColumns: sheet.indicatorColumns)
        let last = columnLetters(columns.count)
        var rows = ""
        func cell(_ column: Int, _ row: Int, _ text: String, _ style: Style) -> String {
            let reference = "\(columnLetters(column + 1))\(row)"
            guard !text.isEmpty else { return "<c r=\"\(reference)\" s=\"\(style.rawValue)\"/>" }
            return "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XmlText.escape(text))</t></is></c>"
        }
        func number(_ column: Int, _ row: Int, _ value: Double?) -> String {
            let reference = "\(columnLetters(column + 1))\(row)"
            guard let value else { return "<c r=\"\(reference)\" s=\"\(Style.openNumber.rawValue)\"/>" }
            return "<c r=\"\(reference)\" s=\"\(Style.openNumber.rawValue)\"><v>\(value)</v></c>"
        }
        rows += "<row r=\"1\" ht=\"28\" customHeight=\"1\">" + cell(1, 1, sheet.title, .title) + "</row>"
        rows += "<row r=\"2\" ht=\"20\" customHeight=\"1\">" + cell(1, 2, Strings.Sheets.banner, .banner) + "</row>"
        rows += "<row r=\"\(headerRow)\" ht=\"30\" customHeight=\"1\">"
        for (index, column) in columns.enumerated() { rows += cell(index, headerRow, column.title, .header) }
        rows += "</row>"
        for (offset, task) in sheet.rows.enumerated() {
            let row = headerRow + 1 + offset
            // Tall enough for the standard and what was reported to wrap in full (a Chinese
            // character takes two width units), as Excel does not grow a row by itself here.
            let cells: [(String, SheetColumn)] = [
                (task.text, .text), (task.filled.narrative, .narrative), (task.filled.problems, .problems), (task.filled.nextSteps, .nextSteps),
            ]
            let lines = cells.map { text, column in wrappedLines(text, width: column.width) }.max() ?? 1
            rows += "<row r=\"\(row)\" ht=\"\(min(max(lines, 2), 40) * 15)\" customHeight=\"1\">"
            for (index, column) in columns.enumerated() {
                switch column {
                case .key: rows += cell(index, row, task.key, .locked)
                case .label: rows += cell(index, row, task.label, .locked)
                case .text: rows += cell(index, row, task.text, .locked)
                case .unit: rows += cell(index, row, task.unitName, .locked)
                case .role: rows += cell(index, row, task.role == .lead ? Strings.Sheets.roleLead : Strings.Sheets.roleCoop, .locked)
                case .light: rows += cell(index, row, task.light, .locked)
                case .narrative: rows += cell(index, row, task.filled.narrative, .open)
                case .indicatorCaption(let place):
                    rows += cell(index, row, place < task.indicators.count ? task.indicators[place].caption : "", .locked)
                case .indicatorValue(let place):
                    if place < task.indicators.count {
                        rows += number(index, row, task.filled.values[task.indicators[place].id])
                    } else {
                        rows += cell(index, row, "", .locked)
                    }
                case .percent: rows += number(index, row, task.filled.percentComplete)
                case .problems: rows += cell(index, row, task.filled.problems, .open)
                case .nextSteps: rows += cell(index, row, task.filled.nextSteps, .open)
                case .evidenceNote: rows += cell(index, row, "", .open)
                }
            }
            rows += "</row>"
        }
        let lastRow = headerRow + max(sheet.rows.count, 1)
        var xml = OfficeZip.xmlHeader + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        // Printed one page wide, as offices print a table.
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<dimension ref=\"A1:\(last)\(lastRow)\"/>"
        let firstBody = "C\(headerRow + 1)"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane xSplit=\"3\" ySplit=\"\(headerRow)\" topLeftCell=\"\(firstBody)\" "
        xml += "activePane=\"bottomRight\" state=\"frozen\"/><selection pane=\"bottomRight\" activeCell=\"\(firstBody)\" sqref=\"\(firstBody)\"/>"
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, column) in columns.enumerated() {
            let hidden = column == .key ? " hidden=\"1\"" : ""
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\" customWidth=\"1\"\(hidden)/>"
        }
        xml += "</cols><sheetData>\(rows)</sheetData>"
        // Protected so the grey cells stay as Duban wrote them; no password, and sorting,
        // filtering and resizing stay allowed, as a clerk reorganising the list expects.
        xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatCells=\"0\" formatColumns=\"0\" formatRows=\"0\" sort=\"0\" autoFilter=\"0\"/>"
        if !sheet.rows.isEmpty {
            xml += "<autoFilter ref=\"A\(headerRow):\(last)\(lastRow)\"/>"
        }
        xml += "<mergeCells count=\"2\"><mergeCell ref=\"B1:\(last)1\"/><mergeCell ref=\"B2:\(last)2\"/></mergeCells>"
        if let percent = columns.firstIndex(of: .percent), !sheet.rows.isEmpty {
            let letter = columnLetters(percent + 1)
            // A warning, not a stop: 35 is as valid as the listed 30 and 40.
            xml += "<dataValidations count=\"1\"><dataValidation type=\"list\" errorStyle=\"warning\" allowBlank=\"1\" showInputMessage=\"1\" "
            xml += "showErrorMessage=\"1\" promptTitle=\"\(XmlText.escape(Strings.Sheets.percentPromptTitle))\" "
            xml += "prompt=\"\(XmlText.escape(Strings.Sheets.percentPrompt))\" sqref=\"\(letter)\(headerRow + 1):\(letter)\(lastRow)\">"
            xml += "<formula1>\"\(Strings.Sheets.percentChoices)\"</formula1></dataValidation></dataValidations>"
        }
        xml += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return xml + "</worksheet>"
    }

    /// Lines `text` wraps to in a column `width` units wide.
    static func wrappedLines(_ text: String, width: Double) -> Int {
        let units = Double(text.count) * 2
        return Int((units / max(width - 2, 1)).rounded(.up))
    }

    /// A sheet of lines in column A: the instructions, or the sealed identity.
    static func linesSheet(_ lines: [String], width: Double) -> String {
        var xml = OfficeZip.xmlHeader + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<cols><col min=\"1\" max=\"1\" width=\"\(width)\" customWidth=\"1\"/></cols><sheetData>"
        for (index, line) in lines.enumerated() {
            let style = index == 0 && lines.count > 1 ? Style.title : Style.plain
            xml += "<row r=\"\(index + 1)\"><c r=\"A\(index + 1)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            xml += XmlText.escape(line) + "</t></is></c></row>"
        }
        return xml + "</sheetData><sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/></worksheet>"
    }

    static let styles =
        OfficeZip.xmlHeader + """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="3">\
            <font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            <font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            <font><b/><sz val="14"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            </fonts>\
            <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
            <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>\
            <top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="7">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="center"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\
            <alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1">\
            <alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1" applyProtection="1">\
            <alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1" applyProtection="1">\
            <alignment vertical="top"/><protection locked="0"/></xf>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """
}
