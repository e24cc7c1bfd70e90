import DubanCore
import Foundation
import MultipartKit

/// Bytes as the body of the report form (multipart/form-data), decoded the way the web layer
/// decodes it: the form's fields, then every field leniently as text for the `value_<id>` ones,
/// then the form's own checks on what came out. The boundary is the body's first line less its
/// leading "--", as a browser's body begins; the fuzzer mutates both together.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    let body = [UInt8](bytes)
    let boundary = FormInput.boundary(of: body)
    if MultipartHeaderScan.hasNonASCIIHeaderName(body, boundary: boundary) { return 0 }
    let decoder = FormDataDecoder()
    let form = try? decoder.decode(ReportFormBody.self, from: body, boundary: boundary)
    let fields = try? decoder.decode([String: LooseText].self, from: body, boundary: boundary)
    if let form { FormChecks.run(form, fields: fields ?? [:]) }
    return 0
}

enum FormInput {
    /// "--BOUNDARY\r\n…" → "BOUNDARY"; anything else gets a fixed boundary (multipart's 1–70 characters).
    static func boundary(of body: [UInt8]) -> String {
        let fallback = "fuzz-boundary"
        guard body.starts(with: [0x2D, 0x2D]) else { return fallback }
        let line = body.dropFirst(2).prefix { $0 != 0x0D && $0 != 0x0A }
        guard (1...70).contains(line.count), let text = String(validating: line, as: UTF8.self) else { return fallback }
        return text
    }
}
