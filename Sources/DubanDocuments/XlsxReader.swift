import Foundation

/// Excel (.xlsx) → `Document`: for each visible sheet, in workbook order, a paragraph with
/// the sheet's name and then its table. Locations are the sheet's own row and column
/// numbers, so a user can find the cell in Excel.
enum XlsxReader {
    static let kind = "Excel（.xlsx）"

    static func read(data: Data, file: String) throws -> Document {
        try read(data: data, file: file, limits: .standard)
    }

    static func read(data: Data, file: String, limits: XmlPackage.Limits) throws -> Document {
        let opened = try Opened(data: data, file: file, limits: limits)
        var blocks: [Block] = []
        for sheet in opened.workbook.sheets where !sheet.hidden {
            guard let handler = try opened.cells(of: sheet) else { continue }
            guard let table = try table(of: handler, sheet: sheet.name, file: file, cellLimit: limits.cells) else { continue }
            blocks.append(.paragraph(Paragraph(text: sheet.name, location: SourceLocation(sheet: sheet.name))))
            blocks.append(.table(table))
        }
        guard !blocks.isEmpty else { throw DocumentError.noTable(file: file) }
        return Document(format: .xlsx, blocks: blocks)
    }

    /// Every worksheet, hidden ones too, with each cell's text as Excel shows it and whether it
    /// was stored as a number: what a sheet that travels out and back needs, where `read` gives
    /// a plan's visible tables.
    static func sheets(data: Data, file: String, rowLimit: Int? = nil, limits: XmlPackage.Limits = .standard) throws -> [WorkbookSheet] {
        guard data.starts(with: [0x50, 0x4B]) else { throw DocumentError.notZip(file: file, kind: kind) }
        let opened = try Opened(data: data, file: file, limits: limits)
        return try opened.workbook.sheets.compactMap { sheet in
            guard let handler = try opened.cells(of: sheet, rowLimit: rowLimit) else { return nil }
            var rows: [Int: [Int: WorkbookCell]] = [:]
            for (row, columns) in handler.cells {
                for (column, text) in columns {
                    rows[row, default: [:]][column] = WorkbookCell(text: text, isNumber: handler.numeric.contains([row, column]))
                }
            }
            return WorkbookSheet(name: sheet.name, hidden: sheet.hidden, rows: rows)
        }
    }

    /// A workbook opened: its sheet list, and how to resolve a cell's value.
    private struct Opened {
        let package: XmlPackage
        let workbook: XlsxParts.Workbook
        let relationships: [String: XmlPackage.Relationship]
        let resolve: (XlsxParts.RawCell) -> String
        let file: String
        let limits: XmlPackage.Limits

        init(data: Data, file: String, limits: XmlPackage.Limits) throws {
            let package = try XmlPackage(data: data, file: file, kind: kind, limits: limits)
            let workbookPath = try package.mainPart(typeSuffix: "/officeDocument", fallback: "xl/workbook.xml")
            guard let workbookXML = try package.part(workbookPath) else {
                throw DocumentError.missingPart(file: file, part: "xl/workbook.xml")
            }
            let workbook = XlsxParts.Workbook()
            try XmlEvents.parse(workbookXML, part: workbookPath, file: file, into: workbook)
            let relationships = try package.relationships(of: workbookPath)
            let directory = (workbookPath as NSString).deletingLastPathComponent

            let sharedStringsPath =
                relationships.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
                ?? "\(directory)/sharedStrings.xml"
            let sharedStrings = XlsxParts.SharedStrings(file: file, cellLimit: limits.cells)
            if let xml = try package.part(sharedStringsPath) {
                try XmlEvents.parse(xml, part: sharedStringsPath, file: file, into: sharedStrings)
            }
            let stylesPath = relationships.values.first { $0.type.hasSuffix("/styles") }?.target ?? "\(directory)/styles.xml"
            let styles = XlsxParts.Styles()
            if let xml = try package.part(stylesPath) {
                try XmlEvents.parse(xml, part: stylesPath, file: file, into: styles)
            }
            let strings = sharedStrings.strings.map(XlsxValues.cleanText)
            let date1904 = workbook.date1904

            func resolve(_ raw: XlsxParts.RawCell) -> String {
                let text: String
                switch raw.type {
                case "s":
                    guard let index = Int(raw.value.trimmed()),
                        index >= 0, index < strings.count
                    else { return "" }
                    text = strings[index]
                case "inlineStr", "str", "e":
                    text = XlsxValues.cleanText(raw.value)
                case "b":
                    text = raw.value.trimmed() == "1" ? "TRUE" : "FALSE"
                case "d":
                    text = raw.value.trimmed()
                default:
                    text = XlsxValues.number(raw.value, format: styles.format(style: raw.style), date1904: date1904)
                }
                return text.trimmed()
            }

            self.package = package
            self.workbook = workbook
            self.relationships = relationships
            self.resolve = resolve
            self.file = file
            self.limits = limits
        }

        /// A worksheet's cells, or nil for chart and dialog sheets, which hold none.
        func cells(of sheet: XlsxParts.SheetEntry, rowLimit: Int? = nil) throws -> XlsxParts.Sheet? {
            guard let relationship = relationships[sheet.relationshipID], relationship.type.hasSuffix("/worksheet") else { return nil }
            guard let xml = try package.part(relationship.target) else {
                throw DocumentError.missingPart(file: file, part: relationship.target)
            }
            // Counted on the bytes, before the parser: a runaway sheet is refused for what it is,
            // cheaply, and never reaches libxml2's limits on huge parts.
            if let rowLimit, XlsxReader.rowElements(in: xml) > rowLimit {
                throw DocumentError.tooManyRows(file: file, limitRows: rowLimit)
            }
            let handler = XlsxParts.Sheet(file: file, cellLimit: limits.cells, resolve: resolve)
            try XmlEvents.parse(xml, part: relationship.target, file: file, into: handler)
            return handler
        }
    }

    /// How many `<row` elements (with any prefix) a worksheet part holds.
    static func rowElements(in xml: Data) -> Int {
        var count = 0
        xml.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count > 4 else { return }
            for index in 1..<(bytes.count - 3)
            where bytes[index] == UInt8(ascii: "r") && bytes[index + 1] == UInt8(ascii: "o") && bytes[index + 2] == UInt8(ascii: "w")
                && (bytes[index - 1] == UInt8(ascii: "<") || bytes[index - 1] == UInt8(ascii: ":"))
                && (bytes[index + 3] == UInt8(ascii: " ") || bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: "/"))
            {
                count += 1
            }
        }
        return count
    }

    /// The sheet's filled rows, each as wide as the sheet's used columns, with merged ranges
    /// marked: the top-left cell keeps the value, the rest of its top row is `.fromLeft`,
    /// everything below is `.fromAbove`. Rows with nothing in them are left out.
    static func table(of sheet: XlsxParts.Sheet, sheet name: String, file: String, cellLimit: Int) throws -> Table? {
        let rowNumbers = sheet.cells.keys.sorted()
        guard !rowNumbers.isEmpty else { return nil }
        var left = Int.max
        var right = 0
        for columns in sheet.cells.values {
            for column in columns.keys {
                left = min(left, column)
                right = max(right, column)
            }
        }
        let width = right - left + 1
        guard rowNumbers.count <= cellLimit / width else {
            throw DocumentError.tableTooLarge(file: file, limitCells: cellLimit)
        }

        var grid: [[Cell]] = rowNumbers.map { rowNumber in
            let filled = sheet.cells[rowNumber] ?? [:]
            return (left...right).map { column in
                Cell(
                    text: filled[column] ?? "",
                    location: SourceLocation(sheet: name, row: rowNumber, column: column))
            }
        }

        // Overlapping forged ranges could repeat the work without end; a budget stops that.
        var budget = cellLimit * 4
        for merge in sheet.merges {
            let first = max(merge.left, left)
            let last = min(merge.right, right)
            guard first <= last else { continue }
            var index = lowerBound(rowNumbers, merge.top)
            while index < rowNumbers.count && rowNumbers[index] <= merge.bottom {
                let number = rowNumbers[index]
                for column in first...last where !(number == merge.top && column == merge.left) {
                    budget -= 1
                    if budget < 0 { throw DocumentError.tableTooLarge(file: file, limitCells: cellLimit) }
                    grid[index][column - left].text = ""
                    grid[index][column - left].merge = number == merge.top ? .fromLeft : .fromAbove
                }
                index += 1
            }
        }

        let rows = zip(rowNumbers, grid).map { number, cells in
            TableRow(cells: cells, location: SourceLocation(sheet: name, row: number))
        }
        return Table(rows: rows, location: SourceLocation(sheet: name))
    }

    private static func lowerBound(_ sorted: [Int], _ value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
