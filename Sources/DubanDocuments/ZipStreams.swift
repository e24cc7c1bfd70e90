import Foundation
import ZIPFoundation

/// Checks a zip's parts before ZIPFoundation (0.9.20) extracts them. Its inflate loop ends only
/// at the stream's end or an inflate error and reads on past the part; at the end of the file it
/// reads nothing, again and again, forever. One changed byte in a real .docx is enough to hang a
/// server thread at full CPU (found by fuzzing, fuzz/). So every part listed in the central
/// directory must end within the file's bytes, or the file is damaged: a deflated stream must
/// end, a stored part's bytes must be there. ZIPFoundation extracts by the method in the *local*
/// header and the sizes in the central directory, so those are the ones checked (a second fuzz
/// finding: a central directory saying method 2048 over a local header saying deflate).
enum ZipStreams {
    static func deflatedPartsEnd(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        guard let end = ZipParts.endRecordOffset(data) else { return false }
        let count = Int(u16(bytes, end + 10))
        var offset = Int(u32(bytes, end + 16))
        // ZIP64 keeps the real values elsewhere; a plan is far below 4 GB, so such a file is refused.
        if count == 0xFFFF || offset == 0xFFFF_FFFF { return false }
        for _ in 0..<count {
            // Where ZIPFoundation stops listing entries, there is nothing more it could extract.
            guard offset + 46 <= bytes.count, u32(bytes, offset) == 0x0201_4B50 else { return true }
            let local = Int(u32(bytes, offset + 42))
            guard local != 0xFFFF_FFFF, local + 30 <= bytes.count, u32(bytes, local) == 0x0403_4B50 else { return false }
            let start = local + 30 + Int(u16(bytes, local + 26)) + Int(u16(bytes, local + 28))
            switch u16(bytes, local + 8) {
            case 8:
                guard streamEnds(bytes, from: start) else { return false }
            case 0:
                let stored = Int(u32(bytes, offset + 24))
                guard stored != 0xFFFF_FFFF, start + stored <= bytes.count else { return false }
            default:
                break  // ZIPFoundation refuses any other method itself
            }
            offset += 46 + Int(u16(bytes, offset + 28)) + Int(u16(bytes, offset + 30)) + Int(u16(bytes, offset + 32))
        }
        return true
    }

    /// Inflates from `start` twice, the file's bytes followed once by zeros and once by 0xFF: a
    /// stream that ends within the file's bytes ends the same way both times; one that runs into
    /// the padding reads different bits and so ends differently, fails or runs out. (ZIPFoundation
    /// hands zlib whole buffers, so the padding also keeps zlib inside the buffers given here.)
    static func streamEnds(_ bytes: [UInt8], from start: Int) -> Bool {
        guard start < bytes.count else { return false }
        guard let zeros = inflate(bytes, from: start, padding: 0x00),
            let ones = inflate(bytes, from: start, padding: 0xFF)
        else { return false }
        return zeros == ones
    }

    private struct RanOut: Error {}
    private struct Enough: Error {}

    /// Beyond XmlPackage's limit on all parts together: extraction would stop there anyway.
    private static let enough: UInt64 = 200_000_000

    /// The output's length and CRC, or nil when inflating fails or runs out of input.
    private static func inflate(_ bytes: [UInt8], from start: Int, padding: UInt8) -> [UInt64]? {
        let chunkSize = defaultReadChunkSize
        var position = start
        var padded = false
        var produced: UInt64 = 0
        do {
            let crc = try Data.decompress(
                size: Int64(bytes.count - start), bufferSize: chunkSize, skipCRC32: false,
                provider: { _, size in
                    var chunk = [UInt8](bytes[min(position, bytes.count)..<min(position + size, bytes.count)])
                    position += chunk.count
                    if chunk.count < size {
                        // Padded once, then the input has run out: no end within the file.
                        if padded { throw RanOut() }
                        padded = true
                        chunk += [UInt8](repeating: padding, count: size - chunk.count)
                    }
                    return Data(chunk)
                },
                consumer: { chunk in
                    produced += UInt64(chunk.count)
                    if produced > enough { throw Enough() }
                })
            return [produced, UInt64(crc)]
        } catch is Enough {
            return [enough, 0]
        } catch {
            return nil
        }
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        at + 2 <= bytes.count ? UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 : 0xFFFF
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        at + 4 <= bytes.count ? UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16 : 0xFFFF_FFFF
    }
}
