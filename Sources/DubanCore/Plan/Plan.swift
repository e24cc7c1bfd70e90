import DubanDocuments

/// A responsibility-decomposition plan as read from its document: the `duban.plan/1` content
/// plus what the importer was unsure of.
public struct Plan: Sendable, Equatable {
    public static let schema = "duban.plan/1"

    public var government: String?
    public var year: Int?
    public var attachments: [Attachment]
    public var tasks: [PlanTask]
    /// Doubts about the plan as a whole (the issuing body inferred from a title, say).
    public var warnings: [ImportWarning]
    public var format: DocumentFormat

    public init(
        government: String? = nil, year: Int? = nil, attachments: [Attachment] = [],
        tasks: [PlanTask] = [], warnings: [ImportWarning] = [], format: DocumentFormat
    ) {
        self.government = government
        self.year = year
        self.attachments = attachments
        self.tasks = tasks
        self.warnings = warnings
        self.format = format
    }

    public var allWarnings: [ImportWarning] { warnings + tasks.flatMap(\.warnings) }
}

public struct Attachment: Sendable, Equatable, Codable {
    public var number: Int
    public var title: String

    public init(number: Int, title: String) {
        self.number = number
        self.title = title
    }
}

/// One row of the plan table that has its own work standard.
public struct PlanTask: Sendable, Equatable {
    public var attachment: Int
    public var path: [String]
    public var label: String
    public var text: String
    public var leaders: [String]
    public var leadUnits: [String]
    public var coopUnits: [String]
    /// `YYYY-MM`.
    public var deadline: String?
    /// A time phrase that names no month (`长期`, `持续推进`), kept as printed.
    public var deadlineText: String?
    public var inherited: [ResponsibilityField]
    public var warnings: [ImportWarning]
    public var location: SourceLocation
    public var kind: TaskKind?
    public var indicators: [Indicator]

    public init(
        attachment: Int, path: [String] = [], label: String = "", text: String,
        leaders: [String] = [], leadUnits: [String] = [], coopUnits: [String] = [],
        deadline: String? = nil, inherited: [ResponsibilityField] = [],
        warnings: [ImportWarning] = [], location: SourceLocation = SourceLocation(),
        kind: TaskKind? = nil, indicators: [Indicator] = []
    ) {
        self.attachment = attachment
        self.path = path
        self.label = label
        self.text = text
        self.leaders = leaders
        self.leadUnits = leadUnits
        self.coopUnits = coopUnits
        self.deadline = deadline
        self.inherited = inherited
        self.warnings = warnings
        self.location = location
        self.kind = kind
        self.indicators = indicators
    }
}

/// The responsibility fields a merged cell can carry down from the row above.
public enum ResponsibilityField: String, Sendable, Codable, CaseIterable {
    case leaders, leadUnits, coopUnits, deadline
}

/// Something the importer inferred rather than read, pointing at the source.
public struct ImportWarning: Sendable, Equatable, Codable {
    public var code: Code
    public var message: String
    public var location: SourceLocation

    public init(_ code: Code, _ message: String, at location: SourceLocation) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// The sentence as shown to a person: where, then what.
    public var sentence: String { "\(location.description)：\(message)" }

    public enum Code: String, Sendable, Codable {
        case inheritedField = "inherited-field"
        case ambiguousUnits = "ambiguous-units"
        case unplacedLine = "unplaced-line"
        case unitsWithoutColumn = "units-without-column"
        case splitName = "split-name"
        case joinedName = "joined-name"
        case inferredGovernment = "inferred-government"
        case missingGovernment = "missing-government"
        case missingYear = "missing-year"
        case inferredYear = "inferred-year"
        case deadlineUnclear = "deadline-unclear"
        case emptyStandard = "empty-standard"
        /// The file ends inside the last row: what is printed is kept, and may be incomplete.
        case truncated = "truncated"
        case noResponsibility = "no-responsibility"
        /// A list with no lead/cooperating split, read by the stated or the common rule.
        case positionalSplit = "positional-split"
        case doubtfulName = "doubtful-name"
        /// Which reading of the layout was kept, and why.
        case reading = "reading"
    }
}
