import DubanDocuments
import DubanStrings

/// Plans written as prose: numbered items (一、（一）1.（1）①) whose responsibility is written
/// inline at the end (`…（牵头单位：X；配合单位：Y）`, `（X牵头，Y配合）`, `（X等负责）`), on label
/// lines after the item (`牵头单位：…`, `分管领导：…`, `部门分工：X牵头，Y配合。`), or by a heading
/// that names the leader (`一、王纲市长主抓重点工作`). Which paragraphs are tasks and which are
/// headings follows from where the document attached responsibility, not from a fixed level.
struct ItemRecognizer {
    let document: Document

    func recognize() -> RecognizedRows {
        let builder = OutlineBuilder(lines: document.lines)
        let outline = builder.outline
        var out = RecognizedRows()
        // Metadata may sit anywhere outside the tasks: a signature under the notice's last point.
        out.paragraphs = document.lines.filter { !$0.text.isBlank }.map { Paragraph(text: $0.text, location: .line($0.number)) }
        out.attachments = builder.attachments
        let tasks = taskNodes(outline)
        let endsAbruptly = document.lines.last.map { !$0.text.isBlank } ?? false
        let lastLine = document.lines.last(where: { !$0.text.isBlank })?.number ?? 0
        var positional = 0
        for index in tasks {
            let node = outline.nodes[index]
            let assignment = node.assignment ?? Assignment()
            var path = outline.ancestors(of: index).filter { !tasks.contains($0) }.map { outline.nodes[$0].title }
            var label = node.label
            var lines = node.lines
            // `一、加大城市治堵力度` over a paragraph: the number and title name the group, the paragraph is the task.
            if node.titled
                || lines.count >= 2 && !node.foldedPoints.contains(1) && Self.isTitle(lines[0])
                    && lines[1].count > lines[0].count && lines.dropFirst().joined().count >= 30
            {
                path.append(lines.removeFirst())
                label = ""
            }
            let leaders =
                assignment.leaders.isEmpty
                ? (outline.ancestors(of: index).reversed().first { !outline.nodes[$0].leaders.isEmpty }.map { outline.nodes[$0].leaders } ?? [])
                : assignment.leaders
            let units = assignment.units()
            var draft = RowDraft(
                attachment: node.attachment, table: 1, path: path, label: label, text: lines.joined(),
                leaders: .lines(leaders), leadUnits: .lines(units.lead.isEmpty ? [] : [units.lead.joined(separator: "、")]),
                coopUnits: .lines(units.coop.isEmpty ? [] : [units.coop.joined(separator: "、")]),
                deadline: .lines(assignment.deadline), location: node.location)
            let atEnd = endsAbruptly && node.lastLine >= lastLine
            if atEnd || assignment.truncated {
                out.warnings.append(ImportWarning(.truncated, Strings.Import.truncatedLast(Self.shortName(label: label, text: draft.text)), at: node.location))
            } else if node.assignment == nil {
                draft.warnings.append(ImportWarning(.noResponsibility, Strings.Import.noResponsibility, at: node.location))
            } else if units.lead.isEmpty && !units.coop.isEmpty {
                draft.warnings.append(ImportWarning(.ambiguousUnits, Strings.Import.coopWithoutLead, at: node.location))
            }
            if units.byPosition { positional += 1 }
            draft.checksUnitShapes = !atEnd
            out.rows.append(draft)
        }
        if positional > 0 {
            let note = builder.statedRule.map { Strings.Import.statedRule($0.text) } ?? Strings.Import.firstListedLeads(positional)
            let place = builder.statedRule.map { SourceLocation.line($0.line) } ?? out.rows.first?.location ?? SourceLocation()
            out.warnings.insert(ImportWarning(.positionalSplit, note, at: place), at: 0)
        }
        return out
    }

    /// The paragraphs that are tasks: those the document attached responsibility to, and their
    /// siblings that lack it (flagged). With no responsibility anywhere, the innermost
    /// numbered paragraphs, so that a plan is never refused for lack of unit names.
    func taskNodes(_ outline: Outline) -> [Int] {
        let nodes = outline.nodes
        let attached = Set(nodes.indices.filter { !nodes[$0].folded && nodes[$0].assignment != nil && nodes[$0].heading == nil })
        var tasks = attached
        if attached.isEmpty {
            let leaves = nodes.indices.filter {
                !nodes[$0].folded && nodes[$0].heading == nil && outline.liveChildren(of: $0).isEmpty && !nodes[$0].label.isEmpty
            }
            guard leaves.count >= 2, let deepest = leaves.map({ nodes[$0].rank }).max() else { return [] }
            return leaves.filter { nodes[$0].rank == deepest }
        }
        for index in attached {
            for sibling in outline.liveChildren(of: nodes[index].parent)
            where nodes[sibling].rank == nodes[index].rank && nodes[sibling].heading == nil
                && outline.liveChildren(of: sibling).isEmpty && !nodes[sibling].label.isEmpty
            {
                tasks.insert(sibling)
            }
        }
        return tasks.sorted()
    }

    /// Short and not a sentence: `加大城市治堵力度`, `深化“五水共治”`.
    static func isTitle(_ line: String) -> Bool {
        guard line.count <= 24, let last = line.last else { return false }
        return !"。；;，,：:".contains(last)
    }

    static func shortName(label: String, text: String) -> String {
        (label.isEmpty ? "" : label + " ") + String(text.prefix(16)) + (text.count > 16 ? "…" : "")
    }
}
