import DubanStrings

/// What a person must answer about an imported row before the plan is published: who leads it
/// and who is in charge, when the document did not say, or said it with a name that is no one
/// in particular (`相关街道`, `(邹区镇)各街道`, `全体区长`). The importer's own guesses (a field
/// carried down from a row above, a positional split) are its warnings; these come on top.
public enum ResponsibilityReview {
    public static func doubts(_ task: PlanTask) -> [String] {
        typealias Say = Strings.Confirm
        var out: [String] = []
        if task.leadUnits.isEmpty, !task.warnings.contains(where: { $0.code == .noResponsibility }) { out.append(Say.noLeadUnit) }
        if task.leaders.isEmpty { out.append(Say.noLeader) }
        for name in task.leadUnits + task.coopUnits where CollectiveRules.target(of: name) == .someOf {
            out.append(Say.vagueUnit(name))
        }
        for name in task.leaders where isGroupTitle(name) { out.append(Say.groupLeader(name)) }
        return out
    }

    /// `全体区长`, `各副区长`, `区领导`: a group, not a person (a lone `区长` is one person).
    public static func isGroupTitle(_ name: String) -> Bool {
        ["全体", "各", "相关", "有关"].contains(where: name.hasPrefix) || ["区领导", "分管区领导", "区政府领导", "分管领导", "相关领导"].contains(name)
    }
}
