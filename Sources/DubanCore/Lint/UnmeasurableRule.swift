import DubanStrings

/// Per section: the standards with nothing to count and no deliverable, which only a reviewer's
/// judgement can track. Information for the office, not a defect of any one task.
struct UnmeasurableRule: LintRule {
    func check(_ context: LintContext) -> [Finding] {
        let tasks = context.tasks
        var findings: [Finding] = []
        let sections = uniqueInOrder(tasks.map { SectionKey(attachment: $0.attachment, title: $0.path.first ?? "") })
        for section in sections {
            let members = tasks.indices.filter { SectionKey(attachment: tasks[$0].attachment, title: tasks[$0].path.first ?? "") == section }
            let vague = members.filter { context.analyses[$0].kind == .qualitative && context.analyses[$0].indicators.isEmpty }
            guard !vague.isEmpty else { continue }
            findings.append(
                Finding(
                    .info, .unmeasurable,
                    Strings.Lint.unmeasurable(
                        section.attachment, section: section.title,
                        count: vague.count, of: members.count),
                    tasks: vague))
        }
        return findings
    }

    struct SectionKey: Hashable {
        var attachment: Int
        var title: String
    }
}
