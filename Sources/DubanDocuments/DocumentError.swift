import DubanStrings

/// A file that cannot be read, with a sentence the user can act on.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(file: String)
    case isDirectory(file: String)
    case empty(file: String)
    case tooLarge(file: String, limitBytes: Int)
    case binary(file: String)
    case unknownEncoding(file: String)
    case notZip(file: String, kind: String)
    case truncated(file: String, kind: String)
    case missingPart(file: String, part: String)
    case badXML(file: String, part: String)
    case noTable(file: String)
    case unknownFormat(String)
    /// A quoted CSV/TSV field that never closes; `line` is where it opened.
    case unclosedQuote(file: String, line: Int)
    /// A table with more cells than any plan has: a forged or runaway file.
    case tableTooLarge(file: String, limitCells: Int)
    /// A worksheet with more rows than its reader takes, counted before it is parsed.
    case tooManyRows(file: String, limitRows: Int)

    public var description: String {
        switch self {
        case .missing(let f): Strings.Documents.missing(f)
        case .isDirectory(let f): Strings.Documents.isDirectory(f)
        case .empty(let f): Strings.Documents.empty(f)
        case .tooLarge(let f, let limit): Strings.Documents.tooLarge(f, limitMB: limit / 1_000_000)
        case .binary(let f): Strings.Documents.binary(f)
        case .unknownEncoding(let f): Strings.Documents.unknownEncoding(f)
        case .notZip(let f, let kind): Strings.Documents.notZip(f, kind: kind)
        case .truncated(let f, let kind): Strings.Documents.truncated(f, kind: kind)
        case .missingPart(let f, let part): Strings.Documents.missingPart(f, part: part)
        case .badXML(let f, let part): Strings.Documents.badXML(f, part: part)
        case .noTable(let f): Strings.Documents.noTable(f)
        case .unknownFormat(let name): Strings.Documents.unknownFormat(name)
        case .unclosedQuote(let f, let line): Strings.Documents.unclosedQuote(f, line: line)
        case .tableTooLarge(let f, let limit): Strings.Documents.tableTooLarge(f, limitCells: limit)
        case .tooManyRows(let f, let limit): Strings.Documents.tooManyRows(f, limitRows: limit)
        }
    }
}
