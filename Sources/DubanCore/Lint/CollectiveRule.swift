import DubanStrings

/// Collective names nobody has resolved (`相关街道`, `安委会成员单位`): a person has to choose the
/// units, or the directory file has to list them. Worse as a lead than as a cooperating unit.
struct CollectiveRule: LintRule {
    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for collective in context.directory.collectives where collective.needsPerson {
            let key = UnitNameText.key(collective.name)
            let asLead = context.tasks.indices.filter { context.leadKeys[$0].contains(key) }
            let asCoop = context.tasks.indices.filter { context.coopKeys[$0].contains(key) }
            let tasks = uniqueInOrder((asLead + asCoop).sorted())
            guard !tasks.isEmpty else { continue }
            findings.append(
                Finding(
                    .warning, .collectiveNeedsPerson,
                    Strings.Lint.collectiveNeedsPerson(
                        collective.name, membership: collective.target == .membership,
                        lead: asLead.count, coop: asCoop.count),
                    tasks: tasks))
        }
        return findings
    }
}
