/// The numbering that opens a paragraph of a plan written as prose, and its level in the
/// outline Chinese official documents use: 一、 > （一） > 1. > （1） > ①.
struct OutlineMarker: Sendable, Equatable {
    var rank: Int
    /// As the gold records it: brackets kept, a trailing `、` `.` dropped (`1.` → `1`, `（一）` stays).
    var label: String
    var number: Int
    var rest: String

    static let chineseDigits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
    static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    static func parse(_ printed: String) -> OutlineMarker? {
        // Every marker opens with a bracket, a numeral or a digit.
        guard let head = printed.unicodeScalars.first,
            "(（①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳一二三四五六七八九十".unicodeScalars.contains(head)
                || ("0"..."9").contains(head) || (0xFF10...0xFF19).contains(head.value)
        else { return nil }
        let compact = NameText.asciiDigits(printed)
        guard let first = compact.first else { return nil }
        if let index = circled.firstIndex(of: first) {
            return OutlineMarker(rank: 4, label: String(first), number: index + 1, rest: String(compact.dropFirst()))
        }
        if first == "(" || first == "（" {
            let inner = compact.dropFirst().prefix(while: { $0 != ")" && $0 != "）" })
            guard inner.count < compact.count - 1, !inner.isEmpty, inner.count <= 4 else { return nil }
            let label = String(compact.prefix(inner.count + 2))
            let rest = String(compact.dropFirst(inner.count + 2))
            if let number = chinese(inner) { return OutlineMarker(rank: 1, label: label, number: number, rest: rest) }
            if inner.allSatisfy(\.isASCIIDigit), let number = Int(inner) {
                return OutlineMarker(rank: 3, label: label, number: number, rest: rest)
            }
            return nil
        }
        let numerals = compact.prefix(while: { chineseDigits[$0] != nil })
        if !numerals.isEmpty, numerals.count <= 3, let number = chinese(numerals) {
            let after = compact.dropFirst(numerals.count)
            guard let mark = after.first, "、.．,，".contains(mark) else { return nil }
            return OutlineMarker(rank: 0, label: String(numerals), number: number, rest: String(after.dropFirst()))
        }
        let digits = compact.prefix(while: \.isASCIIDigit)
        if !digits.isEmpty, digits.count <= 3, let number = Int(digits) {
            let after = compact.dropFirst(digits.count)
            guard let mark = after.first, "、.．".contains(mark) else { return nil }
            let rest = after.dropFirst()
            // `1.5%` and `2022.3` are numbers, not markers.
            if rest.first?.isASCIIDigit == true || rest.isEmpty { return nil }
            return OutlineMarker(rank: 2, label: String(digits), number: number, rest: String(rest))
        }
        return nil
    }

    /// 一 … 九十九.
    static func chinese<S: StringProtocol>(_ text: S) -> Int? {
        let values = text.compactMap { chineseDigits[$0] }
        guard values.count == text.count, !values.isEmpty else { return nil }
        switch values.count {
        case 1: return values[0]
        case 2 where values[0] == 10: return 10 + values[1]
        case 2 where values[1] == 10: return values[0] * 10
        case 3 where values[1] == 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }
}
