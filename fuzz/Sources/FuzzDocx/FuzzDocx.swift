import DubanDocuments
import Foundation
import OfficeInput

/// Bytes as a .docx (see OfficeInput for the two modes): the zip container, then
/// word/document.xml (paragraphs, tables, merged cells, numbering).
func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    guard let data = OfficeInput.file(from: bytes) else { return 0 }
    do {
        let document = try DocumentReader().read(data: data, name: "fuzz.docx")
        if showOutcome { print("read:", document) }
    } catch {
        if showOutcome { print("refused:", error) }
    }
    return 0
}
