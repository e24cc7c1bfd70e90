/// A number as written (Arabic, Chinese 小写 or 大写, or mixed, as in `1.2万`, `5千万`,
/// `一万三`), with its multipliers applied.
struct Numeral: Sendable {
    var value: Double
    /// The upper end when the numeral names a span: 三五千 (3000…5000), 几十万 (10万…100万).
    var high: Double?
    var range: Range<Int>
    var hasArabic = false
    /// False when only units are written (千万, 百亿): such a word is a number only before a unit.
    var hasDigit = true
    /// How many unit characters a digit-less numeral has (万 → 1, 千万 → 2).
    var bareUnits = 0
    /// A lone 大写 character (伍, 陆, 拾), which is usually part of a word (队伍, 大陆, 收拾).
    var onlyFormal = false
    /// A lone 两, which is a number only before a measure word (两家, not 两岸).
    var isLoneLiang = false
    /// 多 / 余 / 几 after the digits: more than the value.
    var more = false
    /// The 万/亿 that closes the numeral (`3万` → 10000), lent to the left end of `2—3万`.
    var trailingBig: Double?
    var usesBig = false
}

/// Character classes of numerals.
enum NumeralChars {
    static func digit(_ c: Unicode.Scalar) -> (value: Double, formal: Bool)? {
        switch c {
        case "一": return (1, false)
        case "二", "两": return (2, false)
        case "三": return (3, false)
        case "四": return (4, false)
        case "五": return (5, false)
        case "六": return (6, false)
        case "七": return (7, false)
        case "八": return (8, false)
        case "九": return (9, false)
        case "壹": return (1, true)
        case "贰": return (2, true)
        case "叁": return (3, true)
        case "肆": return (4, true)
        case "伍": return (5, true)
        case "陆": return (6, true)
        case "柒": return (7, true)
        case "捌": return (8, true)
        case "玖": return (9, true)
        default: return nil
        }
    }

    static func small(_ c: Unicode.Scalar) -> (value: Double, formal: Bool)? {
        switch c {
        case "十": return (10, false)
        case "拾": return (10, true)
        case "百": return (100, false)
        case "佰": return (100, true)
        case "千": return (1000, false)
        case "仟": return (1000, true)
        default: return nil
        }
    }

    static func big(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "万": return 1e4
        case "亿": return 1e8
        case "兆": return 1e12
        default: return nil
        }
    }

    static func isZero(_ c: Unicode.Scalar) -> Bool { c == "零" || c == "〇" }

    /// Any character that can be part of a numeral.
    static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || digit(c) != nil || small(c) != nil || big(c) != nil || isZero(c)
    }

    /// Value of one digit, Arabic or Chinese (零 included), for decimals and 角/分.
    static func plainDigit(_ c: Unicode.Scalar) -> Double? {
        if c.isASCIIDigit { return Double(c.value - 0x30) }
        if isZero(c) { return 0 }
        return digit(c)?.value
    }
}
