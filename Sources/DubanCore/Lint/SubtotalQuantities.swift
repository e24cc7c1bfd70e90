/// Finds `数字[万亿千]单位` in a work standard, with where it stands and the bound words around
/// it: just enough for the sub-total check, independent of the indicator extractor.
struct SubtotalQuantities {
    struct Quantity: Equatable {
        var value: Double
        var unit: String
        /// Scalar offsets of the number's first digit and of the end of its unit.
        var start: Int
        var end: Int
        /// `不少于`, `以上`, `超` … around it: a floor, not an exact count.
        var isFloor: Bool
    }

    /// Longest first, so `平方米` wins over `米` and `个百分点` over `个`.
    static let units = ScalarText.words([
        "个百分点", "平方米", "立方米", "公里", "千米", "人次", "批次", "美元", "万元", "亿元",
        "个", "家", "所", "座", "项", "件", "套", "台", "条", "户", "张", "间", "只", "处", "辆",
        "场", "栋", "对", "人", "名", "亩", "米", "元", "吨", "份", "次", "%", "％",
    ])
    static let multipliers: [Unicode.Scalar: Double] = ["万": 1e4, "亿": 1e8, "千": 1e3]
    static let floorBefore = ScalarText.words(["不少于", "不低于", "至少", "超过", "超", "突破", "以上"])
    static let floorAfter = ScalarText.words(["以上", "余", "多"])

    static func scan(_ text: ScalarText) -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        while i < text.count {
            guard text.isDigit(i), !text.isDigit(i - 1), i == 0 || text[i - 1] != "." else {
                i += 1
                continue
            }
            var j = i
            while j < text.count, text.isDigit(j) || (text[j] == "." && text.isDigit(j + 1)) { j += 1 }
            guard var value = Double(text.string(i..<j)) else {
                i = j
                continue
            }
            var k = j
            if k < text.count, let factor = multipliers[text[k]] {
                value *= factor
                k += 1
            }
            guard let unit = text.match(units, at: k) else {
                i = j
                continue
            }
            let end = k + unit.count
            let floor = floorBefore.contains { text.matches($0, at: i - $0.count) } || text.match(floorAfter, at: end) != nil
            var name = String(String.UnicodeScalarView(unit))
            name = normalUnit(name, &value)
            out.append(Quantity(value: value, unit: name, start: i, end: end, isFloor: floor))
            i = end
        }
        return out
    }

    static func normalUnit(_ unit: String, _ value: inout Double) -> String {
        switch unit {
        case "万元":
            value *= 1e4
            return "元"
        case "亿元":
            value *= 1e8
            return "元"
        case "％": return "%"
        case "名": return "人"
        default: return unit
        }
    }
}
