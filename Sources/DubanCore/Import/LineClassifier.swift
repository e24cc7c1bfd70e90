import Foundation

/// The shape of a line in the one-cell-per-line layout, before its position decides the rest.
enum LineShape: Equatable {
    /// `3`: the number of a group of rows (序号 of a merged 目标名称 cell).
    case groupNumber
    /// `(14)…`: a row's own labelled standard.
    case labelledText(label: String, rest: String)
    /// `2.…`: a numbered sub-point of a standard.
    case numberedPoint(Int)
    /// `发改局、财政局、住建局、…`: a list of units, however long.
    case unitList
    /// A sentence: long, or ending as sentences end.
    case sentence
    /// Anything short: a title, a person, a unit.
    case short

    static func of(_ line: String) -> LineShape {
        let text = NameText.asciiDigits(NameText.removingWhitespace(line))
        if text.count <= 3, text.allSatisfy(\.isASCIIDigit) { return .groupNumber }
        if let labelled = StandardText.leadingLabel(text) {
            return .labelledText(label: labelled.label, rest: labelled.rest)
        }
        let digits = text.prefix(while: \.isASCIIDigit)
        if !digits.isEmpty, digits.count <= 2, let next = text.dropFirst(digits.count).first,
            next == "." || next == "．" || next == "、", text.count > digits.count + 1,
            !(text.dropFirst(digits.count + 1).first?.isASCIIDigit ?? false)
        {
            return .numberedPoint(Int(digits) ?? 0)
        }
        if isUnitList(text) { return .unitList }
        if text.count >= 16 || text.hasSuffix("。") || text.hasSuffix("；") || text.hasSuffix(";") { return .sentence }
        return .short
    }

    /// Most pieces between separators are short and shaped like unit names.
    static func isUnitList(_ text: String) -> Bool {
        guard !text.contains("。"), text.contains(where: { NameText.separators.contains($0) }) else { return false }
        let pieces = text.split(whereSeparator: { NameText.separators.contains($0) }).map(String.init)
        guard !pieces.isEmpty else { return false }
        let unitLike = pieces.filter { $0.count <= 14 && (UnitNames.hasUnitSuffix($0) || UnitNames.isCollective($0)) }
        return unitLike.count * 5 >= pieces.count * 3 && pieces.allSatisfy { $0.count <= 16 }
    }
}
