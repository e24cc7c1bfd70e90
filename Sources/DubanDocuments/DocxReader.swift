import Foundation

/// Word tables → `Document`. (Placeholder until the reader lands.)
enum DocxReader {
    static func read(data: Data, file: String) throws -> Document {
        throw DocumentError.noTable(file: file)
    }
}
