import DubanStrings
import Foundation

/// What a 佐证材料 file may be: a bounded number of files, each bounded in size, each of an
/// allowed type whose first bytes match its name. Pure, so every edge (page, API, fuzzing) checks
/// the same way before anything is written.
public enum EvidencePolicy {
    public struct File: Sendable, Equatable {
        public var filename: String
        public var data: Data

        public init(filename: String, data: Data) {
            self.filename = filename
            self.data = data
        }
    }

    public struct Limits: Sendable, Equatable {
        public var maxBytes: Int
        public var maxFiles: Int
        public static let standard = Limits(maxBytes: 10_000_000, maxFiles: 10)

        public init(maxBytes: Int, maxFiles: Int) {
            self.maxBytes = maxBytes
            self.maxFiles = maxFiles
        }
    }

    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public static let allowedTypes: [String: String] = [
        "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "txt": "text/plain", "csv": "text/csv",
        "doc": "application/msword", "xls": "application/vnd.ms-excel",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    /// Every file is checked: a limit on the count is a refusal, never a place to stop looking.
    public static func validate(_ files: [File], limits: Limits) throws(Refusal) {
        if files.count > limits.maxFiles {
            throw Refusal(reason: Strings.Store.evidenceTooMany(files.count, limit: limits.maxFiles))
        }
        for file in files {
            if file.data.count > limits.maxBytes {
                throw Refusal(reason: Strings.Store.evidenceTooLarge(file.filename, limitMB: max(1, limits.maxBytes / 1_000_000)))
            }
            let ext = fileExtension(file.filename)
            guard allowedTypes[ext] != nil, contentMatches(ext: ext, data: file.data) else {
                throw Refusal(reason: Strings.Store.evidenceType(file.filename))
            }
        }
    }

    /// The stored type comes from the allow-list, never from what the client claimed.
    public static func contentType(for filename: String) -> String {
        allowedTypes[fileExtension(filename)] ?? "application/octet-stream"
    }

    static func fileExtension(_ filename: String) -> String {
        guard let dot = filename.lastIndex(of: "."), dot != filename.startIndex || filename.count > 1 else { return "" }
        let ext = filename[filename.index(after: dot)...]
        return ext.contains("/") ? "" : ext.lowercased()
    }

    /// The bytes must be what the name claims: a renamed executable is not a PDF.
    public static func contentMatches(ext: String, data: Data) -> Bool {
        let head = [UInt8](data.prefix(12))
        switch ext {
        case "pdf": return head.starts(with: Array("%PDF".utf8))
        case "png": return head.starts(with: [0x89, 0x50, 0x4E, 0x47])
        case "jpg", "jpeg": return head.starts(with: [0xFF, 0xD8, 0xFF])
        case "gif": return head.starts(with: Array("GIF8".utf8))
        case "webp": return head.count == 12 && Array(head[8..<12]) == Array("WEBP".utf8)
        case "docx", "xlsx": return head.starts(with: [0x50, 0x4B, 0x03, 0x04])
        case "doc", "xls": return head.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
        case "txt", "csv": return !data.prefix(4096).contains(0)
        default: return false
        }
    }
}
