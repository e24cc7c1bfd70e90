/// MultipartKit 4.7.1 traps (index out of range in `isAllowedHeaderFieldNameCharacter`, a
/// 128-entry table indexed by the byte) on a non-ASCII byte in a part's header name: the
/// 8-byte body `--b\r\n\u{80}` with boundary `b` crashes the process. Fuzzing skips such bodies
/// so it can look for other faults; this is also the check a server must make before decoding.
enum KnownCrash {
    /// True if some part's header section has a byte ≥ 0x80 before a line's first colon. A part's
    /// headers start right after an occurrence of "--" + boundary and end at the first CR LF CR
    /// (the parser's end of headers, or where it has already failed), so this is a superset of
    /// the crashing bodies.
    static func nonASCIIHeaderName(_ body: [UInt8], boundary: String) -> Bool {
        let marker = Array("--\(boundary)".utf8)
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

    private static func firstIndex(of marker: [UInt8], in body: [UInt8], from start: Int) -> Int? {
        guard !marker.isEmpty, body.count >= marker.count, start <= body.count - marker.count else { return nil }
        for index in start...(body.count - marker.count) where body[index] == marker[0] {
            if body[index..<(index + marker.count)].elementsEqual(marker) { return index }
        }
        return nil
    }
}
