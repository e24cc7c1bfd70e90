/// The files `duban export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// A Word table as issued: title, attachments, section rows, merged responsibility cells.
    case docx
    /// The same table in a workbook: one sheet per attachment, merged ranges, frozen header.
    case xlsx
    /// One table, UTF-8 with BOM (so Excel opens it as Unicode), RFC 4180 quoting.
    case csv
    /// `duban.plan/1`, exactly as `duban import --json` prints it.
    case json

    /// The format a file name asks for, if its extension is one of ours.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }
}

/// An export that could not be produced (the container could not be assembled).
public enum ExportError: Error, Equatable, Sendable {
    case cannotPackage(String)
}
