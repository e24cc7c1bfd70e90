import DubanDocuments

/// Plans written as prose items rather than tables: responsibility inline at the end of an item
/// (`…（牵头单位：X；配合单位：Y）`, `（X牵头，Y配合）`, `（X主办，Y协办）`, `（X负责）`), on label
/// lines after it (`牵头单位：…`), or under a leader's heading (`张三副区长牵头负责的工作`).
struct InlineRecognizer {
    let document: Document

    typealias Output = RecognizedRows

    func recognize() -> Output {
        var out = Output()
        var attachment = 1
        var section: String?
        var leaders: [String] = []
        var current: RowDraft?
        var table = 1

        func finish() {
            if let row = current { out.rows.append(row) }
            current = nil
        }

        for line in document.lines {
            let text = line.text.trimmed()
            let compact = NameText.removingWhitespace(text)
            if compact.isEmpty { continue }
            if let number = Headings.attachmentNumber(compact) {
                finish()
                attachment = number
                table += 1
                section = nil
                leaders = []
                out.attachments.append(Attachment(number: number, title: ""))
                continue
            }
            if let (field, value) = InlineResponsibility.labelLine(compact), current != nil {
                current?.set(field, value)
                continue
            }
            if let title = Headings.sectionTitle(compact) {
                finish()
                section = title
                leaders = InlineResponsibility.leaderHeading(title) ?? leaders
                continue
            }
            if let heading = InlineResponsibility.leaderHeading(compact) {
                finish()
                section = compact
                leaders = heading
                continue
            }
            guard let item = InlineItem(compact) else {
                finish()
                out.paragraphs.append(Paragraph(text: text, location: .line(line.number)))
                continue
            }
            finish()
            var row = RowDraft(attachment: attachment, table: table, path: section.map { [$0] } ?? [],
                               label: item.label, text: item.text,
                               leaders: .lines(leaders), leadUnits: .empty, coopUnits: .empty, deadline: .empty,
                               location: .line(line.number))
            for (field, value) in item.responsibility { row.set(field, value) }
            current = row
        }
        finish()
        return out
    }
}

/// One prose item: its number, its text, and what its trailing parenthesis assigns.
struct InlineItem {
    var label: String
    var text: String
    var responsibility: [(ResponsibilityField, [String])]

    /// Nil for lines that are not items: titles, the issuing body, dates.
    init?(_ line: String) {
        var rest = Substring(line)
        label = ""
        if let labelled = StandardText.leadingLabel(line) {
            label = labelled.label
            rest = Substring(labelled.rest)
        } else {
            let digits = line.prefix(while: \.isASCIIDigit)
            if !digits.isEmpty, let mark = line.dropFirst(digits.count).first, ".．、".contains(mark) {
                label = String(line.prefix(digits.count + 1))
                rest = line.dropFirst(digits.count + 1)
            }
        }
        let (body, assigned) = InlineResponsibility.trailing(String(rest))
        if label.isEmpty && assigned.isEmpty { return nil }
        text = body
        responsibility = assigned
    }
}

extension RowDraft {
    mutating func set(_ field: ResponsibilityField, _ lines: [String]) {
        switch field {
        case .leaders: leaders = .lines(lines)
        case .leadUnits: leadUnits = .lines(lines)
        case .coopUnits: coopUnits = .lines(lines)
        case .deadline: deadline = .lines(lines)
        }
    }
}
