import Foundation

/// Walks `word/document.xml` as a stream of events and builds the body's blocks.
/// Only the outermost table gets rows and cells; a table nested in a cell adds its
/// paragraphs to that cell's text, which is what a reader of the printed page sees.
final class DocxBody: XmlHandler {
    let file: String
    private(set) var blocks: [Block] = []
    private(set) var failure: DocumentError?

    /// Subtrees whose text is not body text: deletions, moved-away text, drawings and text
    /// boxes, the duplicate fallback of alternate content, and property elements (their
    /// `tab` and `del` children are settings, not content).
    private static let skipped: Set<String> = [
        "del", "moveFrom", "drawing", "pict", "object", "txbxContent", "Fallback",
        "pPr", "rPr", "sectPr", "tblPr", "tblPrEx", "footnotePr", "endnotePr",
    ]

    private var skipDepth = 0
    private var paragraph: String?
    private var inText = false
    private var paragraphCount = 0

    private var tableDepth = 0
    private var tableCount = 0
    private var gridColumns = 0
    private var rows: [[Cell]] = []
    private var row: [Cell]?
    private var gridBefore = 0
    private var gridAfter = 0
    private var cell: CellState?
    private var cellTotal = 0

    private struct CellState {
        var paragraphs: [String] = []
        var span = 1
        var verticalContinue = false
        var horizontalContinue = false
    }

    private let cellLimit: Int

    init(file: String, cellLimit: Int) {
        self.file = file
        self.cellLimit = cellLimit
    }

    func start(_ name: String, _ attributes: [String: String]) {
        if skipDepth > 0 || Self.skipped.contains(name) {
            skipDepth += 1
            return
        }
        let outer = tableDepth == 1
        switch name {
        case "p":
            paragraph = ""
        case "t":
            inText = paragraph != nil
        case "br", "cr":
            paragraph?.append("\n")
        case "tab":
            paragraph?.append(" ")
        case "noBreakHyphen":
            paragraph?.append("-")
        case "tbl":
            tableDepth += 1
            if tableDepth == 1 {
                tableCount += 1
                gridColumns = 0
                rows = []
            }
        case "gridCol" where outer:
            gridColumns += 1
        case "tr" where outer:
            row = []
            gridBefore = 0
            gridAfter = 0
        case "gridBefore" where outer:
            gridBefore = Self.count(attributes.local("val"))
        case "gridAfter" where outer:
            gridAfter = Self.count(attributes.local("val"))
        case "tc" where outer:
            cell = CellState()
        case "gridSpan" where outer:
            cell?.span = max(1, Self.count(attributes.local("val")))
        case "vMerge" where outer:
            cell?.verticalContinue = attributes.local("val") != "restart"
        case "hMerge" where outer:
            cell?.horizontalContinue = attributes.local("val") != "restart"
        default:
            break
        }
    }

    func end(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        let outer = tableDepth == 1
        switch name {
        case "t":
            inText = false
        case "p":
            finishParagraph()
        case "tc" where outer:
            finishCell()
        case "tr" where outer:
            finishRow()
        case "tbl":
            if tableDepth == 1 { finishTable() }
            tableDepth = max(0, tableDepth - 1)
        default:
            break
        }
    }

    func text(_ text: String) {
        if inText && skipDepth == 0 { paragraph?.append(text) }
    }

    private func finishParagraph() {
        guard let text = paragraph else { return }
        paragraph = nil
        inText = false
        if tableDepth > 0 {
            // Inside a table, nested or not, every paragraph belongs to the outer cell.
            cell?.paragraphs.append(text)
            return
        }
        paragraphCount += 1
        let trimmed = text.trimmed()
        if !trimmed.isEmpty {
            // A body paragraph has no row or column; its ordinal is the closest thing to a line.
            blocks.append(.paragraph(Paragraph(text: trimmed, location: .line(paragraphCount))))
        }
    }

    private func finishCell() {
        guard let state = cell, row != nil else {
            cell = nil
            return
        }
        cell = nil
        let text = state.paragraphs.joined(separator: "\n").trimmed()
        let first: Cell.Merge = state.verticalContinue ? .fromAbove : state.horizontalContinue ? .fromLeft : .none
        // A continued vertical merge covers its whole span from above, as in a merged block
        // the rows below the first are covered by the row above.
        let rest: Cell.Merge = state.verticalContinue ? .fromAbove : .fromLeft
        let placeholder = SourceLocation()
        append(Cell(text: first == .none ? text : "", merge: first, location: placeholder))
        for _ in 1..<state.span {
            guard failure == nil else { return }
            append(Cell(text: "", merge: rest, location: placeholder))
        }
    }

    private func append(_ newCell: Cell) {
        cellTotal += 1
        if cellTotal > cellLimit {
            failure = .tableTooLarge(file: file, limitCells: cellLimit)
            return
        }
        row?.append(newCell)
    }

    private func finishRow() {
        guard var cells = row else { return }
        row = nil
        let empty = Cell(text: "", location: SourceLocation())
        if gridBefore > 0 { cells.insert(contentsOf: Array(repeating: empty, count: gridBefore), at: 0) }
        if gridAfter > 0 { cells.append(contentsOf: Array(repeating: empty, count: gridAfter)) }
        cellTotal += gridBefore + gridAfter
        if cellTotal > cellLimit {
            failure = .tableTooLarge(file: file, limitCells: cellLimit)
            return
        }
        rows.append(cells)
    }

    private func finishTable() {
        let width = max(gridColumns, rows.map(\.count).max() ?? 0)
        guard !rows.isEmpty, width > 0 else {
            rows = []
            return
        }
        if rows.count * width > cellLimit {
            failure = .tableTooLarge(file: file, limitCells: cellLimit)
            return
        }
        let table = tableCount
        var tableRows: [TableRow] = []
        tableRows.reserveCapacity(rows.count)
        for (rowIndex, var cells) in rows.enumerated() {
            if cells.count < width {
                cells.append(
                    contentsOf: Array(
                        repeating: Cell(text: "", location: SourceLocation()),
                        count: width - cells.count))
            }
            for column in cells.indices {
                cells[column].location = SourceLocation(table: table, row: rowIndex + 1, column: column + 1)
            }
            tableRows.append(TableRow(cells: cells, location: SourceLocation(table: table, row: rowIndex + 1)))
        }
        rows = []
        blocks.append(.table(Table(rows: tableRows, location: SourceLocation(table: table))))
    }

    /// A count attribute, clamped: Word allows 63 columns, so anything far beyond is forged.
    private static func count(_ value: String?) -> Int {
        guard let value, let number = Int(value.trimmed()) else { return 0 }
        return min(max(number, 0), 1_000)
    }
}
