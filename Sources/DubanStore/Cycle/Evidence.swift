import Crypto
import DubanStrings
import Fluent
import Foundation

/// 佐证材料: checked for size and type before anything is written, stored in the database.
public enum Evidence {
    public struct Upload: Sendable, Equatable {
        public var filename: String
        public var contentType: String
        public var data: Data

        public init(filename: String, contentType: String, data: Data) {
            self.filename = filename
            self.contentType = contentType
            self.data = data
        }
    }

    public struct Limits: Sendable {
        public var maxBytes: Int
        public var maxFiles: Int
        public static let standard = Limits(maxBytes: 10_000_000, maxFiles: 10)

        public init(maxBytes: Int, maxFiles: Int) {
            self.maxBytes = maxBytes
            self.maxFiles = maxFiles
        }
    }

    static let allowed: [String: String] = [
        "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "txt": "text/plain", "csv": "text/csv",
        "doc": "application/msword", "xls": "application/vnd.ms-excel",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    public static func validate(_ uploads: [Upload], limits: Limits) throws {
        for upload in uploads.prefix(limits.maxFiles + 1) {
            if upload.data.count > limits.maxBytes {
                throw StoreError.invalid(Strings.Store.evidenceTooLarge(upload.filename, limitMB: limits.maxBytes / 1_000_000))
            }
            let ext = (upload.filename as NSString).pathExtension.lowercased()
            guard allowed[ext] != nil, contentMatches(ext: ext, data: upload.data) else {
                throw StoreError.invalid(Strings.Store.evidenceType(upload.filename))
            }
        }
    }

    /// The bytes must be what the name claims: a renamed executable is not a PDF.
    static func contentMatches(ext: String, data: Data) -> Bool {
        let head = [UInt8](data.prefix(8))
        switch ext {
        case "pdf": return head.starts(with: Array("%PDF".utf8))
        case "png": return head.starts(with: [0x89, 0x50, 0x4E, 0x47])
        case "jpg", "jpeg": return head.starts(with: [0xFF, 0xD8, 0xFF])
        case "gif": return head.starts(with: Array("GIF8".utf8))
        case "webp": return data.count > 12 && [UInt8](data[8..<12]) == Array("WEBP".utf8)
        case "docx", "xlsx": return head.starts(with: [0x50, 0x4B, 0x03, 0x04])
        case "doc", "xls": return head.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
        case "txt", "csv": return !data.prefix(4096).contains(0)
        default: return false
        }
    }

    static func store(_ upload: Upload, reportID: Int, accountID: Int, on db: any Database) async throws {
        let record = EvidenceRecord()
        record.createdAt = WriteClock.current
        record.reportID = reportID
        record.filename = upload.filename
        let ext = (upload.filename as NSString).pathExtension.lowercased()
        record.contentType = allowed[ext] ?? "application/octet-stream"
        record.size = upload.data.count
        record.sha256 = SHA256.hash(data: upload.data).map { String(format: "%02x", $0) }.joined()
        record.data = upload.data
        record.accountID = accountID
        try await record.create(on: db)
    }
}
