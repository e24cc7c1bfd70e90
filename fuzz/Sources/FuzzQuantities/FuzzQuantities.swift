import DubanCore
import Foundation

/// Arbitrary text through `duban quantities`: scan every line, numerals reported, and write the JSON.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    // The command refuses what is not UTF-8; so does this.
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let scanner = QuantityScanner(options: .init(reportNumerals: true))
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var w = JSONWriter()
        w.beginObject()
        w.beginArray("quantities")
        for q in scanner.scan(String(line)) { q.write(to: &w) }
        w.endArray()
        w.endObject()
    }
    return 0
}
