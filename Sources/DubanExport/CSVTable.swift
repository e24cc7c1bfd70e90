import Foundation

/// Any table as CSV the way CsvWriter writes the plan: UTF-8 with a BOM, CRLF, RFC 4180 quoting.
/// Open data and the assessment's plain download use it.
public enum CSVTable {
    public static func data(_ rows: [[String]]) -> Data {
        var out = "\u{FEFF}"
        for row in rows { out += row.map(CsvWriter.field).joined(separator: ",") + "\r\n" }
        return Data(out.utf8)
    }
}
