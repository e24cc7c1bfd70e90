import DubanStrings

/// Where in the source something was read, so a person can find it: a line of a text file,
/// or a cell of a table in a .docx / .xlsx. 1-based throughout, as people count.
public struct SourceLocation: Sendable, Equatable, Hashable, Codable {
    public var line: Int?
    public var sheet: String?
    public var table: Int?
    public var row: Int?
    public var column: Int?

    public init(line: Int? = nil, sheet: String? = nil, table: Int? = nil, row: Int? = nil, column: Int? = nil) {
        self.line = line
        self.sheet = sheet
        self.table = table
        self.row = row
        self.column = column
    }

    public static func line(_ number: Int) -> SourceLocation { SourceLocation(line: number) }

    /// The place in Chinese, e.g. `第12行` or `工作表“附件1” 第3行第2列`.
    public var description: String {
        Strings.location(line: line, sheet: sheet, table: table, row: row, column: column)
    }
}
