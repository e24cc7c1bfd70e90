import DubanDocuments
import Foundation

/// Bytes as a .csv and as a .tsv file: quoting, embedded newlines, ragged rows, the cell limit.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    let data = Data(bytes)
    let reader = DocumentReader()
    _ = try? reader.read(data: data, name: "fuzz.csv")
    _ = try? reader.read(data: data, name: "fuzz.tsv")
    return 0
}
