/// One thing `duban lint` found: how serious, a stable code, a Chinese sentence, the tasks.
public struct Finding: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case error, warning, info

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .info: 2
            }
        }

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public enum Code: String, Sendable, Codable, CaseIterable {
        case metricConflict = "metric-conflict"
        case subtotalMismatch = "subtotal-mismatch"
        case missingLeadUnit = "missing-lead-unit"
        case missingLeader = "missing-leader"
        case unknownUnit = "unknown-unit"
        case fragmentUnit = "fragment-unit"
        case unitSpellings = "unit-spellings"
        case collectiveNeedsPerson = "collective-needs-person"
        case unmeasurable = "unmeasurable-standards"
        case deadlineOutsideYear = "deadline-outside-year"
        case duplicateTask = "duplicate-task"
        case nearDuplicateTask = "near-duplicate-task"
    }

    public var severity: Severity
    public var code: Code
    public var message: String
    /// 0-based indexes into the plan's tasks (the order `duban import --json` prints).
    public var tasks: [Int]

    public init(_ severity: Severity, _ code: Code, _ message: String, tasks: [Int]) {
        self.severity = severity
        self.code = code
        self.message = message
        self.tasks = tasks
    }
}
