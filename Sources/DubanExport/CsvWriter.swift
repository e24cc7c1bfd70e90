import DubanStrings
import Foundation

/// `IssuedLayout` → CSV, as a spreadsheet saves the issued table: UTF-8 with a BOM (Excel
/// otherwise guesses the local code page), CRLF line ends and RFC 4180 quoting. A CSV cannot
/// merge: every row repeats its own responsibility, and a heading that spans the table is its
/// first cell with the rest empty. One table in all, so a later attachment is announced by a
/// row `附件2：…` inside it.
enum CsvWriter {
    static func write(_ layout: IssuedLayout) -> Data {
        let width = layout.tables.first?.columns.count ?? 1
        var records: [[String]] = []
        func line(_ text: String) { records.append([text] + Array(repeating: "", count: width - 1)) }

        if let letterhead = layout.letterhead { line(letterhead) }
        line(layout.title)
        for (index, table) in layout.tables.enumerated() {
            if index == 0 {
                // Before the header, the marker and the title are lines of their own, as in print.
                if let marker = table.marker { line(marker) }
                if !table.title.isEmpty { line(table.title) }
                records.append(table.columns.map(\.header))
            } else if table.marker != nil {
                line(Strings.Export.attachmentHeading(table.number, title: table.title))
            }
            for row in table.rows {
                switch row {
                case .section(let text), .group(let text): line(text)
                case .task(let task): records.append(task.cells)
                }
            }
        }
        var out = "\u{FEFF}"
        for record in records {
            out += record.map(field).joined(separator: ",") + "\r\n"
        }
        return Data(out.utf8)
    }

    /// Quoted when it holds a comma, a quote or a line break; quotes inside doubled.
    static func field(_ text: String) -> String {
        let text = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: "\r\n") + "\""
    }
}
