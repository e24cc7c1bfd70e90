import Foundation

/// Event handlers for the parts of a workbook. Each collects only what the reader needs.
enum XlsxParts {
    struct SheetEntry {
        var name: String
        var relationshipID: String
        var hidden: Bool
    }

    final class Workbook: XmlHandler {
        var sheets: [SheetEntry] = []
        var date1904 = false
        var failure: DocumentError? { nil }

        func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "sheet":
                guard let id = attributes.local("id") else { return }
                let state = attributes.local("state") ?? "visible"
                sheets.append(
                    SheetEntry(
                        name: attributes.local("name") ?? "", relationshipID: id,
                        hidden: state == "hidden" || state == "veryHidden"))
            case "workbookPr":
                let value = attributes.local("date1904")?.lowercased()
                date1904 = value == "1" || value == "true"
            default:
                break
            }
        }

        func end(_ name: String) {}
        func text(_ text: String) {}
    }

    /// `<si>` items: plain `<t>` or rich-text runs `<r><t>`, concatenated; phonetic
    /// guides (`<rPh>`) are annotations, not text.
    final class SharedStrings: XmlHandler {
        let file: String
        var strings: [String] = []
        private(set) var failure: DocumentError?
        private var current: String?
        private var inText = false
        private var phoneticDepth = 0

        let cellLimit: Int

        init(file: String, cellLimit: Int) {
            self.file = file
            self.cellLimit = cellLimit
        }

        func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "si": current = ""
            case "rPh": phoneticDepth += 1
            case "t": inText = current != nil && phoneticDepth == 0
            default: break
            }
        }

        func end(_ name: String) {
            switch name {
            case "si":
                strings.append(current ?? "")
                current = nil
                if strings.count > cellLimit {
                    failure = .tableTooLarge(file: file, limitCells: cellLimit)
                }
            case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
            case "t": inText = false
            default: break
            }
        }

        func text(_ text: String) {
            if inText { current?.append(text) }
        }
    }

    /// Number formats by cell style index: enough to tell dates and percentages apart.
    final class Styles: XmlHandler {
        var customFormats: [Int: String] = [:]
        var cellFormatIDs: [Int] = []
        var failure: DocumentError? { nil }
        private var inCellXfs = false

        func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "numFmt":
                if let id = attributes.local("numFmtId").flatMap({ Int($0) }), let code = attributes.local("formatCode") {
                    customFormats[id] = code
                }
            case "cellXfs":
                inCellXfs = true
            case "xf" where inCellXfs:
                cellFormatIDs.append(attributes.local("numFmtId").flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }

        func end(_ name: String) {
            if name == "cellXfs" { inCellXfs = false }
        }

        func text(_ text: String) {}

        func format(style: Int?) -> XlsxValues.NumberFormat {
            guard let style, style >= 0, style < cellFormatIDs.count else { return .general }
            let id = cellFormatIDs[style]
            return XlsxValues.NumberFormat(id: id, code: customFormats[id])
        }
    }

    struct RawCell {
        var type: String
        var style: Int?
        var value: String
    }

    /// `sheetData` cells by row and column, with empty values dropped, and the merged ranges.
    final class Sheet: XmlHandler {
        let file: String
        let resolve: (RawCell) -> String
        var cells: [Int: [Int: String]] = [:]
        /// Cells Excel stored as numbers (`t="n"`), as (row, column): a typed number, not text.
        var numeric: Set<[Int]> = []
        var merges: [XlsxValues.Range] = []
        private(set) var failure: DocumentError?
        private var stored = 0

        private var rowNumber = 0
        private var column = 0
        private var current: RawCell?
        private var collecting = false
        private var inInline = false
        private var phoneticDepth = 0

        let cellLimit: Int

        init(file: String, cellLimit: Int, resolve: @escaping (RawCell) -> String) {
            self.file = file
            self.cellLimit = cellLimit
            self.resolve = resolve
        }

        func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "row":
                // A row without `r` follows the previous one.
                rowNumber = attributes.local("r").flatMap { Int($0) }.map { min(max($0, 1), XlsxValues.maxRow) } ?? rowNumber + 1
                column = 0
            case "c":
                if let reference = attributes.local("r"), let parsed = XlsxValues.cellReference(reference) {
                    rowNumber = parsed.row
                    column = parsed.column
                } else {
                    column += 1
                }
                current = RawCell(type: attributes.local("t") ?? "n", style: attributes.local("s").flatMap { Int($0) }, value: "")
            case "v":
                collecting = current != nil && !inInline
            case "is":
                inInline = true
            case "rPh":
                phoneticDepth += 1
            case "t" where inInline:
                collecting = current != nil && phoneticDepth == 0
            case "mergeCell":
                if let reference = attributes.local("ref"), let range = XlsxValues.range(reference) {
                    merges.append(range)
                    if merges.count > cellLimit {
                        failure = .tableTooLarge(file: file, limitCells: cellLimit)
                    }
                }
            default:
                break
            }
        }

        func end(_ name: String) {
            switch name {
            case "v", "t":
                collecting = false
            case "is":
                inInline = false
            case "rPh":
                phoneticDepth = max(0, phoneticDepth - 1)
            case "c":
                guard let raw = current else { return }
                current = nil
                guard column >= 1, column <= XlsxValues.maxColumn, rowNumber >= 1 else { return }
                let text = resolve(raw)
                guard !text.isEmpty else { return }
                if cells[rowNumber]?[column] == nil {
                    stored += 1
                    if stored > cellLimit {
                        failure = .tableTooLarge(file: file, limitCells: cellLimit)
                        return
                    }
                }
                cells[rowNumber, default: [:]][column] = text
                if raw.type == "n" { numeric.insert([rowNumber, column]) }
            default:
                break
            }
        }

        func text(_ text: String) {
            if collecting { current?.value.append(text) }
        }
    }
}
