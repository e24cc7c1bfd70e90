/// `| a | b |` rows, Markdown tables included (their `|---|` rule is skipped). An empty cell
/// stands for the cell above, as in a merged table printed as text.
enum PipeLayoutReader {
    static func read(_ lines: [SourceLine], file: String) throws -> Document {
        var blocks: [Block] = []
        var rows: [TableRow] = []
        var tableCount = 0

        func finishTable() {
            guard let first = rows.first else { return }
            blocks.append(.table(Table(rows: rows, location: first.location)))
            rows = []
        }

        for line in lines {
            let trimmed = line.text.trimmed()
            if LayoutDetector.isPipeRow(trimmed) || (trimmed.hasPrefix("|") && trimmed.hasSuffix("|") && trimmed.count > 1) {
                if isRule(trimmed) { continue }
                if rows.isEmpty { tableCount += 1 }
                var inner = Substring(trimmed)
                if inner.hasPrefix("|") { inner = inner.dropFirst() }
                if inner.hasSuffix("|") { inner = inner.dropLast() }
                let cells = inner.split(separator: "|", omittingEmptySubsequences: false).enumerated().map { column, raw in
                    let text = raw.trimmed().replacingOccurrences(of: "<br>", with: "\n")
                    return Cell(
                        text: text, merge: text.isEmpty ? .fromAbove : .none,
                        location: SourceLocation(line: line.number, table: tableCount, column: column + 1))
                }
                rows.append(TableRow(cells: cells, location: SourceLocation(line: line.number, table: tableCount)))
            } else {
                finishTable()
                if !trimmed.isEmpty {
                    blocks.append(.paragraph(Paragraph(text: line.text, location: .line(line.number))))
                }
            }
        }
        finishTable()
        guard blocks.contains(where: { if case .table = $0 { true } else { false } }) else {
            throw DocumentError.noTable(file: file)
        }
        return Document(format: .pipes, blocks: blocks, lines: lines)
    }

    static func isRule(_ line: String) -> Bool {
        line.allSatisfy { "|-: ".contains($0) } && line.contains("-")
    }
}
