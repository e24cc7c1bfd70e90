import DubanCore

/// What an uploaded sheet would do, shown before anything is written: each filled row as a new
/// report or as the same as already reported, and every problem, placed in the sheet.
public struct SheetPreview: Sendable, Codable, Equatable {
    public enum Outcome: String, Sendable, Codable {
        /// A new report version.
        case create
        /// Exactly what the unit last reported this period: nothing is written.
        case unchanged
    }

    public struct Row: Sendable, Codable, Equatable {
        public var sheet: String
        public var row: Int
        public var taskID: Int
        public var task: String
        public var unitID: Int
        public var unit: String
        public var outcome: Outcome
        public var narrative: String
        public var percentComplete: Double?
    }

    public struct Problem: Sendable, Codable, Equatable {
        public var sheet: String
        public var row: Int?
        public var column: String?
        public var message: String
        /// The whole sentence, place and message, as shown to the clerk.
        public var text: String

        init(_ problem: SheetProblem) {
            sheet = problem.sheet
            row = problem.row
            column = problem.column
            message = problem.message
            text = problem.description
        }
    }

    public var uploadID: Int?
    public var planID: Int
    public var planTitle: String
    public var periodNumber: Int
    public var periodLabel: String
    public var unitID: Int?
    public var unitName: String?
    public var rows: [Row]
    public var problems: [Problem]
    public var blankRows: Int

    public var toCreate: Int { rows.filter { $0.outcome == .create }.count }
    public var unchanged: Int { rows.filter { $0.outcome == .unchanged }.count }
}

/// What a confirmed upload wrote.
public struct SheetImportResult: Sendable, Codable, Equatable {
    public var uploadID: Int
    public var created: Int
    public var unchanged: Int
    public var reportIDs: [Int]
    public var problems: Int
    /// 审签: the rows went to the unit leader as drafts, not to the office as reports.
    public var heldForSignOff: Bool = false
}
