import DubanCore
import DubanDocuments
import Foundation
import OfficeInput

/// Bytes as a filled progress sheet, .xlsx or CSV (the reader tells them by their first bytes):
/// the workbook's cells, the sealed identity and row keys, the columns found by title and every
/// cell a clerk may have typed. The seal is a fixed stand-in; fuzz/seeds/sheet carries sheets
/// sealed with it, so mutations reach the rows and not only the refusal of a foreign sheet.
let seal = SheetSeal { text in
    var hash: UInt64 = 1_469_598_103_934_665_603
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
    return String(format: "%016llx%016llx", hash, hash &* 31)
}

func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    let data = Data(bytes)
    do {
        let sheets = try WorkbookReader.sheets(data: data, name: "fuzz.sheet", rowLimit: ProgressSheetReader.fileRowLimit)
        let reading = try ProgressSheetReader.read(sheets, seal: seal)
        if showOutcome { print("read:", reading.entries.count, "entries,", reading.problems.count, "problems") }
    } catch {
        if showOutcome { print("refused:", error) }
    }
    return 0
}
