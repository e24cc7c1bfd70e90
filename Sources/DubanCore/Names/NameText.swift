/// Small text rules shared by everything that reads names and titles out of cells.
public enum NameText {
    /// Separators between names in a responsibility cell (gold README: 、，,；/ and line breaks).
    public static let separators: Set<Character> = ["、", "，", ",", "；", ";", "/", "／"]

    /// Works on scalars: Character iteration (grapheme breaking) made this the import's hot spot.
    public static func removingWhitespace(_ text: String) -> String {
        // Most cells have no white space at all: hand them back without building a copy.
        guard text.unicodeScalars.contains(where: isSpace) else { return text }
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

    /// Full-width digits (`１．`, `（３）`) as ASCII, so numbering typed either way reads the same.
    public static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.prefix(8).contains(where: { (0xFF10...0xFF19).contains($0.value) }),
            text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) })
        else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    (0xFF10...0xFF19).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30)! : scalar
                }))
    }

    /// Names split on the separators and line breaks, never inside parentheses
    /// (`各县(市、区)政府` stays one name), white space removed.
    public static func splitNames(_ text: String) -> [String] {
        splitOutsideParentheses(text, at: separators.union(["\n", "\r"]))
            .map(removingWhitespace).filter { !$0.isEmpty }
    }

    static func splitOutsideParentheses(_ text: String, at breaks: Set<Character>) -> [String] {
        // An unclosed bracket (a cut-off alias) would swallow every name after it: split plainly.
        var balance = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(", "（", "【", "[": balance += 1
            case ")", "）", "】", "]": balance -= 1
            default: break
            }
        }
        if balance != 0 {
            return text.split(whereSeparator: { breaks.contains($0) }).map(String.init)
        }
        // Cut at the breaks by index, once: appending character by character was the hot spot.
        var pieces: [String] = []
        var depth = 0
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            switch char {
            case "(", "（", "【", "[": depth += 1
            case ")", "）", "】", "]": depth = max(0, depth - 1)
            default: break
            }
            let next = text.index(after: index)
            if depth == 0 && breaks.contains(char) {
                pieces.append(String(text[start..<index]))
                start = next
            }
            index = next
        }
        pieces.append(String(text[start...]))
        return pieces.filter { !$0.isEmpty }
    }
}
