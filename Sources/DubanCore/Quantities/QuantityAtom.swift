/// One number with what makes it a quantity: its unit (measure word, currency, percent) and the
/// words fused to it (第, 百分之, 人民币). Bounds and ranges are read on top of atoms.
struct QuantityAtom: Sendable {
    var kind: Quantity.Kind
    /// In the unit's terms, multipliers applied; percentages in percent units.
    var value: Double
    /// The upper end of a span the numeral itself names (三五千, 几十万).
    var high: Double?
    /// The number as written, before 成/千分之 scaling (六千零五十一个百分点 → 6051).
    var stated: Double
    var unit: UnitInfo?
    /// Everything the atom covers, prefix words and unit included.
    var range: Range<Int>
    /// The numeral itself.
    var numeral: Range<Int>
    /// 多 / 余 / 几 / 过半: more than the value.
    var more = false
    var hasArabic = false
    var trailingBig: Double?
    var usesBig = false
    /// A number word rather than digits: 百分百, 过半, 半百, 一半.
    var isWord = false

    var unitClass: UnitClass? { unit?.unitClass }
}
