import Foundation
import ZIPFoundation

/// An Office file opened as a zip of XML parts, read under limits so that a hostile file
/// (a zip bomb, a forged size) cannot exhaust memory.
final class XmlPackage {
    /// How much a reader will take from one file. Tests lower them to reach the limits cheaply.
    struct Limits: Sendable {
        /// The XML of a real plan is a few MB; 100 MB per part leaves a wide margin and stops
        /// a zip bomb long before it fills memory.
        var part = 100_000_000
        /// All parts together, so many medium parts cannot add up to a bomb either.
        var total = 200_000_000
        /// A plan table has a few thousand cells; two million means a forged or runaway file,
        /// and padding rows to full width must not be allowed to multiply memory beyond it.
        var cells = 2_000_000

        static let standard = Limits()
    }

    let archive: Archive
    let file: String
    let kind: String
    let limits: Limits
    private var extracted = 0

    /// The zip's size: no entry's compressed bytes can be more.
    let byteCount: Int

    init(data: Data, file: String, kind: String, limits: Limits) throws {
        archive = try ZipParts.archive(data, file: file, kind: kind)
        byteCount = data.count
        // A deflated part that does not end would hang ZIPFoundation's extraction (ZipStreams).
        guard ZipStreams.deflatedPartsEnd(data) else { throw DocumentError.truncated(file: file, kind: kind) }
        self.file = file
        self.kind = kind
        self.limits = limits
    }

    private struct OverLimit: Error {}

    func entry(_ path: String) -> Entry? {
        let clean = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if let entry = archive[clean] { return entry }
        // Zip tools disagree on case; Office itself does not care.
        let lower = clean.lowercased()
        return archive.first { $0.path.lowercased() == lower }
    }

    /// The bytes of one part; nil when the part is absent.
    func part(_ path: String) throws -> Data? {
        guard let entry = entry(path) else { return nil }
        let limit = max(0, min(limits.part, limits.total - extracted))
        if entry.uncompressedSize > UInt64(limit) {
            throw DocumentError.tooLarge(file: file, limitBytes: limits.part)
        }
        // An entry claiming more bytes than the file has is forged or cut short: refused before
        // ZIPFoundation reads on to the end of the file looking for them.
        if entry.compressedSize > UInt64(byteCount) {
            throw DocumentError.truncated(file: file, kind: kind)
        }
        var out = Data()
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            // The declared size may lie, so count what actually comes out.
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if out.count + chunk.count > limit { throw OverLimit() }
                out.append(chunk)
            }
        } catch is OverLimit {
            throw DocumentError.tooLarge(file: file, limitBytes: limits.part)
        } catch {
            throw DocumentError.truncated(file: file, kind: kind)
        }
        extracted += out.count
        return out
    }

    /// The relationships of `source` (e.g. `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`),
    /// by id, with targets resolved to part paths. Absent rels are no relationships.
    func relationships(of source: String) throws -> [String: Relationship] {
        let directory = (source as NSString).deletingLastPathComponent
        let name = (source as NSString).lastPathComponent
        let relsPath = directory.isEmpty ? "_rels/\(name).rels" : "\(directory)/_rels/\(name).rels"
        guard let data = try part(relsPath) else { return [:] }
        let handler = RelsHandler()
        try XmlEvents.parse(data, part: relsPath, file: file, into: handler)
        var result: [String: Relationship] = [:]
        for raw in handler.items where raw.mode != "External" {
            result[raw.id] = Relationship(type: raw.type, target: Self.resolve(raw.target, from: directory))
        }
        return result
    }

    /// The main part named by the package's root relationships, or `fallback`.
    func mainPart(typeSuffix: String, fallback: String) throws -> String {
        let root = try relationships(of: "")
        let main = root.values.first { $0.type.hasSuffix(typeSuffix) }?.target
        if let main, entry(main) != nil { return main }
        return fallback
    }

    struct Relationship {
        var type: String
        var target: String
    }

    /// A relationship target relative to its source's directory, or absolute from the root.
    static func resolve(_ target: String, from directory: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : directory.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == "." || piece.isEmpty { continue }
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    private final class RelsHandler: XmlHandler {
        var items: [(id: String, type: String, target: String, mode: String)] = []
        var failure: DocumentError? { nil }

        func start(_ name: String, _ attributes: [String: String]) {
            guard name == "Relationship", let id = attributes.local("Id"), let target = attributes.local("Target") else { return }
            items.append((id, attributes.local("Type") ?? "", target, attributes.local("TargetMode") ?? ""))
        }

        func end(_ name: String) {}
        func text(_ text: String) {}
    }
}
