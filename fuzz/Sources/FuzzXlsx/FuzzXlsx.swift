import DubanDocuments
import Foundation
import OfficeInput

/// Bytes as a .xlsx (see OfficeInput for the two modes): the zip container, then the workbook,
/// shared strings, sheets, merged ranges and cell references.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    guard let data = OfficeInput.file(from: bytes) else { return 0 }
    do {
        let document = try DocumentReader().read(data: data, name: "fuzz.xlsx")
        if showOutcome { print("read:", document) }
    } catch {
        if showOutcome { print("refused:", error) }
    }
    return 0
}
