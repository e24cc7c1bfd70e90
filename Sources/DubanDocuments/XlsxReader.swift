import Foundation

/// Excel sheets → `Document`. (Placeholder until the reader lands.)
enum XlsxReader {
    static func read(data: Data, file: String) throws -> Document {
        throw DocumentError.noTable(file: file)
    }
}
