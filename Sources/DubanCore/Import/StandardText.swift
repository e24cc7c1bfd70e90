import Foundation

/// Rules about the work-standard cell itself: its label, its sub-heading.
enum StandardText {
    /// `市政设施：` on the first line of a cell with more below it is a sub-group title.
    static func leadingSubheading(_ cell: String) -> (String, String)? {
        let lines = cell.split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.isBlank }
        guard lines.count >= 2, let first = lines.first else { return nil }
        let heading = NameText.removingWhitespace(first)
        guard heading.hasSuffix("：") || heading.hasSuffix(":"), (2...16).contains(heading.count) else { return nil }
        return (String(heading.dropLast()), lines.dropFirst().joined(separator: "\n"))
    }

    /// `(14)` / `（14）` at the start → (label, number, rest).
    static func leadingLabel(_ text: String) -> (label: String, number: Int, rest: String)? {
        let trimmed = NameText.asciiDigits(text).drop(while: \.isWhitespace)
        guard let open = trimmed.first, open == "(" || open == "（" else { return nil }
        let digits = trimmed.dropFirst().prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
        let afterDigits = trimmed.dropFirst(1 + digits.count)
        guard let close = afterDigits.first, close == ")" || close == "）" else { return nil }
        let label = String(trimmed.prefix(2 + digits.count))
        return (label, number, String(afterDigits.dropFirst()))
    }

    /// How many `(N)` sub-point markers the text holds.
    static func labelCount(_ text: String) -> Int {
        let compact = NameText.removingWhitespace(text)
        var count = 0
        var index = compact.startIndex
        while index < compact.endIndex {
            if leadingLabel(String(compact[index...].prefix(6))) != nil { count += 1 }
            index = compact.index(after: index)
        }
        return count
    }
}
