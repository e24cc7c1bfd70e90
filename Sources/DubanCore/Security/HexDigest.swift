/// Digests and keys written as lowercase hex. `String(format: "%02x")` per byte went through
/// Foundation's formatter 32 times a digest, once per API request for its token.
extension Sequence<UInt8> {
    public var lowercaseHex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
