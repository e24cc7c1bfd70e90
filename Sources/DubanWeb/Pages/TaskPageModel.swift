import DubanCore
import DubanStore
import Foundation

/// A task's page: the task as read, and what the signed-in role may do on it. The permissions
/// are decided here, once, so the view only shows what it is told it may.
struct TaskPageModel: Sendable, Codable {
    var detail: TaskDetail
    var allowed: Set<Action>
    /// Open urgings the signed-in unit may answer (its own), and those the office may escalate.
    var answerable: Set<Int>
    var escalatable: Set<Int>
    /// The urging form's default reply deadline: three working days on, by the installation's calendar.
    var defaultReplyBy: Date
    /// 延期与目标调整申请, for whoever is signed in.
    var changes: ChangeRequestSection.Model?
    /// The plan asks a red or yellow task's report to fill 存在问题 and 下步打算.
    var wordsWhenLit: Bool
    /// 会签: the cooperating units' parts of the period, for the lead unit, where the plan asks for them.
    var parts: CoSign.Parts?
    /// 审签: the signed-in unit's drafts of this task, and whether the account signs them.
    var drafts: [SignOffs.Entry]
    var canSign: Bool
    /// 上下级: the children's parts of a passed-down task, or the parent tasks this one answers.
    var levels: TaskLevels?

    init(
        detail: TaskDetail, subject: Subject, actor: Actor?, defaultReplyBy: Date, changes: ChangeRequestSection.Model? = nil,
        wordsWhenLit: Bool = false, parts: CoSign.Parts? = nil, drafts: [SignOffs.Entry] = [], levels: TaskLevels? = nil
    ) {
        self.levels = levels
        self.parts = parts
        self.drafts = drafts
        var own = subject
        own.unitID = actor?.unitID
        canSign = actor?.unitID != nil && Permissions.decide(actor, .signOffReport, own).isAllowed
        self.detail = detail
        self.defaultReplyBy = defaultReplyBy
        self.changes = changes
        self.wordsWhenLit = wordsWhenLit
        allowed = Set(Action.allCases.filter { Permissions.decide(actor, $0, subject).isAllowed })
        let open = detail.urgings.filter { $0.answer == nil }
        answerable = Set(
            open.filter { urging in
                var scoped = subject
                scoped.unitID = urging.unit.id
                return actor?.unitID == urging.unit.id && Permissions.decide(actor, .answerUrging, scoped).isAllowed
            }.map(\.id))
        let mayEscalate = Permissions.decide(actor, .escalateUrging, subject).isAllowed
        escalatable = mayEscalate ? Set(open.filter { $0.escalatedAt == nil }.map(\.id)) : []
    }
}
