/// The TAB layout (Word table pasted as text): each cell starts with a TAB, a bare TAB is an
/// empty cell that the table had merged with the one above, and a line without a TAB continues
/// the cell before it. Rows have as many cells as the table's header row.
enum TabLayoutReader {
    static func read(_ lines: [SourceLine], file: String) throws -> Document {
        var reader = State(lines: lines)
        reader.run()
        guard !reader.blocks.contains(where: { if case .table = $0 { true } else { false } }) else {
            return Document(format: .tabs, blocks: reader.blocks, lines: lines)
        }
        throw DocumentError.noTable(file: file)
    }

    private struct State {
        let lines: [SourceLine]
        var blocks: [Block] = []
        var rows: [TableRow] = []
        var cells: [Cell] = []
        var width = 0
        var tableCount = 0

        init(lines: [SourceLine]) { self.lines = lines }

        mutating func run() {
            var index = 0
            while index < lines.count {
                let line = lines[index]
                if line.text.hasPrefix("\t") {
                    if width > 0 && cells.count == width { finishRow() }
                    if rows.isEmpty && cells.isEmpty { startTable(at: index) }
                    let content = String(line.text.dropFirst())
                    let blank = content.isBlank
                    cells.append(
                        Cell(
                            text: blank ? "" : content, merge: blank ? .fromAbove : .none,
                            location: SourceLocation(line: line.number, table: tableCount)))
                } else if line.text.isBlank {
                    // Blank lines separate rows and wrapped cell lines alike: they carry nothing.
                } else if cells.isEmpty && rows.isEmpty {
                    blocks.append(.paragraph(Paragraph(text: line.text, location: .line(line.number))))
                } else if startsNewSection(at: index) {
                    finishTable()
                    blocks.append(.paragraph(Paragraph(text: line.text, location: .line(line.number))))
                } else if !cells.isEmpty {
                    appendContinuation(line.text)
                }
                index += 1
            }
            finishTable()
        }

        /// The header row is the first row; its cell count is the table's width. It is read as
        /// the TAB lines up to the first blank line, since header cells do not wrap; where blank
        /// lines separate every line, up to the first cell that is not a header word.
        mutating func startTable(at index: Int) {
            tableCount += 1
            var count = 0
            var cursor = index
            var crossedBlank = false
            while cursor < lines.count {
                let text = lines[cursor].text
                if text.isBlank && !text.hasPrefix("\t") {
                    crossedBlank = true
                    cursor += 1
                    continue
                }
                guard text.hasPrefix("\t") else { break }
                if crossedBlank && !HeaderVocabulary.isHeaderWord(String(text.dropFirst())) { break }
                count += 1
                cursor += 1
            }
            width = max(count, 1)
        }

        /// A line outside any cell after a complete row: a heading when the next TAB line
        /// opens a new header row, or when nothing tabbed follows at all.
        func startsNewSection(at index: Int) -> Bool {
            guard width > 0, cells.count == width else { return false }
            var cursor = index + 1
            while cursor < lines.count && !lines[cursor].text.hasPrefix("\t") { cursor += 1 }
            guard cursor < lines.count else {
                let text = lines[index].text.drop(while: \.isWhitespace)
                return text.hasPrefix("附件")
                    || text.prefix(while: { "一二三四五六七八九十".contains($0) }).count > 0
                        && text.drop(while: { "一二三四五六七八九十".contains($0) }).first == "、"
            }
            var header: [String] = []
            while cursor < lines.count && (lines[cursor].text.hasPrefix("\t") || lines[cursor].text.isEmpty) && header.count < 12 {
                if lines[cursor].text.hasPrefix("\t") { header.append(String(lines[cursor].text.dropFirst())) }
                cursor += 1
            }
            return HeaderVocabulary.isHeaderRow(Array(header.prefix(while: { HeaderVocabulary.isHeaderWord($0) || $0.isBlank })))
        }

        mutating func appendContinuation(_ text: String) {
            var last = cells.removeLast()
            last.text = last.text.isEmpty ? text : last.text + "\n" + text
            if last.merge == .fromAbove { last.merge = .none }
            cells.append(last)
        }

        mutating func finishRow() {
            guard !cells.isEmpty, let first = cells.first else { return }
            rows.append(TableRow(cells: cells, location: first.location))
            cells = []
        }

        mutating func finishTable() {
            finishRow()
            guard let first = rows.first else { return }
            blocks.append(.table(Table(rows: rows, location: first.location)))
            rows = []
            width = 0
        }
    }
}
