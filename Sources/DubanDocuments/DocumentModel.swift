/// What a reader hands to the domain: the document's paragraphs and tables in reading order.
/// A reader only says what the file shows; it never guesses what a cell means.
public struct Document: Sendable, Equatable {
    public var format: DocumentFormat
    public var blocks: [Block]
    /// The document's lines, for layouts that carry no cell boundaries (one cell per line).
    public var lines: [SourceLine]

    public init(format: DocumentFormat, blocks: [Block] = [], lines: [SourceLine] = []) {
        self.format = format
        self.blocks = blocks
        self.lines = lines
    }

    public var tables: [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}

public enum DocumentFormat: String, Sendable, CaseIterable, Codable {
    /// One table cell per line, no delimiters (cells wrap, merged cells printed once).
    case lines
    /// Each cell starts with a TAB; a bare TAB is an empty (merged) cell.
    case tabs
    /// `| a | b |` rows, Markdown tables included.
    case pipes
    /// Items with the responsibility written inline or on label lines.
    case inline
    case docx
    case xlsx
    case csv
    case tsv
    /// A `duban.plan/1` file: a plan already read, not a document; `PlanImporter` reads it itself.
    case json
}

public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case table(Table)
}

public struct Paragraph: Sendable, Equatable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

public struct Table: Sendable, Equatable {
    public var rows: [TableRow]
    public var location: SourceLocation

    public init(rows: [TableRow], location: SourceLocation) {
        self.rows = rows
        self.location = location
    }
}

public struct TableRow: Sendable, Equatable {
    public var cells: [Cell]
    public var location: SourceLocation

    public init(cells: [Cell], location: SourceLocation) {
        self.cells = cells
        self.location = location
    }
}

public struct Cell: Sendable, Equatable {
    /// The cell's text, line breaks inside the cell kept as "\n".
    public var text: String
    public var merge: Merge
    public var location: SourceLocation

    public init(text: String, merge: Merge = .none, location: SourceLocation) {
        self.text = text
        self.merge = merge
        self.location = location
    }

    /// How the cell relates to its neighbours in the printed table.
    public enum Merge: String, Sendable, Equatable {
        /// A cell of its own (it may still be empty).
        case none
        /// Covered by the cell above (a vertical merge): its value is the one above.
        case fromAbove
        /// Covered by the cell on its left (a horizontal span).
        case fromLeft
    }
}

public struct SourceLine: Sendable, Equatable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
