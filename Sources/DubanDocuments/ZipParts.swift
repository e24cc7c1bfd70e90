import Foundation
import ZIPFoundation

/// Reading named parts out of an Office file (a zip of XML parts), with damage reported as such.
enum ZipParts {
    static func archive(_ data: Data, file: String, kind: String) throws -> Archive {
        do {
            return try Archive(data: data, accessMode: .read, pathEncoding: nil)
        } catch {
            throw DocumentError.truncated(file: file, kind: kind)
        }
    }

    static func contains(_ data: Data, entry: String) -> Bool {
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { return false }
        return archive[entry] != nil
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
