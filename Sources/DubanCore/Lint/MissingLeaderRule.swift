import DubanStrings

/// Tasks with no leader in a plan whose tables name leaders: one finding per attachment when the
/// whole attachment has none, else one per section. (The plan does not record its columns; a
/// plan where no task names a leader is taken to have no leader column.)
struct MissingLeaderRule: LintRule {
    func check(_ context: LintContext) -> [Finding] {
        let tasks = context.tasks
        guard tasks.contains(where: { !$0.leaders.isEmpty }) else { return [] }
        var findings: [Finding] = []
        for attachment in uniqueInOrder(tasks.map(\.attachment)) {
            let inAttachment = tasks.indices.filter { tasks[$0].attachment == attachment }
            let missing = inAttachment.filter { tasks[$0].leaders.isEmpty }
            guard !missing.isEmpty else { continue }
            if missing.count == inAttachment.count {
                findings.append(
                    Finding(
                        .warning, .missingLeader,
                        Strings.Lint.attachmentWithoutLeaders(attachment, count: missing.count), tasks: missing))
                continue
            }
            for section in uniqueInOrder(missing.map { tasks[$0].path.first ?? "" }) {
                let inSection = missing.filter { (tasks[$0].path.first ?? "") == section }
                findings.append(
                    Finding(
                        .warning, .missingLeader,
                        Strings.Lint.sectionWithoutLeaders(
                            attachment, section: section,
                            tasks: inSection.map(context.reference)),
                        tasks: inSection))
            }
        }
        return findings
    }
}

func uniqueInOrder<T: Hashable>(_ values: [T]) -> [T] {
    var seen: Set<T> = []
    return values.filter { seen.insert($0).inserted }
}
