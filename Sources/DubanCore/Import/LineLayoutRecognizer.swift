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
        for (offset, segment) in segments.enumerated() {
            guard let header = Header.find(in: segment.lines) else {
                out.paragraphs += segment.lines.map { Paragraph(text: $0.text, location: .line($0.number)) }
                continue
            }
            let titleLines = segment.lines[segment.lines.startIndex..<header.start]
            out.paragraphs += titleLines.map { Paragraph(text: $0.text, location: .line($0.number)) }
            if let index = out.attachments.firstIndex(where: { $0.number == segment.attachment }),
               let title = titleLines.last {
                out.attachments[index].title = NameText.removingWhitespace(title.text)
            }
            var body = BodyReader(attachment: segment.attachment, table: offset + 1, header: header)
            body.read(segment.lines[header.end...])
            out.rows += body.rows
            out.warnings += body.warnings
        }
        return out
    }

    /// The header lines (`序号`, `目标名称`, `工 作 标 准` …) and the roles they announce.
    struct Header {
        var start: Int
        var end: Int
        var roles: Set<ColumnRole>

        static func find(in lines: ArraySlice<SourceLine>) -> Header? {
            let texts = Array(lines)
            var index = 0
            while index < texts.count {
                guard HeaderVocabulary.isHeaderWord(texts[index].text) else { index += 1; continue }
                var roles: Set<ColumnRole> = []
                var last = index
                var cursor = index
                var words = 0
                // Header words, and short fragments such as `区政府` that wrap onto them.
                while cursor < texts.count && cursor - last <= 2 {
                    let text = NameText.removingWhitespace(texts[cursor].text)
                    if HeaderVocabulary.isHeaderWord(text) {
                        roles.insert(ColumnRole.of(header: text))
                        words += 1
                        last = cursor
                    } else if text.count > 6 || LineShape.of(text) != .short {
                        break
                    }
                    cursor += 1
                }
                if words >= 3 && roles.contains(.standard) {
                    return Header(start: lines.startIndex + index, end: lines.startIndex + last + 1, roles: roles)
                }
                index += 1
            }
            return nil
        }
    }
}
