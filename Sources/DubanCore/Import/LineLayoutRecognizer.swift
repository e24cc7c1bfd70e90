import DubanDocuments
import DubanStrings

/// The one-cell-per-line layout (a Word table copied as text with no delimiters): each cell on
/// its own line(s), merged cells printed once, so a line's column is known only from its shape
/// and its place in the row: titles, then the standard, then leaders, then units.
struct LineLayoutRecognizer {
    let document: Document

    typealias Output = RecognizedRows

    func recognize() -> Output {
        var out = Output()
        let lines = document.lines.filter { !NameText.removingWhitespace($0.text).isEmpty }
        var segments: [(attachment: Int, lines: ArraySlice<SourceLine>)] = []
        var start = 0
        var attachment = 1
        for (index, line) in lines.enumerated() {
            if let number = Headings.attachmentNumber(line.text) {
                segments.append((attachment, lines[start..<index]))
                attachment = number
                start = index + 1
                out.attachments.append(Attachment(number: number, title: ""))
            }
        }
        segments.append((attachment, lines[start...]))
        var positional = 0
        for (offset, segment) in segments.enumerated() {
            guard let header = Header.find(in: segment.lines) else {
                out.paragraphs += segment.lines.map { Paragraph(text: $0.text, location: .line($0.number)) }
                continue
            }
            let titleLines = segment.lines[segment.lines.startIndex..<header.start]
            out.paragraphs += titleLines.map { Paragraph(text: $0.text, location: .line($0.number)) }
            if let index = out.attachments.firstIndex(where: { $0.number == segment.attachment }),
                let title = titleLines.last
            {
                out.attachments[index].title = NameText.removingWhitespace(title.text)
            }
            var body = BodyReader(attachment: segment.attachment, table: offset + 1, header: header)
            body.endsAbruptly = offset == segments.count - 1 && (document.lines.last.map { !$0.text.isBlank } ?? false)
            body.read(segment.lines[header.end...])
            out.rows += body.rows
            out.warnings += body.warnings
            positional += body.positionalRows
        }
        out.rows = RunTogetherCells.splitting(out.rows)
        if positional > 0, let first = out.rows.first {
            out.warnings.insert(ImportWarning(.positionalSplit, Strings.Import.firstListedLeads(positional), at: first.location), at: 0)
        }
        return out
    }

    /// The header lines (`序号`, `目标名称`, `工 作 标 准` …) and the roles they announce, in order.
    struct Header {
        var start: Int
        var end: Int
        var roles: Set<ColumnRole>
        var columns: [ColumnRole]
        /// The header's words as printed (white space removed): a page break repeats them.
        var words: Set<String>
        /// The only unit column is a plain 责任单位: its first unit leads, the rest cooperate.
        var responsibleOnly: Bool

        var leadersAfterUnits: Bool {
            guard let leader = columns.firstIndex(of: .leader), let unit = columns.firstIndex(where: { $0 == .lead || $0 == .coop })
            else { return false }
            return leader > unit
        }

        var hasGoalColumn: Bool { roles.contains(.goal) || roles.contains(.theme) }
        /// A running-text column (进展情况, 备注) between the standard and the units.
        var hasNoteColumn: Bool {
            guard let standard = columns.firstIndex(of: .standard), let note = columns.firstIndex(of: .note) else { return false }
            return note > standard
        }

        static func find(in lines: ArraySlice<SourceLine>) -> Header? {
            let texts = Array(lines)
            var index = 0
            while index < texts.count {
                guard HeaderVocabulary.isHeaderWord(texts[index].text) else {
                    index += 1
                    continue
                }
                var columns: [ColumnRole] = []
                var words: Set<String> = []
                var unitHeaders: [String] = []
                var last = index
                var cursor = index
                // Header words, and short fragments such as `区政府` that wrap onto them.
                while cursor < texts.count && cursor - last <= 2 {
                    let text = NameText.removingWhitespace(texts[cursor].text)
                    if HeaderVocabulary.isHeaderWord(text) {
                        let role = ColumnRole.of(header: text)
                        columns.append(role)
                        words.insert(text)
                        if role == .lead || role == .coop { unitHeaders.append(ScriptFolding.simplified(text)) }
                        last = cursor
                    } else if text.count > 6 || LineShape.of(text) != .short {
                        break
                    }
                    cursor += 1
                }
                if !columns.contains(.standard), let last = columns.lastIndex(of: .goal) { columns[last] = .standard }
                if columns.count >= 3 && columns.contains(.standard) {
                    // 责任单位 beside 牵头单位 names the cooperating units.
                    if columns.filter({ $0 == .lead }).count > 1, let second = columns.indices.filter({ columns[$0] == .lead }).dropFirst().first {
                        columns[second] = .coop
                    }
                    let responsibleOnly =
                        unitHeaders.count == 1 && columns.contains(.lead)
                        && !["牵头", "主办", "主责"].contains(where: unitHeaders[0].contains)
                    return Header(
                        start: lines.startIndex + index, end: lines.startIndex + last + 1, roles: Set(columns),
                        columns: columns, words: words, responsibleOnly: responsibleOnly)
                }
                index += 1
            }
            return nil
        }
    }
}
