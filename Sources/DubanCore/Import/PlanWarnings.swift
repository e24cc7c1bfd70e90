import DubanStrings

/// The plan's own warnings as a clerk reads them: what is genuinely uncertain first, then one
/// note per run of rows that took a field from the row above (`(6)至(17)共12项未列出分管领导…`),
/// rather than the same sentence a hundred times.
enum PlanWarnings {
    static func ordered(_ warnings: [ImportWarning], tasks: [PlanTask]) -> [ImportWarning] {
        let uncertain: [ImportWarning.Code] = [.truncated, .noResponsibility, .doubtfulName, .unplacedLine, .positionalSplit, .reading]
        let first = warnings.filter { uncertain.contains($0.code) }
        let rest = warnings.filter { !uncertain.contains($0.code) }
        return first + inheritedRuns(tasks) + rest
    }

    /// Consecutive tasks that inferred the same field with the same value from a missing line.
    static func inheritedRuns(_ tasks: [PlanTask]) -> [ImportWarning] {
        var notes: [ImportWarning] = []
        for field in ResponsibilityField.allCases {
            var run: [PlanTask] = []
            func close() {
                defer { run = [] }
                guard run.count >= 2, let head = run.first, let tail = run.last else { return }
                let value = values(head, field).joined(separator: "、")
                notes.append(
                    ImportWarning(
                        .inheritedField,
                        Strings.Import.inheritedRun(
                            field.rawValue, value: value, first: name(head), last: name(tail), count: run.count), at: head.location))
            }
            for task in tasks {
                // A field taken from a missing line carries its warning; a merged cell's does not.
                let guessed = task.inherited.contains(field) && task.warnings.contains { $0.code == .inheritedField }
                if guessed, let last = run.last, values(last, field) == values(task, field), last.attachment == task.attachment {
                    run.append(task)
                } else {
                    close()
                    if guessed { run = [task] }
                }
            }
            close()
        }
        return notes
    }

    static func values(_ task: PlanTask, _ field: ResponsibilityField) -> [String] {
        switch field {
        case .leaders: task.leaders
        case .leadUnits: task.leadUnits
        case .coopUnits: task.coopUnits
        case .deadline: task.deadline.map { [$0] } ?? []
        }
    }

    static func name(_ task: PlanTask) -> String {
        task.label.isEmpty ? task.location.description : task.label
    }
}
