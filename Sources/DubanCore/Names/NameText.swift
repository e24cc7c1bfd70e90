/// Small text rules shared by everything that reads names and titles out of cells.
public enum NameText {
    /// Separators between names in a responsibility cell (gold README: 、，,；/ and line breaks).
    public static let separators: Set<Character> = ["、", "，", ",", "；", ";", "/", "／"]

    public static func removingWhitespace(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
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
