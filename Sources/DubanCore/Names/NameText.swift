/// Small text rules shared by everything that reads names and titles out of cells.
public enum NameText {
    /// Separators between names in a responsibility cell (gold README: 、，,；/ and line breaks).
    public static let separators: Set<Character> = ["、", "，", ",", "；", ";", "/", "／"]

    /// Works on scalars: Character iteration (grapheme breaking) made this the import's hot spot.
    public static func removingWhitespace(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isSpace(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// The non-empty lines of a cell, each with its white space removed.
    public static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { removingWhitespace(String($0)) }.filter { !$0.isEmpty }
    }

    static func endsWithSeparator(_ text: String) -> Bool {
        text.last.map { separators.contains($0) } ?? false
    }

    static func startsWithParenthesis(_ text: String) -> Bool {
        text.first == "(" || text.first == "（"
    }
}
