import DubanStrings

/// 填报表: a period's progress sheet for one unit (or every unit), handed out as a spreadsheet for
/// offices whose units report offline, and read back as reports. The rows are the tasks; the
/// cells to fill are the report's fields.
public struct ProgressSheet: Sendable, Equatable {
    /// Which plan, period and unit the sheet was made for. It travels inside the file, sealed, so a
    /// sheet from another unit or period is recognised and refused.
    public struct Identity: Sendable, Equatable, Hashable {
        public var governmentID: Int
        public var planID: Int
        public var periodNumber: Int
        /// Nil: every unit's rows, as the office downloads it.
        public var unitID: Int?

        public init(governmentID: Int, planID: Int, periodNumber: Int, unitID: Int?) {
            self.governmentID = governmentID
            self.planID = planID
            self.periodNumber = periodNumber
            self.unitID = unitID
        }
    }

    public struct Indicator: Sendable, Equatable {
        public var id: Int
        /// What the cell measures, as the clerk reads it: `地区生产总值（亿元，目标≥5%）`.
        public var caption: String

        public init(id: Int, caption: String) {
            self.id = id
            self.caption = caption
        }
    }

    /// What the row already holds: this period's latest report, so a sheet handed back untouched
    /// changes nothing.
    public struct Filled: Sendable, Equatable {
        public var narrative = ""
        public var values: [Int: Double] = [:]
        public var percentComplete: Double?
        public var problems = ""
        public var nextSteps = ""

        public init(narrative: String = "", values: [Int: Double] = [:], percentComplete: Double? = nil, problems: String = "", nextSteps: String = "") {
            self.narrative = narrative
            self.values = values
            self.percentComplete = percentComplete
            self.problems = problems
            self.nextSteps = nextSteps
        }
    }

    public struct Row: Sendable, Equatable {
        public var taskID: Int
        public var unitID: Int
        public var unitName: String
        public var role: ResponsibilityRole
        public var label: String
        public var text: String
        public var light: String
        public var indicators: [Indicator]
        public var filled: Filled
        /// The row's seal (`SheetSeal.rowKey`): which task and unit it is, signed with the sheet's identity.
        public var key: String

        public init(
            taskID: Int, unitID: Int, unitName: String, role: ResponsibilityRole, label: String, text: String, light: String,
            indicators: [Indicator], filled: Filled = Filled(), key: String
        ) {
            self.taskID = taskID
            self.unitID = unitID
            self.unitName = unitName
            self.role = role
            self.label = label
            self.text = text
            self.light = light
            self.indicators = indicators
            self.filled = filled
            self.key = key
        }
    }

    public var identity: Identity
    /// The sealed identity line carried by the file (`SheetSeal.identityLine`).
    public var identityLine: String
    public var title: String
    public var rows: [Row]

    public init(identity: Identity, identityLine: String, title: String, rows: [Row]) {
        self.identity = identity
        self.identityLine = identityLine
        self.title = title
        self.rows = rows
    }

    /// Columns of indicator values: as many as the task with the most indicators needs.
    public var indicatorColumns: Int { rows.map(\.indicators.count).max() ?? 0 }

    /// The header, in order. The reader finds columns by these names, not by position, so a clerk
    /// who moves a column loses nothing.
    public static func header(indicatorColumns: Int) -> [SheetColumn] {
        var columns: [SheetColumn] = [.key, .label, .text, .unit, .role, .light, .narrative]
        for index in 0..<indicatorColumns { columns += [.indicatorCaption(index), .indicatorValue(index)] }
        return columns + [.percent, .problems, .nextSteps, .evidenceNote]
    }
}

/// One column of the sheet: what it holds and whether the clerk fills it.
public enum SheetColumn: Sendable, Equatable, Hashable {
    case key, label, text, unit, role, light, narrative
    case indicatorCaption(Int)
    case indicatorValue(Int)
    case percent, problems, nextSteps, evidenceNote

    public var title: String {
        typealias Text = Strings.Sheets.Columns
        switch self {
        case .key: return Text.key
        case .label: return Text.label
        case .text: return Text.text
        case .unit: return Text.unit
        case .role: return Text.role
        case .light: return Text.light
        case .narrative: return Text.narrative
        case .indicatorCaption(let index): return Text.indicator(index + 1)
        case .indicatorValue(let index): return Text.indicatorValue(index + 1)
        case .percent: return Text.percent
        case .problems: return Text.problems
        case .nextSteps: return Text.nextSteps
        case .evidenceNote: return Text.evidenceNote
        }
    }

    public var isFilled: Bool {
        switch self {
        case .narrative, .indicatorValue, .percent, .problems, .nextSteps, .evidenceNote: true
        default: false
        }
    }

    public var isNumeric: Bool {
        switch self {
        case .indicatorValue, .percent: true
        default: false
        }
    }

    /// Excel's width units; a Chinese character takes two.
    public var width: Double {
        switch self {
        case .key: 14
        case .label: 7
        case .text: 48
        case .unit: 16
        case .role, .light: 8
        case .narrative, .problems, .nextSteps: 36
        case .indicatorCaption: 22
        case .indicatorValue, .percent: 12
        case .evidenceNote: 24
        }
    }
}
