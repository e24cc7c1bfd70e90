import DubanDocuments
import Foundation

/// Bytes as a text file: encoding detection (BOM, UTF-8, GB18030 via iconv, binary checks),
/// layout detection, then the TAB and pipe readers forced, since detection rarely picks them
/// for random input. Errors are expected; only crashes and sanitizer reports count.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    let data = Data(bytes)
    let reader = DocumentReader()
    _ = try? reader.read(data: data, name: "fuzz.txt")
    _ = try? reader.read(data: data, name: "fuzz.txt", format: .tabs)
    _ = try? reader.read(data: data, name: "fuzz.txt", format: .pipes)
    return 0
}
