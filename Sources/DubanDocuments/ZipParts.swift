import Foundation
import ZIPFoundation

/// Reading named parts out of an Office file (a zip of XML parts), with damage reported as such.
enum ZipParts {
    static func archive(_ data: Data, file: String, kind: String) throws -> Archive {
        guard hasEndRecord(data) else { throw DocumentError.truncated(file: file, kind: kind) }
        do {
            return try open(data)
        } catch {
            throw DocumentError.truncated(file: file, kind: kind)
        }
    }

    static func contains(_ data: Data, entry: String) -> Bool {
        guard hasEndRecord(data), let archive = try? open(data) else { return false }
        return archive[entry] != nil
    }

    /// The bytes as an archive read from a temporary file, unlinked once open. ZIPFoundation's
    /// in-memory archive (0.9.20) traps when a damaged zip's offsets point past its end, and leaks
    /// a copy of the bytes when there is no end record; its file-backed archive does neither
    /// (stdio reads nothing past the end; it closes the file when it throws). Found by fuzzing.
    static func open(_ data: Data) throws -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("duban-\(UUID().uuidString).zip")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Archive(url: url, accessMode: .read, pathEncoding: nil)
    }

    /// Whether the zip ends with its end-of-central-directory record, as ZIPFoundation (0.9.20)
    /// looks for it: the last "PK\u{5}\u{6}" at least 22 bytes from the end, its comment inside the
    /// file. A zip's record is within its last 22 + 65,535 bytes; ZIPFoundation would search the
    /// whole file a byte at a time, a read each, so a file without one is refused here, quickly.
    static func hasEndRecord(_ data: Data) -> Bool {
        endRecordOffset(data) != nil
    }

    /// Where that record starts, if it is there.
    static func endRecordOffset(_ data: Data) -> Int? {
        data.withUnsafeBytes { bytes -> Int? in
            guard bytes.count >= 22 else { return nil }
            let last = bytes.count - 22
            for start in stride(from: last, through: max(0, last - 65_535), by: -1)
            where bytes[start] == 0x50 && bytes[start + 1] == 0x4B && bytes[start + 2] == 0x05 && bytes[start + 3] == 0x06 {
                let commentLength = Int(bytes[start + 20]) | Int(bytes[start + 21]) << 8
                return start + 22 + commentLength <= bytes.count ? start : nil
            }
            return nil
        }
    }

    /// The bytes of one part; nil when the part is absent, an error when it is damaged.
    static func part(_ archive: Archive, _ path: String, file: String, kind: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var out = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { out.append($0) }
        } catch {
            throw DocumentError.truncated(file: file, kind: kind)
        }
        return out
    }
}
