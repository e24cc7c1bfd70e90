import DubanStrings

/// (who, what, to what) → allowed or a refusal the user can read. Every use case in DubanStore
/// asks it (through `Guard`) before it writes, and `scope` bounds every list and search; nothing
/// else decides access.
public enum Permissions {
    /// Writes a unit makes in its own name: nobody may make them for it, not even an admin.
    public static let unitWrites: Set<Action> = [
        .acknowledgeTask, .editWorkItems, .submitReport, .contributeReport, .answerUrging, .requestChange, .signOffReport,
    ]
    /// What anyone may do to a published subject without signing in.
    public static let publicReads: Set<Action> = [.readPlan, .readTask]

    static let leaderActions: Set<Action> = [.readPlan, .readTask, .readNotifications, .writeInstruction]
    static let unitActions: Set<Action> = unitWrites.union([.readPlan, .readTask, .readNotifications])
    static let viewerActions: Set<Action> = publicReads

    public static func decide(_ actor: Actor?, _ action: Action, _ subject: Subject) -> Decision {
        typealias DenialText = Strings.Supervision.Denial
        guard let actor else {
            return publicReads.contains(action) && subject.published ? .allowed : .denied(DenialText.notSignedIn)
        }
        if actor.role == .admin {
            return unitWrites.contains(action) || action == .writeInstruction ? refusal(actor.role, action) : .allowed
        }
        guard let government = actor.governmentID else { return .denied(DenialText.noGovernment) }
        guard subject.governmentID == government else {
            // Across levels only a published task is read, and only through a link; nothing is written there.
            let linked = action == .readTask && subject.published && subject.linkedGovernmentIDs.contains(government)
            return linked ? .allowed : .denied(DenialText.otherGovernment)
        }

        switch actor.role {
        case .admin:
            return .allowed
        case .supervisor:
            // The office works on drafts too: it imports and confirms before publishing.
            let forbidden = unitWrites.union([.writeInstruction, .manageGovernments, .manageCalendar])
            return forbidden.contains(action) ? refusal(actor.role, action) : .allowed
        case .leader, .viewer:
            let allowed = actor.role == .leader ? leaderActions : viewerActions
            guard allowed.contains(action) else { return refusal(actor.role, action) }
            return subject.published ? .allowed : .denied(DenialText.notPublished)
        case .unit:
            guard unitActions.contains(action) else { return refusal(actor.role, action) }
            guard subject.published else { return .denied(DenialText.notPublished) }
            return decideForUnit(actor, action, subject)
        }
    }

    /// A unit reads the whole plan but acts only on its own tasks, in its own name.
    private static func decideForUnit(_ actor: Actor, _ action: Action, _ subject: Subject) -> Decision {
        typealias DenialText = Strings.Supervision.Denial
        if publicReads.contains(action) { return .allowed }
        guard let unit = actor.unitID else { return .denied(DenialText.noUnit) }
        if let addressed = subject.unitID, addressed != unit { return .denied(DenialText.otherUnit) }
        switch action {
        case .readNotifications:
            return .allowed
        case .signOffReport:
            // Only the unit's own leader: `subject.unitID`, the report's unit, was checked above.
            guard actor.signsOff else { return .denied(DenialText.signerOnly) }
            return subject.unitID == unit && (subject.leadUnitIDs.contains(unit) || subject.coopUnitIDs.contains(unit))
                ? .allowed : .denied(DenialText.notTaskUnit)
        case .contributeReport:
            return subject.leadUnitIDs.contains(unit) || subject.coopUnitIDs.contains(unit) ? .allowed : .denied(DenialText.notTaskUnit)
        case .answerUrging:
            // Whoever the office urged answers it: a cooperating unit too, when the urging names it.
            let urged = subject.unitID == unit || subject.unitID == nil && subject.leadUnitIDs.contains(unit)
            return urged && (subject.leadUnitIDs.contains(unit) || subject.coopUnitIDs.contains(unit)) ? .allowed : .denied(DenialText.notTaskUnit)
        default:
            if subject.leadUnitIDs.contains(unit) { return .allowed }
            return subject.coopUnitIDs.contains(unit) ? .denied(DenialText.leadOnly(action: action.chineseName)) : .denied(DenialText.notTaskUnit)
        }
    }

    /// The most specific refusal for an action the role never has.
    private static func refusal(_ role: Role, _ action: Action) -> Decision {
        typealias DenialText = Strings.Supervision.Denial
        if unitWrites.contains(action) { return .denied(DenialText.unitOnly(action: action.chineseName)) }
        if action == .writeInstruction { return .denied(DenialText.leaderOnly) }
        return .denied(DenialText.roleCannot(role: role.chineseName, action: action.chineseName))
    }
}
