/// Who a signed-in person is, as far as permissions care.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Installs, manages accounts and governments.
    case admin
    /// 督查室 / 政府办: imports and publishes plans, reviews, urges, publishes bulletins, assesses.
    case supervisor
    /// 区领导: reads everything of the government, writes instructions.
    case leader
    /// A unit's liaison: acts only on tasks the unit leads or cooperates on.
    case unit
    /// Reads what is published.
    case viewer
}

/// The acting person: role plus what scopes it (government, unit, leader name).
public struct Actor: Sendable, Equatable, Codable {
    public var accountID: Int
    public var role: Role
    /// Nil only for an admin of the whole installation.
    public var governmentID: Int?
    /// For `.unit`: the unit the liaison speaks for.
    public var unitID: Int?
    /// For `.leader`: the leader record the account belongs to.
    public var leaderID: Int?
    /// For `.unit`: the account is the unit leader's, who signs off its liaison's reports (审签).
    /// Optional so that actors encoded before it decode as they were.
    public var signer: Bool?

    public init(accountID: Int, role: Role, governmentID: Int?, unitID: Int? = nil, leaderID: Int? = nil, signer: Bool? = nil) {
        self.accountID = accountID
        self.role = role
        self.governmentID = governmentID
        self.unitID = unitID
        self.leaderID = leaderID
        self.signer = signer
    }

    /// Signs off the unit's reports: a unit account marked as the unit leader's.
    public var signsOff: Bool { role == .unit && signer == true }
}

/// What someone wants to do. Every route maps to exactly one action.
public enum Action: String, Sendable, Codable, CaseIterable {
    case readPlan, readTask, readAudit
    case importPlan, editPlan, publishPlan, amendTask
    case acknowledgeTask, editWorkItems
    /// 延期申请 / 目标调整申请, by the lead unit.
    case requestChange
    case submitReport, contributeReport
    /// 审签: the unit leader approves or returns the liaison's report before it reaches the office.
    case signOffReport
    case reviewReport
    case urge, answerUrging, escalateUrging
    case writeInstruction
    case closeTask
    case manageDirectory, manageAccounts, manageGovernments, manageCalendar
    case publishBulletin, runAssessment
    case readNotifications
    /// 录入填报表: the office enters the reports a unit sent back on a progress sheet.
    case enterSheetReports
    /// 上下级对接: the parent's office passes tasks down; the child's confirms which of its tasks take them up.
    case linkLevels
    /// 减负: the office's ceiling on what it asks of each unit a month.
    case setBurdenCeiling
}

/// What the action is done to, with the facts permissions need (never a database row).
public struct Subject: Sendable, Equatable {
    public var governmentID: Int?
    public var leadUnitIDs: Set<Int>
    public var coopUnitIDs: Set<Int>
    public var leaderIDs: Set<Int>
    /// The unit an urging or report is addressed to / written by, where it matters.
    public var unitID: Int?
    public var published: Bool
    /// Other governments that may read this task through a level link: the children a parent's
    /// task is passed down to, or the parent whose task a child's task has been confirmed to take up.
    public var linkedGovernmentIDs: Set<Int>

    public init(
        governmentID: Int?, leadUnitIDs: Set<Int> = [], coopUnitIDs: Set<Int> = [], leaderIDs: Set<Int> = [],
        unitID: Int? = nil, published: Bool = true, linkedGovernmentIDs: Set<Int> = []
    ) {
        self.governmentID = governmentID
        self.leadUnitIDs = leadUnitIDs
        self.coopUnitIDs = coopUnitIDs
        self.leaderIDs = leaderIDs
        self.unitID = unitID
        self.published = published
        self.linkedGovernmentIDs = linkedGovernmentIDs
    }

    /// A government-wide subject (a plan, the directory, a bulletin).
    public static func government(_ id: Int?, published: Bool = true) -> Subject {
        Subject(governmentID: id, published: published)
    }
}

public enum Decision: Sendable, Equatable {
    case allowed
    /// With the Chinese reason shown to the user.
    case denied(String)

    public var isAllowed: Bool { self == .allowed }
}
