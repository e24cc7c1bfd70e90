/// A spreadsheet column's letters from its 1-based number: 1 → A, 26 → Z, 27 → AA. One rule for
/// every workbook Duban writes and every cell it names in a message.
public func columnLetters(_ number: Int) -> String {
    var number = number
    var letters = ""
    while number > 0 {
        letters = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + letters
        number = (number - 1) / 26
    }
    return letters
}
