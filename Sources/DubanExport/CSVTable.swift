import Foundation

/// Any table as CSV the way CsvWriter writes the plan: UTF-8 with a BOM, CRLF, RFC 4180 quoting.
/// Open data and the assessment's plain download use it.
public enum CSVTable {
    public static func data(_ rows: [[String]]) -> Data {
        var out = "\u{FEFF}"
        for row in rows { out += row.map { CsvWriter.field(inert($0)) }.joined(separator: ",") + "\r\n" }
        return Data(out.utf8)
    }

    /// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or return before
    /// one) gets a leading apostrophe, so text anyone typed cannot become a formula in the
    /// reader's Excel. Plain numbers (-3.5, +2) stay numbers.
    public static func inert(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if first == "-" || first == "+", Double(cell) != nil { return cell }
        return "'" + cell
    }
}
