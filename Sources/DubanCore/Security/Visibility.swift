/// One rule for what a visitor (nobody signed in) sees of the supervision record, applied by
/// every reader of it: the task page and API, bulletins and their Word file, open data. A
/// visitor sees a published plan, its responsibility and its lights; the working record behind
/// them — units' reports, the office's urgings, leaders' 批示, work items, the audit trail and
/// the importer's notes — is for signed-in people of that government.
public enum Visibility {
    public enum Part: String, Sendable, CaseIterable {
        case reports, urgings, instructions, workItems, audit, importWarnings
    }

    public static func shows(_ part: Part, to actor: Actor?) -> Bool {
        actor != nil
    }

    /// What another level's government reads of a linked task: its reports (the answer it shares),
    /// not the urgings, instructions, work items or audit of the government that owns it.
    public static func shows(_ part: Part, to actor: Actor?, ownerGovernmentID: Int) -> Bool {
        guard let actor, let government = actor.governmentID, government != ownerGovernmentID else { return shows(part, to: actor) }
        return part == .reports
    }
}

extension Bulletin {
    /// The bulletin as `actor` may read it: the parts `Visibility` withholds are emptied.
    public func visible(to actor: Actor?) -> Bulletin {
        var shown = self
        if !Visibility.shows(.instructions, to: actor) { shown.instructions = [] }
        if !Visibility.shows(.urgings, to: actor) { shown.urged = [] }
        return shown
    }
}
