/// Finds the atoms of a text, left to right, each numeral once.
enum AtomScanner {
    static func atoms(in t: FoldedText) -> [QuantityAtom] {
        var atoms: [QuantityAtom] = []
        var i = 0
        while i < t.count {
            let c = t[i]
            guard mayStart(c) else {
                i += 1
                continue
            }
            if let end = SetPhrases.end(t, at: i) {
                i = end
                continue
            }
            if let a = special(t, at: i) ?? ordinal(t, at: i) ?? percentPrefixed(t, at: i)
                ?? currencyPrefixed(t, at: i, after: atoms.last)
            {
                atoms.append(a)
                i = a.range.upperBound
                continue
            }
            if c == "-", isConnector(t, at: i, after: atoms.last) {
                i += 1
                continue
            }
            guard startsNumeral(c) else {
                i += 1
                continue
            }
            switch NumeralReader.read(t, at: i) {
            case .none:
                i += 1
            case .reject(let end):
                i = Swift.max(end, i + 1)
            case .numeral(let n):
                if let a = UnitAttacher.atom(t, numeral: n) {
                    atoms.append(a)
                    i = a.range.upperBound
                } else {
                    i = Swift.max(n.range.upperBound, i + 1)
                }
            }
        }
        return atoms
    }

    private static let han = Array("(含)".unicodeScalars)

    /// The `-` of 1万-5万元, 1万(含)-5万元 or 1万元--5万元 joins two numbers; it is no minus sign.
    private static func isConnector(_ t: FoldedText, at i: Int, after last: QuantityAtom?) -> Bool {
        if t[i - 1] == "-" || t[i - 1] == "—" { return true }
        guard let last else { return false }
        var j = t.skipSpacesBack(i)
        if t.hasEnding(han, at: j) { j = t.skipSpacesBack(j - han.count) }
        return j == last.range.upperBound
    }

    private static let starters: Set<Unicode.Scalar> = Set(
        "零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅几数负第半过打人港新台美日欧¥￥$米".unicodeScalars
    )

    private static func mayStart(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || c == "-" || starters.contains(c)
    }

    private static func startsNumeral(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || c == "-" || c == "负" || c == "几" || c == "数" || c == "廿" || c == "卅"
            || NumeralChars.isNumeral(c)
    }

    private static let words = WordTable<(Double, String?, Quantity.Kind, Bool)>([
        ("百分百", (100, "%", .percentage, false)),
        ("打对折", (50, "折", .percentage, false)),
        ("过半", (50, "%", .percentage, true)),
        ("半百", (50, nil, .number, false)),
        ("一半", (0.5, nil, .number, false)),
    ])

    /// Number words, 半 before a unit (半斤, 半成), and 米九 (1.9 m).
    private static func special(_ t: FoldedText, at i: Int) -> QuantityAtom? {
        if let (len, w) = words.match(t, at: i) {
            let unit = w.1.map { UnitInfo(name: $0, kind: w.2, unitClass: .percent) }
            return QuantityAtom(
                kind: w.2, value: w.0, stated: w.0 / (w.1 == "折" ? 10 : 1), unit: unit,
                range: i..<(i + len), numeral: i..<(i + len), more: w.3, isWord: true)
        }
        if t[i] == "半", let (len, u) = UnitLexicon.suffixes.match(t, at: i + 1),
            u.unitClass != .count, u.unitClass != .descriptor, u.unitClass != .money
        {
            return QuantityAtom(
                kind: u.kind, value: 0.5 * u.scale, stated: 0.5, unit: u,
                range: i..<(i + 1 + len), numeral: i..<(i + 1))
        }
        if t[i] == "米", !t[i - 1].isIdeograph || t[i - 1] == "到" || t[i - 1] == "至",
            let d = NumeralChars.digit(t[i + 1]), !d.formal, !NumeralChars.isNumeral(t[i + 2])
        {
            let u = UnitInfo(name: "米", kind: .dimension, unitClass: .physical)
            return QuantityAtom(
                kind: .dimension, value: 1 + d.value / 10, stated: 1 + d.value / 10, unit: u,
                range: i..<(i + 2), numeral: i..<(i + 2))
        }
        return nil
    }

    /// 第三, 第250, 第3万.
    private static func ordinal(_ t: FoldedText, at i: Int) -> QuantityAtom? {
        guard t[i] == "第", case .numeral(let n) = NumeralReader.read(t, at: i + 1), n.hasDigit,
            n.range.lowerBound == i + 1, n.value >= 0
        else { return nil }
        return QuantityAtom(
            kind: .ordinal, value: n.value, stated: n.value, unit: nil,
            range: i..<n.range.upperBound, numeral: n.range, hasArabic: n.hasArabic)
    }

    private static let percentWords = WordTable<UnitInfo>([
        ("百分之", UnitInfo(name: "%", kind: .percentage, unitClass: .percent)),
        ("百分", UnitInfo(name: "%", kind: .percentage, unitClass: .percent)),
        ("千分之", UnitInfo(name: "千分之", kind: .percentage, unitClass: .percent, scale: 0.1)),
        ("万分之", UnitInfo(name: "万分之", kind: .percentage, unitClass: .percent, scale: 0.01)),
    ])

    /// 百分之五, 千分之2.4, 百分三十.
    private static func percentPrefixed(_ t: FoldedText, at i: Int) -> QuantityAtom? {
        guard let (len, u) = percentWords.match(t, at: i) else { return nil }
        let j = i + len
        if t[j] == "点" || t[j] == "比" || t[j] == "位" { return nil }
        guard case .numeral(let n) = NumeralReader.read(t, at: j), n.range.lowerBound == j,
            n.hasDigit || n.value == 100
        else { return nil }
        return QuantityAtom(
            kind: n.high == nil ? .percentage : .range, value: n.value * u.scale,
            high: n.high.map { $0 * u.scale }, stated: n.value, unit: u,
            range: i..<n.range.upperBound, numeral: n.range, hasArabic: n.hasArabic)
    }

    /// 人民币 8千元, 港币两千九百六十元, 港幣3.14.
    private static func currencyPrefixed(_ t: FoldedText, at i: Int, after last: QuantityAtom?) -> QuantityAtom? {
        guard let (len, u) = UnitLexicon.prefixes.match(t, at: i) else { return nil }
        // 4人民币5美元: 人民币 closes the 4, it does not open the 5.
        if let last, last.range.upperBound == i { return nil }
        let j = t.skipSpaces(i + len)
        guard case .numeral(let n) = NumeralReader.read(t, at: j), n.range.lowerBound == j,
            n.hasDigit || n.bareUnits >= 2
        else { return nil }
        var a = QuantityAtom(
            kind: n.high == nil ? .currency : .range, value: n.value, high: n.high,
            stated: n.value, unit: u, range: i..<n.range.upperBound, numeral: n.range,
            more: n.more, hasArabic: n.hasArabic, trailingBig: n.trailingBig, usesBig: n.usesBig)
        var k = t.skipSpaces(n.range.upperBound)
        if let (l2, s) = UnitLexicon.suffixes.match(t, at: k), s.unitClass == .money {
            k += l2
            let tail = UnitAttacher.moneyTail(t, at: k, afterKuai: false)
            a.value += tail.add
            a.stated = a.value
            a.range = i..<tail.end
        }
        return a
    }
}
