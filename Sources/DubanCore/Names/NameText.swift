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

    /// Full-width digits (`１．`, `（３）`) as ASCII, so numbering typed either way reads the same.
    public static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
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
        let opens = text.filter { "(（【[".contains($0) }.count
        let closes = text.filter { ")）】]".contains($0) }.count
        if opens != closes {
            return text.split(whereSeparator: { breaks.contains($0) }).map(String.init)
        }
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for char in text {
            switch char {
            case "(", "（", "【", "[": depth += 1
            case ")", "）", "】", "]": depth = max(0, depth - 1)
            default: break
            }
            if depth == 0 && breaks.contains(char) {
                pieces.append(current)
                current = ""
            } else {
                current.append(char)
            }
        }
        pieces.append(current)
        return pieces.filter { !$0.isEmpty }
    }
}
