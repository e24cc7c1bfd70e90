import DubanDocuments
import DubanStrings

/// Row drafts → tasks: merged cells resolved from the row above (never across tables), names
/// split, labels separated from texts. Every inference is recorded as a warning on its task.
struct PlanAssembler {
    var planYear: Int?

    func assemble(_ drafts: [RowDraft], labelsFromText: Bool) -> [PlanTask] {
        let (standalone, repeated) = standaloneNames(drafts)
        let splitter = UnitListSplitter(known: standalone)
        let runTogether = RunTogetherSplitter(standalone: standalone)
        var tasks: [PlanTask] = []
        var previous: [ResponsibilityField: [String]] = [:]
        var table: Int?
        for draft in drafts {
            if draft.table != table {
                previous = [:]
                table = draft.table
            }
            var task = PlanTask(
                attachment: draft.attachment, path: draft.path, label: draft.label,
                text: NameText.removingWhitespace(draft.text), location: draft.location)
            task.warnings = draft.warnings
            var resolved: [ResponsibilityField: [String]] = [:]
            for field in ResponsibilityField.allCases {
                switch draft.value(field) {
                case .lines(let lines):
                    resolved[field] = read(
                        field, lines, splitter, runTogether, &task,
                        checkShapes: draft.checksUnitShapes, repeated: repeated)
                case .sameAsAbove(let evidence):
                    let value = previous[field] ?? []
                    resolved[field] = value
                    if !value.isEmpty {
                        task.inherited.append(field)
                        // A blank TAB cell is a merged cell: only a missing line is a guess.
                        if evidence == .missingLine {
                            let shown = field == .deadline ? value.joined() : value.joined(separator: "、")
                            task.warnings.append(
                                ImportWarning(
                                    .inheritedField, Strings.Import.inherited(field.rawValue, value: shown, merged: evidence == .blankCell), at: draft.location)
                            )
                        }
                    }
                }
            }
            task.leaders = resolved[.leaders] ?? []
            task.leadUnits = resolved[.leadUnits] ?? []
            task.coopUnits = resolved[.coopUnits] ?? []
            task.deadline = resolved[.deadline]?.first
            previous = resolved
            tasks.append(task)
        }
        return labelsFromText ? separateLabels(tasks, drafts: drafts) : tasks
    }

    private func read(
        _ field: ResponsibilityField, _ lines: [String], _ splitter: UnitListSplitter,
        _ runTogether: RunTogetherSplitter, _ task: inout PlanTask, checkShapes: Bool, repeated: Set<String>
    ) -> [String] {
        switch field {
        case .leaders:
            return LeaderNames.split(lines.joined(separator: "\n"))
        case .deadline:
            let text = lines.joined()
            guard !text.isEmpty else { return [] }
            if let deadline = Deadline.parse(text, planYear: planYear) { return [deadline] }
            if Deadline.isOngoing(text) {
                task.deadlineText = text
                return []
            }
            task.warnings.append(ImportWarning(.deadlineUnclear, Strings.Import.deadlineUnclear(text), at: task.location))
            return []
        case .leadUnits, .coopUnits:
            let result = splitter.split(lines: lines)
            for name in result.joined {
                task.warnings.append(ImportWarning(.joinedName, Strings.Import.joinedName(name), at: task.location))
            }
            // `发改局（牵头）`: the mark told the recognizer who leads; it is not part of the name.
            let names = result.names.map { ResponsibleList.unmarked($0).name }.flatMap { name -> [String] in
                guard let parts = runTogether.parts(of: name) else { return [name] }
                task.warnings.append(ImportWarning(.splitName, Strings.Import.splitRunTogether(name, parts: parts), at: task.location))
                return parts
            }
            for name in names where checkShapes && !repeated.contains(name) && !UnitNames.looksLikeUnit(name) {
                task.warnings.append(ImportWarning(.doubtfulName, Strings.Import.doubtfulName(name), at: task.location))
            }
            return names
        }
    }

    /// Names that stand alone somewhere in the document (a cell of one name, or one item of a
    /// list), and names printed in more than one row, whatever their shape.
    private func standaloneNames(_ drafts: [RowDraft]) -> (standalone: Set<String>, repeated: Set<String>) {
        var names: Set<String> = []
        var rows: [String: Int] = [:]
        let plain = UnitListSplitter()
        for draft in drafts {
            var seen: Set<String> = []
            for value in [draft.leadUnits, draft.coopUnits] {
                guard case .lines(let lines) = value else { continue }
                for line in lines {
                    for piece in NameText.splitOutsideParentheses(line, at: NameText.separators) {
                        if plain.isComplete(piece) { names.insert(piece) }
                        seen.insert(piece)
                    }
                }
            }
            for piece in seen { rows[piece, default: 0] += 1 }
        }
        return (names, Set(rows.filter { $0.value > 1 }.keys))
    }

    /// In a table where every standard opens with its own `(N)`, numbered in order, that number is
    /// the row's label. Where a cell holds several `（1）…（2）…` they are sub-points and stay in the text.
    private func separateLabels(_ tasks: [PlanTask], drafts: [RowDraft]) -> [PlanTask] {
        var result = tasks
        let tables = Dictionary(grouping: tasks.indices, by: { drafts[$0].table })
        for (_, indices) in tables {
            var last = 0
            let labelled = indices.allSatisfy { index in
                guard tasks[index].label.isEmpty, let parsed = StandardText.leadingLabel(tasks[index].text),
                    StandardText.labelCount(tasks[index].text) == 1, parsed.number > last
                else { return false }
                last = parsed.number
                return true
            }
            guard labelled, indices.count >= 2 else { continue }
            for index in indices {
                if let parsed = StandardText.leadingLabel(result[index].text) {
                    result[index].label = parsed.label
                    result[index].text = parsed.rest
                }
            }
        }
        return result
    }
}
