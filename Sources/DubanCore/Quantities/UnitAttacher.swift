/// Turns a numeral into an atom with what follows it: a fraction (五分之一), a measure word,
/// a currency with its 角/分, a percent sign, a rate (元/月).
enum UnitAttacher {
    private static let chengBlock = Set("为立员果本功效绩就交型熟长城都品分家年人套片群批色因败全像活药".unicodeScalars)
    private static let zheBlock = Set("合算旧扣叠腾射服磨返价线中后".unicodeScalars)
    private static let yuanBlock = Set("旦素宵首件器帅老气".unicodeScalars)
    private static let rmb = Array("人民币".unicodeScalars)

    static func atom(_ t: FoldedText, numeral n: Numeral) -> QuantityAtom? {
        let start = n.range.lowerBound
        let j = n.range.upperBound
        // 点零: digits after a point that follows no number are not a number.
        if t[start - 1] == "点", !NumeralChars.isNumeral(t[start - 2]), !n.hasArabic { return nil }
        if let f = fraction(t, numeral: n) { return f }

        var unit: UnitInfo?
        var k = j
        if let (len, u) = matchUnit(t, at: j, numeral: n) {
            unit = u
            k = j + len
        } else if t[j] == " " {
            let s = t.skipSpaces(j)
            if let (len, u) = matchUnit(t, at: s, numeral: n), u.unitClass == .money || u.kind == .percentage {
                unit = u
                k = s + len
            }
        }
        if n.onlyFormal, unit?.unitClass != .money { return nil }  // 登陆部队, 队伍
        if unit == nil {
            if n.isLoneLiang, t[j].isIdeograph, t[j] != "到", t[j] != "至", t[j] != "或" { return nil }
            if n.onlyFormal || !n.hasDigit { return nil }
        }
        if !n.hasDigit, n.bareUnits < 2 { return nil }  // 万人, 百家, 千人: not numbers

        var value = n.value
        if var u = unit {
            switch u.unitClass {
            case .money:
                let tail = moneyTail(t, at: k, afterKuai: t[k - 1] == "块")
                value += tail.add
                k = tail.end
                if t.has(rmb, at: k) { k += rmb.count }  // 8亿元人民币
            case .physical, .capacity:
                if u.name == "米", let d = NumeralChars.digit(t[k]), !d.formal,
                    !NumeralChars.isNumeral(t[k + 1]), UnitLexicon.suffixes.match(t, at: k + 1) == nil
                {
                    value += d.value / 10  // 三米九
                    k += 1
                } else if u.name == "斤", let d = NumeralChars.plainDigit(t[k]), t[k + 1] == "两" {
                    value += d / 10  // 3斤5两, 六斤八两
                    k += 2
                } else if t[k] == "半" {
                    value += 0.5  // 一吨半
                    k += 1
                }
            case .percent where u.name == "成", .time:
                if t[k] == "半" {
                    value += 0.5
                    k += 1
                }  // 三成半, 一年半
            default:
                break
            }
            if t[k] == "/", let (len, _) = UnitLexicon.rateDenominators.match(t, at: k + 1) {
                u.name += "/" + t.string((k + 1)..<(k + 1 + len))  // 元/月, 批次/千人
                k += 1 + len
            }
            if t[k] == "(", let (len, _) = UnitLexicon.suffixes.match(t, at: k + 1), t[k + 1 + len] == ")" {
                k += len + 2  // 套（间）
            }
            unit = u
        }
        let scale = unit?.scale ?? 1
        let kind: Quantity.Kind = n.high != nil ? .range : (unit?.kind ?? .number)
        return QuantityAtom(
            kind: kind, value: value * scale, high: n.high.map { $0 * scale }, stated: value,
            unit: unit, range: start..<k, numeral: n.range, more: n.more, hasArabic: n.hasArabic,
            trailingBig: n.trailingBig, usesBig: n.usesBig)
    }

    /// 五分之一 = 0.2, 一千分之一 = 0.001: the numeral is the denominator.
    private static func fraction(_ t: FoldedText, numeral n: Numeral) -> QuantityAtom? {
        let j = n.range.upperBound
        guard t[j] == "分", t[j + 1] == "之", n.hasDigit, n.value != 0,
            case .numeral(let m) = NumeralReader.read(t, at: j + 2), m.range.lowerBound == j + 2, m.hasDigit
        else { return nil }
        let v = m.value / n.value
        return QuantityAtom(
            kind: .number, value: v, stated: v, unit: nil, range: n.range.lowerBound..<m.range.upperBound,
            numeral: n.range.lowerBound..<m.range.upperBound, hasArabic: n.hasArabic || m.hasArabic)
    }

    private static func matchUnit(_ t: FoldedText, at j: Int, numeral n: Numeral) -> (Int, UnitInfo)? {
        guard let (len, u) = UnitLexicon.suffixes.match(t, at: j) else { return nil }
        let first = t[j]
        let next = t[j + len]
        if first.isASCIILetter {
            guard n.hasArabic, !next.isASCIILetter, !next.isASCIIDigit else { return nil }
        }
        if len == 1 {
            switch first {
            case "成": guard n.value <= 10, !n.more, !chengBlock.contains(next) else { return nil }
            case "折": guard n.value <= 10, !n.more, !zheBlock.contains(next) else { return nil }
            case "元": guard !yuanBlock.contains(next) else { return nil }
            case "块":
                // 三块 (money) but 3块场地 (pieces): money only before 钱/角/毛/分, a digit or the end.
                if next.isIdeograph, !"钱角毛分".unicodeScalars.contains(next), NumeralChars.digit(next) == nil,
                    !NumeralChars.isZero(next)
                {
                    return (1, UnitInfo(name: "块", kind: .number, unitClass: .count))
                }
            default: break
            }
        }
        return (len, u)
    }

    /// 角/分 after 元 or 块: 123元1角1分, 十块三毛, 一块二, 三块零四, 五块七毛八.
    static func moneyTail(_ t: FoldedText, at j: Int, afterKuai: Bool) -> (add: Double, end: Int) {
        var k = j
        var add = 0.0
        var level = 0
        while level < 2 {
            var z = k
            let zero = NumeralChars.isZero(t[z])
            if zero { z += 1 }
            guard let (d, len, chinese) = smallNumber(t, at: z) else { break }
            let u = t[z + len]
            if u == "角" || u == "毛", level == 0, !zero {
                add += d * 0.1
                k = z + len + 1
                level = 1
                continue
            }
            if u == "分" {
                add += d * 0.01
                k = z + len + 1
                level = 2
                continue
            }
            if chinese, len == 1, !NumeralChars.isNumeral(u) {
                if zero || level == 1 {
                    add += d * 0.01  // 三块零四, 七毛八
                    k = z + 1
                    level = 2
                    continue
                }
                if afterKuai, level == 0 {
                    add += d * 0.1  // 一块二
                    k = z + 1
                    level = 1
                    continue
                }
            }
            break
        }
        if t[k] == "钱" || t[k] == "整" { k += 1 }
        return (add, k)
    }

    /// One Chinese digit or one or two Arabic digits (for 角 and 分).
    private static func smallNumber(_ t: FoldedText, at i: Int) -> (Double, Int, Bool)? {
        if let d = NumeralChars.digit(t[i]) { return (d.value, 1, true) }
        guard t[i].isASCIIDigit else { return nil }
        if t[i + 1].isASCIIDigit {
            if t[i + 2].isASCIIDigit || t[i + 2] == "." { return nil }
            return (Double((t[i].value - 0x30) * 10 + t[i + 1].value - 0x30), 2, false)
        }
        if t[i + 1] == "." { return nil }
        return (Double(t[i].value - 0x30), 1, false)
    }
}
