import DubanCore
import Foundation
import Testing

/// Every stored digest (tokens, evidence files, the audit chain) is this hex: it must stay the
/// same text the old formatter wrote, or no token or audit entry already stored would match.
@Suite struct HexDigestTests {
    @Test func everyByteIsWrittenAsTheFormatterWroteIt() {
        let bytes = (0...255).map(UInt8.init)
        #expect(bytes.lowercaseHex == bytes.map { String(format: "%02x", $0) }.joined())
        #expect([UInt8]().lowercaseHex.isEmpty)
    }

    @Test func aKnownDigestReadsAsPublished() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        let digest: [UInt8] = [
            0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
            0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad,
        ]
        #expect(digest.lowercaseHex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
