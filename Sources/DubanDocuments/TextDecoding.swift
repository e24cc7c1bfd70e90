import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Bytes → text for the encodings Chinese offices produce: UTF-8 (with or without BOM),
/// UTF-16 with BOM, and GB18030/GBK from Windows. Line ends are normalised to "\n".
public enum TextDecoding {
    public static func decode(_ data: Data, file: String) throws -> String {
        let text = try decodeRaw(data, file: file)
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    static func decodeRaw(_ data: Data, file: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw DocumentError.unknownEncoding(file: file)
            }
            return try checked(text, file: file)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard bytes.count % 2 == 0, let text = String(bytes: bytes.dropFirst(2), encoding: encoding) else {
                throw DocumentError.unknownEncoding(file: file)
            }
            return try checked(text, file: file)
        }
        // NUL bytes never occur in text in these encodings: this is a binary file.
        if bytes.contains(0) { throw DocumentError.binary(file: file) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return try checked(text, file: file)
        }
        if let text = iconvDecode(bytes, from: "GB18030") {
            return try checked(text, file: file)
        }
        throw DocumentError.unknownEncoding(file: file)
    }

    /// Decoded, but is it text? Many control characters mean a binary file decoded by luck.
    static func checked(_ text: String, file: String) throws -> String {
        var control = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" && scalar != "\u{0C}" {
                control += 1
            } else if (0xE000...0xF8FF).contains(scalar.value) || scalar.value == 0xFFFD {
                control += 1  // private-use and replacement characters: garbage, not a plan
            }
        }
        if total > 0 && control * 20 > total { throw DocumentError.binary(file: file) }
        if text.isBlank { throw DocumentError.empty(file: file) }
        return text
    }

    /// glibc's iconv knows GB18030 (a superset of GBK and GB2312); Foundation on Linux does not.
    static func iconvDecode(_ bytes: [UInt8], from encoding: String) -> String? {
        #if canImport(Glibc)
            let handle = iconv_open("UTF-8", encoding)
            if handle == iconv_t(bitPattern: -1) { return nil }
            defer { iconv_close(handle) }
            var input = bytes.map { CChar(bitPattern: $0) }
            var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
            let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
                output.withUnsafeMutableBufferPointer { outBuf in
                    var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                    var inLeft = inBuf.count
                    var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                    var outLeft = outBuf.count
                    let result = iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
                    if result == -1 || inLeft != 0 { return nil }
                    return outBuf.count - outLeft
                }
            }
            guard let produced else { return nil }
            return String(validating: output[0..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
            return nil
        #endif
    }
}
