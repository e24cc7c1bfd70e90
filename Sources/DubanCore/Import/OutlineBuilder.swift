import DubanDocuments

/// Reads a prose plan's lines into its outline. A numbered line opens a node under the last
/// node of a higher level; an unnumbered line continues the open paragraph; a label line
/// (`牵头单位：…`) or an inline parenthesis attaches responsibility to the paragraph it follows.
struct OutlineBuilder {
    private(set) var outline = Outline()
    private(set) var paragraphs: [Paragraph] = []
    private(set) var attachments: [Attachment] = []
    /// Rules the document states outside any list (`排在第一位的为牵头单位`).
    private(set) var statedRule: (text: String, line: Int)?
    private var stack: [Int] = []
    private var attachment = 1
    /// The last unnumbered line outside any paragraph: a heading if a list starts right after it.
    private var pendingTitle: (text: String, line: Int)?
    /// The label line just read, whose list may wrap onto the next line.
    private var openLabel: (node: Int, role: ResponsibilityText.Role, value: String)?
    /// Outline levels at which the document attaches responsibility.
    private var attachedRanks: Set<Double> = []
    private let lastContentLine: Int
    /// Lines read since the last item, heading or label, outside any paragraph.
    private var loose: [(text: String, line: Int)] = []

    init(lines: [SourceLine]) {
        lastContentLine = lines.last(where: { !$0.text.isBlank })?.number ?? 0
        for line in Self.joiningWrappedParentheses(lines) {
            read(line.text, line: line)
        }
    }

    /// A parenthesis a page break or a wrap cut in two (`（牵头单位：区商务局；` / `配合单位：区发改局）`)
    /// is one line again; up to three lines, and never across a numbered line.
    static func joiningWrappedParentheses(_ lines: [SourceLine]) -> [SourceLine] {
        let compact = lines.map { SourceLine(number: $0.number, text: NameText.removingWhitespace($0.text)) }.filter { !$0.text.isEmpty }
        func balance(_ text: String) -> Int {
            var depth = 0
            for scalar in text.unicodeScalars {
                switch scalar {
                case "(", "（": depth += 1
                case ")", "）": depth -= 1
                default: break
                }
            }
            return depth
        }
        var out: [SourceLine] = []
        var index = 0
        while index < compact.count {
            var line = compact[index]
            var depth = balance(line.text)
            var next = index + 1
            while depth > 0, next < compact.count, next - index <= 3, OutlineMarker.parse(compact[next].text) == nil {
                let joined = line.text + compact[next].text
                if balance(joined) < 0 { break }
                line = SourceLine(number: line.number, text: joined)
                depth = balance(joined)
                next += 1
            }
            if depth == 0 && next > index + 1 {
                out.append(line)
                index = next
            } else {
                out.append(compact[index])
                index += 1
            }
        }
        return out
    }

    /// `compact` is the line with its white space removed.
    private mutating func read(_ compact: String, line: SourceLine) {
        let isLabel = ResponsibilityText.labelLine(compact) != nil
        let isLoose = !isLabel && OutlineMarker.parse(compact) == nil && (stack.last.map { outline.nodes[$0].closed } ?? true)
        if !isLoose && !isLabel { loose = [] }
        if let number = Headings.attachmentNumber(compact) ?? (compact == "附件" ? 1 : nil) {
            stack = []
            attachment = number
            pendingTitle = nil
            openLabel = nil
            if !attachments.contains(where: { $0.number == number }) { attachments.append(Attachment(number: number, title: "")) }
            return
        }
        if let (role, assignment) = ResponsibilityText.labelLineAssignment(compact) {
            if openUnnumberedItem(), let target = stack.last {
                attach(assignment, to: target, line: line.number)
                openLabel = (target, role, compact)
                return
            }
            if let target = labelTarget() {
                attach(assignment, to: target, line: line.number)
                openLabel = (target, role, compact)
                return
            }
        } else if let open = openLabel, continuesLabel(open, with: compact) {
            attach(ResponsibilityText.assignment(role: open.role, value: compact), to: open.node, line: line.number)
            openLabel = (open.node, open.role, compact)
            return
        }
        openLabel = nil
        if let marker = OutlineMarker.parse(compact), !marker.rest.isEmpty {
            open(marker, printed: compact, line: line)
            return
        }
        if let top = stack.last, !outline.nodes[top].closed {
            continueParagraph(top, with: compact, line: line)
            return
        }
        paragraphs.append(Paragraph(text: compact, location: .line(line.number)))
        loose.append((compact, line.number))
        // An unnumbered paragraph closing with its own responsibility (`…4个。牵头单位：市卫健委`).
        if let (body, assignment) = ResponsibilityText.trailing(compact, atEnd: line.number == lastContentLine),
            assignment.hasUnits, !body.isEmpty
        {
            loose[loose.count - 1].text = body
            if openUnnumberedItem(), let target = stack.last {
                outline.nodes[target].assignment = assignment
                outline.nodes[target].closed = true
            }
            return
        }
        if statedRule == nil, ResponsibilityText.statesFirstIsLead(compact) { statedRule = (compact, line.number) }
        if let leaders = LeaderHeading.leaders(compact) {
            // An unnumbered leader heading groups everything until the next one.
            stack = []
            pushHeading(compact, leaders: leaders, rank: -1, line: line)
            pendingTitle = nil
        } else {
            pendingTitle = (compact, line.number)
        }
    }

    /// Label lines after an unnumbered paragraph (and the short title over it) that follows a
    /// finished item, or no item at all: that paragraph is an item of its own (`加大城市治堵力度`
    /// over its 实事 text, then `分管领导：…`).
    private mutating func openUnnumberedItem() -> Bool {
        defer { loose = [] }
        guard let last = loose.last, last.text.count >= 8, OutlineBuilder.isSectionTitle(last.text) == false || last.text.count > 30
        else { return false }
        if let top = stack.last, !outline.nodes[top].closed { return false }
        var lines = [last]
        if loose.count >= 2, let title = loose.dropLast().last, ItemRecognizer.isTitle(title.text), title.text.count < last.text.count {
            lines.insert(title, at: 0)
        }
        let sibling = stack.last.map { outline.nodes[$0] }
        if let top = stack.last, outline.nodes[top].assignment != nil { stack.removeLast() }
        let rank = sibling.map { $0.assignment != nil ? $0.rank : $0.rank + 1 } ?? 9
        var node = Outline.Node(
            rank: rank, label: "", lines: lines.map(\.text), parent: stack.last, attachment: attachment,
            location: .line(lines[0].line), lastLine: last.line, printed: lines[0].text)
        node.titled = lines.count == 2
        push(node)
        paragraphs.removeAll { paragraph in lines.contains { $0.line == paragraph.location.line } }
        return true
    }

    private mutating func open(_ marker: OutlineMarker, printed: String, line: SourceLine) {
        let rank = Double(marker.rank)
        while let top = stack.last, outline.nodes[top].rank >= rank { stack.removeLast() }
        if let title = pendingTitle, title.line < line.number, marker.number == 1, Self.isSectionTitle(title.text) {
            while let top = stack.last, outline.nodes[top].rank >= rank - 0.5 { stack.removeLast() }
            pushHeading(title.text, leaders: [], rank: rank - 0.5, line: SourceLine(number: title.line, text: title.text))
        }
        pendingTitle = nil
        var node = Outline.Node(
            rank: rank, label: marker.label, lines: [marker.rest], parent: stack.last,
            attachment: attachment, location: .line(line.number), lastLine: line.number, printed: printed)
        if let leaders = LeaderHeading.leaders(marker.rest) {
            node.leaders = leaders
            node.heading = marker.rest
            node.closed = true
        } else if let (title, leaders) = LeaderHeading.trailingLeaders(marker.rest) {
            node.leaders = leaders
            node.heading = title
            node.lines = [title]
        } else if let (body, assignment) = ResponsibilityText.trailing(marker.rest, atEnd: line.number == lastContentLine) {
            node.lines = [body]
            node.assignment = assignment
            node.closed = true
            attachedRanks.insert(rank)
        }
        push(node)
    }

    private mutating func continueParagraph(_ index: Int, with compact: String, line: SourceLine) {
        if let (body, assignment) = ResponsibilityText.trailing(compact, atEnd: line.number == lastContentLine) {
            if !body.isEmpty { outline.nodes[index].lines.append(body) }
            outline.nodes[index].assignment = assignment
            outline.nodes[index].closed = true
            attachedRanks.insert(outline.nodes[index].rank)
        } else {
            outline.nodes[index].lines.append(compact)
        }
        outline.nodes[index].lastLine = line.number
    }

    /// The paragraph a label line belongs to: the open one, or, when it closes a run of
    /// numbered sub-points none of which has its own (`1.完善应急预案体系` `（1）…（4）`
    /// `（责任单位：…）`), the paragraph those points belong to.
    private mutating func labelTarget() -> Int? {
        guard let top = stack.last else { return nil }
        let node = outline.nodes[top]
        guard node.assignment == nil, let parent = node.parent, outline.nodes[parent].assignment == nil,
            outline.nodes[parent].heading == nil, !attachedRanks.contains(node.rank), node.rank > outline.nodes[parent].rank
        else { return top }
        let siblings = outline.nodes[parent].children
        guard siblings.count >= 2, siblings.allSatisfy({ outline.nodes[$0].assignment == nil && outline.nodes[$0].children.isEmpty })
        else { return top }
        for sibling in siblings {
            let index = outline.nodes[parent].lines.count
            outline.nodes[parent].lines.append(outline.nodes[sibling].printed)
            outline.nodes[parent].lines += outline.nodes[sibling].lines.dropFirst()
            outline.nodes[parent].foldedPoints.insert(index)
            outline.nodes[sibling].folded = true
        }
        outline.nodes[parent].children = []
        stack.removeAll { siblings.contains($0) }
        return parent
    }

    private mutating func attach(_ assignment: Assignment, to index: Int, line: Int) {
        if outline.nodes[index].assignment == nil { outline.nodes[index].assignment = Assignment() }
        outline.nodes[index].assignment?.merge(assignment)
        outline.nodes[index].closed = true
        outline.nodes[index].lastLine = line
        attachedRanks.insert(outline.nodes[index].rank)
        if statedRule == nil, let rule = assignment.rule { statedRule = (rule, line) }
    }

    /// A unit list wrapped onto the next line: the label's value ended with a separator, or
    /// the line is itself a list of unit names.
    private func continuesLabel(_ open: (node: Int, role: ResponsibilityText.Role, value: String), with compact: String) -> Bool {
        guard [.lead, .coop, .responsible].contains(open.role), OutlineMarker.parse(compact) == nil else { return false }
        if NameText.endsWithSeparator(open.value) { return true }
        return LineShape.isUnitList(compact)
    }

    private mutating func pushHeading(_ text: String, leaders: [String], rank: Double, line: SourceLine) {
        var node = Outline.Node(
            rank: rank, label: "", lines: [text], parent: stack.last, attachment: attachment,
            location: .line(line.number), lastLine: line.number, printed: text)
        node.heading = text
        node.leaders = leaders
        node.closed = true
        push(node)
    }

    private mutating func push(_ node: Outline.Node) {
        outline.nodes.append(node)
        let index = outline.nodes.count - 1
        if let parent = node.parent { outline.nodes[parent].children.append(index) }
        stack.append(index)
    }

    /// An unnumbered line that can head a list: short, not a sentence, not the document's own
    /// title (`…责任分解方案`), a date or a signature.
    static func isSectionTitle(_ text: String) -> Bool {
        guard (2...30).contains(text.count), let last = text.last, !"。；;，,：:".contains(last) else { return false }
        let documentWords = ["方案", "通知", "意见", "要点", "分解", "清单", "计划", "分工", "报告", "规划", "办法", "决定", "政府", "办公室", "办公厅"]
        if documentWords.contains(where: { text.hasSuffix($0) }) || text.contains("《") { return false }
        if text.first?.isASCIIDigit == true && text.contains("年") { return false }
        return !text.hasPrefix("(") && !text.hasPrefix("（")
    }
}
