import DubanDocuments
import DubanStrings

/// What a filled sheet says, row by row, before anything is written: the entries to report, the
/// rows left blank, and every problem with the sheet, row and column a clerk can find in Excel.
public struct SheetReading: Sendable, Equatable {
    public var identity: ProgressSheet.Identity
    public var entries: [SheetEntry]
    public var problems: [SheetProblem]
    public var blankRows: Int

    public init(identity: ProgressSheet.Identity, entries: [SheetEntry], problems: [SheetProblem], blankRows: Int) {
        self.identity = identity
        self.entries = entries
        self.problems = problems
        self.blankRows = blankRows
    }
}

/// One filled row: a report to be.
public struct SheetEntry: Sendable, Equatable {
    public var sheet: String
    public var row: Int
    public var taskID: Int
    public var unitID: Int
    public var narrative: String
    /// Indicator values by the indicator's place in the task (0 = the first), as the columns hold them.
    public var values: [Int: Double]
    /// The cell each value came from, to name it if the store refuses the value.
    public var valueColumns: [Int: String]
    public var percentComplete: Double?
    public var problems: String
    public var nextSteps: String
    public var evidenceNote: String

    public init(
        sheet: String, row: Int, taskID: Int, unitID: Int, narrative: String, values: [Int: Double] = [:], valueColumns: [Int: String] = [:],
        percentComplete: Double? = nil, problems: String = "", nextSteps: String = "", evidenceNote: String = ""
    ) {
        self.sheet = sheet
        self.row = row
        self.taskID = taskID
        self.unitID = unitID
        self.narrative = narrative
        self.values = values
        self.valueColumns = valueColumns
        self.percentComplete = percentComplete
        self.problems = problems
        self.nextSteps = nextSteps
        self.evidenceNote = evidenceNote
    }

    /// The report's narrative: the progress, and the evidence note under its own label, so what
    /// the clerk wrote in either cell is kept.
    public var reportNarrative: String {
        let note = evidenceNote.trimmingCharacters(in: .whitespacesAndNewlines)
        return note.isEmpty ? narrative : narrative + "\n" + Strings.Sheets.evidenceNoteLine(note)
    }
}

/// A problem a clerk can find: `「填报表」第5行 H列（指标1本期值）：…`.
public struct SheetProblem: Sendable, Equatable, CustomStringConvertible {
    public var sheet: String
    public var row: Int?
    /// The column's letter and title, when the problem is one cell.
    public var column: String?
    public var message: String

    public init(sheet: String, row: Int? = nil, column: String? = nil, message: String) {
        self.sheet = sheet
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String { Strings.Sheets.problem(sheet: sheet, row: row, column: column, message: message) }
}
