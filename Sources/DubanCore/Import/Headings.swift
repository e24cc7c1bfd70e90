/// Paragraph shapes that structure a plan: `附件2`, `一、主要预期目标`.
enum Headings {
    /// `附件1`, `附件 2`, `附件3：` → the number; not `附件：1. …` (a list of attachments).
    static func attachmentNumber(_ raw: String) -> Int? {
        guard raw.unicodeScalars.contains("附") else { return nil }
        let text = raw.filter { !$0.isWhitespace }
        guard text.hasPrefix("附件") else { return nil }
        let rest = text.dropFirst(2)
        let digits = rest.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        let tail = rest.dropFirst(digits.count)
        // A bare marker, or one followed by a colon and the attachment's title.
        guard tail.isEmpty || tail.first == "：" || tail.first == ":" || tail.count <= 40 && !tail.hasPrefix(".") else {
            return nil
        }
        return number
    }

    /// `一、主要预期目标` → `主要预期目标`.
    static func sectionTitle(_ raw: String) -> String? {
        let text = raw.filter { !$0.isWhitespace }
        let numerals = text.prefix(while: { "一二三四五六七八九十".contains($0) })
        guard !numerals.isEmpty, numerals.count <= 3 else { return nil }
        let rest = text.dropFirst(numerals.count)
        guard rest.first == "、" || rest.first == "." || rest.first == "．" else { return nil }
        let title = String(rest.dropFirst())
        return title.isEmpty || title.count > 40 ? nil : title
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
