import DubanStrings

/// What a person must answer about an imported row before the plan is published: who leads it
/// and who is in charge, when the document did not say, or said it with a name that is no one
/// in particular (`相关街道`, `(邹区镇)各街道`, `全体区长`). The importer's own guesses (a field
/// carried down from a row above, a positional split) are its warnings; these come on top.
public enum ResponsibilityReview {
    /// `names`: every unit name the document prints, where a broken name's other half may be.
    public static func doubts(_ task: PlanTask, names: Set<String> = []) -> [String] {
        typealias ConfirmText = Strings.Confirm
        var out: [String] = []
        if task.leadUnits.isEmpty, !task.warnings.contains(where: { $0.code == .noResponsibility }) { out.append(ConfirmText.noLeadUnit) }
        if task.leaders.isEmpty { out.append(ConfirmText.noLeader) }
        for name in task.leadUnits + task.coopUnits {
            if let parts = split(name, names: names) {
                out.append(parts.count > 1 ? ConfirmText.brokenName(name, parts: parts) : ConfirmText.brokenNameUnknown(name))
            } else if CollectiveRules.target(of: name) == .someOf {
                out.append(ConfirmText.vagueUnit(name))
            }
        }
        for name in task.leaders where isGroupTitle(name) { out.append(ConfirmText.groupLeader(name)) }
        return out
    }

    /// The document did not say who leads: no lead unit, or one carried down from a missing line
    /// (a blank cell of a table is a merged cell, and as sure as a printed one).
    public static func leadIsUnsure(_ task: PlanTask) -> Bool {
        task.leadUnits.isEmpty || (task.inherited.contains(.leadUnits) && task.warnings.contains { $0.code == .inheritedField })
    }

    /// A name that starts with a bracket (`(邹区镇)各街道`) lost its first half to the line above:
    /// the half is the printed name ending in the same bracket (`高新园(邹区镇)`), and the rest is
    /// a name of its own. Returns the two names, or the name alone when no half is printed; nil
    /// for a whole name. A proposal for the office: the importer keeps the name as printed.
    public static func split(_ name: String, names: Set<String>) -> [String]? {
        let key = UnitNameText.key(name)
        guard let (inner, rest) = UnitNameText.leadingBracket(key) else { return nil }
        let halves = names.map(UnitNameText.key).filter { $0 != key && $0.hasSuffix("(\(inner))") && $0.count > inner.count + 2 }
        guard let half = halves.min() else { return [name] }
        return [half, rest]
    }

    /// `全体区长`, `各副区长`, `区领导`: a group, not a person (a lone `区长` is one person).
    public static func isGroupTitle(_ name: String) -> Bool {
        ["全体", "各", "相关", "有关"].contains(where: name.hasPrefix) || ["区领导", "分管区领导", "区政府领导", "分管领导", "相关领导"].contains(name)
    }
}
