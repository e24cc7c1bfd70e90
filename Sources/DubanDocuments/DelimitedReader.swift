import Foundation

/// CSV / TSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) with a
/// header row. Lines before the header (a title) become paragraphs; the header and the
/// rows after it become one table. A delimited file has no merges: an empty cell is empty.
enum DelimitedReader {
    /// Where the header may be: a title and a few notes, not a whole file of data.
    static let headerSearchRows = 50

    static func read(text: String, separator: Character, file: String) throws -> Document {
        try read(text: text, separator: separator, file: file, cellLimit: XmlPackage.Limits.standard.cells)
    }

    static func read(text: String, separator: Character, file: String, cellLimit: Int) throws -> Document {
        let records = try parse(text, separator: separator, file: file, cellLimit: cellLimit)
        let format: DocumentFormat = separator == "\t" ? .tsv : .csv
        let meaningful = records.filter { record in
            record.fields.contains { !$0.isBlank }
        }
        let found = meaningful.prefix(headerSearchRows).firstIndex(where: { HeaderVocabulary.isHeaderRow($0.fields) })
        // No header row, but rows of text: a table whose columns a person must name.
        let headerless =
            found == nil && meaningful.count >= 2 && meaningful.allSatisfy { $0.fields.count >= 2 }
            && meaningful.contains { $0.fields.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } } }
        guard let headerIndex = found ?? (headerless ? meaningful.startIndex : nil) else {
            throw DocumentError.noTable(file: file)
        }

        var blocks: [Block] = []
        for record in meaningful[..<headerIndex] {
            let text = record.fields.map { $0.trimmed() }.filter { !$0.isEmpty }
                .joined(separator: " ")
            blocks.append(.paragraph(Paragraph(text: text, location: .line(record.line))))
        }
        let body = meaningful[headerIndex...]
        let width = body.map(\.fields.count).max() ?? 1
        guard body.count <= cellLimit / max(width, 1) else {
            throw DocumentError.tableTooLarge(file: file, limitCells: cellLimit)
        }
        let rows = body.map { record in
            let cells = (0..<width).map { column in
                Cell(
                    text: column < record.fields.count
                        ? record.fields[column].trimmed() : "",
                    location: SourceLocation(line: record.line, column: column + 1))
            }
            return TableRow(cells: cells, location: .line(record.line))
        }
        blocks.append(.table(Table(rows: rows, location: .line(meaningful[headerIndex].line))))
        return Document(format: format, blocks: blocks, lines: TextLayouts.numberedLines(text))
    }

    struct Record {
        /// The line the record starts on (a quoted field may run over several).
        var line: Int
        var fields: [String]
    }

    /// Splits into records. Lenient where RFC 4180 is strict but the intent is plain (a quote
    /// inside an unquoted field is a character); strict where it is not (a quote left open).
    static func parse(_ text: String, separator: Character, file: String, cellLimit: Int) throws -> [Record] {
        let quote: Unicode.Scalar = "\""
        let separatorScalar = separator.unicodeScalars.first!
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var quoted = false  // the field began with a quote
        var cellCount = 0

        func endField() throws {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            quoted = false
            cellCount += 1
            if cellCount > cellLimit {
                throw DocumentError.tableTooLarge(file: file, limitCells: cellLimit)
            }
        }
        func endRecord() throws {
            try endField()
            records.append(Record(line: recordLine, fields: fields))
            fields = []
        }

        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == quote {
                    if pending == quote {
                        field.append(quote)
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else if scalar == "\r" && pending == "\n" {
                    continue
                } else if scalar == "\n" || scalar == "\r" {
                    line += 1
                    field.append("\n")
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case quote where !quoted && field.allSatisfy({ $0 == " " }):
                // `a, "b, c"`: spaces before the opening quote are layout, not content.
                field = String.UnicodeScalarView()
                inQuotes = true
                quoted = true
                quoteLine = line
            case separatorScalar:
                try endField()
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                try endRecord()
                line += 1
                recordLine = line
            default:
                field.append(scalar)
            }
        }
        if inQuotes { throw DocumentError.unclosedQuote(file: file, line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || quoted { try endRecord() }
        return records
    }
}
