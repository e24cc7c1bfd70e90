/// Why a light is not green, as a value: code decides by the cause, people read the sentence
/// beside it (`LightVerdict.reasons`), and nothing matches Chinese text.
public enum LightCause: String, Sendable, Codable, CaseIterable {
    /// Behind 序时进度.
    case behindSchedule
    /// A level below its target or a cap broken.
    case belowTarget
    /// A required figure left blank: the report is incomplete.
    case reportIncomplete
    case pastDeadline
    /// The round's report is not in and its grace window is over (未报送).
    case reportMissing
    /// Not in, still inside the grace window.
    case reportOverdue
    /// In, after the due day (补报).
    case reportLate
    /// Returned and not refiled within its correction window.
    case returnLapsed
    case urgingOverdue
    case urgingOpen

    /// How a bulletin groups causes: progress (进度滞后) is kept apart from reporting
    /// (报送不及时) and from reports never sent (未报送).
    public enum Family: Sendable, Equatable { case progress, reporting, missing, deadline, urging }

    public var family: Family {
        switch self {
        case .behindSchedule, .belowTarget: .progress
        case .reportIncomplete, .reportOverdue, .reportLate, .returnLapsed: .reporting
        case .reportMissing: .missing
        case .pastDeadline: .deadline
        case .urgingOverdue, .urgingOpen: .urging
        }
    }

    /// The unit still owes the office a report for the round.
    public var owesReport: Bool { self == .reportMissing || self == .reportOverdue || self == .returnLapsed }
}
