/// MultipartKit 4.7.1 traps (index out of range in `isAllowedHeaderFieldNameCharacter`, a
/// 128-entry table indexed by the byte) on a byte ≥ 0x80 in a part's header name: one such
/// request kills the whole server. Found by schemathesis and by fuzz/FuzzMultipart. The web layer
/// looks at every multipart body with this before anything decodes it; the fuzzer skips such bodies
/// to look for other faults.
public enum MultipartHeaderScan {
    /// True if some part's header section has a byte ≥ 0x80 before a line's first colon. A
    /// part's headers start after "--" + boundary and end at CR LF CR, so this is a superset of
    /// the bodies that crash the parser (a real form's header names are ASCII).
    public static func hasNonASCIIHeaderName(_ body: [UInt8], boundary: String) -> Bool {
        let marker = Array("--\(boundary)".utf8)
        guard !marker.isEmpty, body.count >= marker.count else { return false }
        var start = 0
        while let found = firstIndex(of: marker, in: body, from: start) {
            var index = found + marker.count
            var inName = true
            while index < body.count {
                let byte = body[index]
                if byte == 0x0D, index + 2 < body.count, body[index + 1] == 0x0A, body[index + 2] == 0x0D { break }
                if byte == 0x0D, index + 1 < body.count, body[index + 1] == 0x0A {
                    inName = true
                    index += 2
                    continue
                }
                if byte == 0x3A { inName = false }
                if inName && byte >= 0x80 { return true }
                index += 1
            }
            start = found + 1
        }
        return false
    }

    static func firstIndex(of marker: [UInt8], in body: [UInt8], from start: Int) -> Int? {
        guard start <= body.count - marker.count else { return nil }
        var index = start
        while index <= body.count - marker.count {
            if body[index] == marker[0], body[index..<(index + marker.count)].elementsEqual(marker) { return index }
            index += 1
        }
        return nil
    }
}
