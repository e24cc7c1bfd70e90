import DubanCore
import DubanStore

/// What each role's first page shows: what needs their attention today. Built from the store by
/// `HomeController`, rendered as it is by `HomeView`.
enum HomeModel: Sendable, Codable {
    case office(Office)
    case unit(UnitDesk)
    case leader(LeaderDesk)
    case visitor(Visitor)

    /// One plan on the office's page, with its board a month ago when it was published by then.
    struct PlanSummary: Sendable, Codable {
        var plan: PlanEntry
        var rows: [TaskRow]
        var previous: [TaskRow]?
    }

    struct Office: Sendable, Codable {
        var plans: [PlanSummary]
        var reviewQueue: [Dashboard.ReportItem]
        var openUrgings: [Dashboard.UrgingItem]
        /// Reports whose author's account this reviewer issued are marked (M1).
        var reviewerID: Int
    }

    struct UnitDesk: Sendable, Codable {
        var unitID: Int
        var rows: [TaskRow]
        var led: [TaskRow]
        var cooperating: [TaskRow]
        /// A report still owed for the round (not a late one already in), or nothing due yet.
        var due: [TaskRow]
        var returned: [Dashboard.ReportItem]
        var urgings: [Dashboard.UrgingItem]
        /// 审签: the unit's reports waiting for its leader; `signs` when the reader is that leader.
        var awaitingSignOff: [SignOffs.Entry]
        var signs: Bool
    }

    struct LeaderDesk: Sendable, Codable {
        var rows: [TaskRow]
        var notices: [Dashboard.UrgingItem]
    }

    struct Visitor: Sendable, Codable {
        var plans: [PlanEntry]
    }
}
