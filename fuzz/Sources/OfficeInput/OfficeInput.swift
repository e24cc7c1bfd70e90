import Foundation
import ZIPFoundation

/// Turns a fuzz input into an Office file. Mutating a real .docx/.xlsx almost always breaks its
/// deflate streams or CRCs, so the XML readers behind the zip would rarely be reached; hence two
/// modes, chosen by the first byte:
/// - even: the rest is the file's bytes as they are (the zip layer: headers, directory, CRCs);
/// - odd: the rest is the parts as text, each introduced by a line `@@ <path>`, zipped here
///   uncompressed with correct CRCs, so mutations land in the XML itself.
public enum OfficeInput {
    public static let partMarker = "@@ "

    public static func file(from bytes: UnsafeRawBufferPointer) -> Data? {
        guard let mode = bytes.first else { return nil }
        let rest = Data(bytes.dropFirst())
        return mode % 2 == 0 ? rest : zip(parts(of: rest))
    }

    /// `@@ path` lines split the text into (path, bytes) parts; bytes before the first are dropped.
    public static func parts(of text: Data) -> [(path: String, data: Data)] {
        var out: [(path: String, data: Data)] = []
        let marker = Array(("\n" + partMarker).utf8)
        let bytes = [UInt8]([0x0A] + text)  // so a marker on the first line is found too
        var index = 0
        var current: (path: String, start: Int)?
        func close(at end: Int) {
            if let open = current { out.append((open.path, Data(bytes[min(open.start, end)..<end]))) }
        }
        while index < bytes.count {
            if bytes[index] == 0x0A, bytes[index...].starts(with: marker) {
                close(at: index)
                let pathStart = index + marker.count
                let pathEnd = bytes[pathStart...].firstIndex(of: 0x0A) ?? bytes.count
                current = (String(decoding: bytes[pathStart..<pathEnd], as: UTF8.self), min(pathEnd + 1, bytes.count))
                index = pathEnd
                continue
            }
            index += 1
        }
        close(at: bytes.count)
        return out
    }

    /// The parts as an uncompressed zip, in memory; nil if ZIPFoundation refuses a path.
    public static func zip(_ parts: [(path: String, data: Data)]) -> Data? {
        guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return nil }
        for part in parts where !part.path.isEmpty {
            let data = part.data
            try? archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                  modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data
    }
}

/// `DUBAN_FUZZ_SHOW=1 fuzz-docx FILE` prints what an input read as, to check that seeds reach the reader.
public let showOutcome = ProcessInfo.processInfo.environment["DUBAN_FUZZ_SHOW"] != nil
