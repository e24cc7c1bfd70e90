import Foundation

/// A worksheet as cells, hidden or not: what a sheet Duban hands out and reads back needs, where
/// `Document` gives only a plan's visible tables.
public struct WorkbookSheet: Sendable, Equatable {
    public var name: String
    public var hidden: Bool
    /// row number → column number → cell, both 1-based as the spreadsheet shows them.
    public var rows: [Int: [Int: WorkbookCell]]

    public init(name: String, hidden: Bool = false, rows: [Int: [Int: WorkbookCell]]) {
        self.name = name
        self.hidden = hidden
        self.rows = rows
    }
}

public struct WorkbookCell: Sendable, Equatable {
    public var text: String
    /// Stored as a number by the spreadsheet (a CSV cell never is: its text is read as typed).
    public var isNumber: Bool

    public init(text: String, isNumber: Bool = false) {
        self.text = text
        self.isNumber = isNumber
    }
}

/// Bytes → worksheets: an .xlsx (a zip) sheet by sheet, anything else as one CSV sheet in
/// whatever encoding the office's tool wrote (UTF-8 with or without a BOM, GB18030).
public enum WorkbookReader {
    /// `rowLimit`: a worksheet with more rows is refused before it is parsed.
    public static func sheets(
        data: Data, name: String, rowLimit: Int? = nil, sizeLimit: Int = DocumentReader.defaultSizeLimit
    ) throws -> [WorkbookSheet] {
        if data.isEmpty { throw DocumentError.empty(file: name) }
        if data.count > sizeLimit { throw DocumentError.tooLarge(file: name, limitBytes: sizeLimit) }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XlsxReader.sheets(data: data, file: name, rowLimit: rowLimit) }
        let text = try TextDecoding.decode(data, file: name)
        let separator: Character = text.prefix(4096).contains("\t") && !text.prefix(4096).contains(",") ? "\t" : ","
        let records = try DelimitedReader.parse(text, separator: separator, file: name, cellLimit: XmlPackage.Limits.standard.cells)
        if let rowLimit, records.count > rowLimit { throw DocumentError.tooManyRows(file: name, limitRows: rowLimit) }
        var rows: [Int: [Int: WorkbookCell]] = [:]
        for (index, record) in records.enumerated() {
            for (column, field) in record.fields.enumerated() where !field.isEmpty {
                rows[index + 1, default: [:]][column + 1] = WorkbookCell(text: field.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        let base = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        return [WorkbookSheet(name: base.isEmpty ? "CSV" : base, rows: rows)]
    }
}
