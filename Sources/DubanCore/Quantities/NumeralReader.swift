/// Reads one numeral at a position. A run that cannot be one number (十一十二, 10..1万,
/// 10.1万零100, 零点) is rejected as a whole, so none of its parts is taken for a number.
enum NumeralReader {
    enum Result {
        case none
        case reject(end: Int)
        case numeral(Numeral)
    }

    /// Units that make 千 or 兆 part of a measure (千米, 千克, 兆瓦), not a multiplier.
    private static func isMetricAfterThousand(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "米", "克", "瓦", "卡", "帕", "伏", "焦", "赫", "字", "比", "吨": return true
        default: return false
        }
    }

    static func read(_ t: FoldedText, at start: Int) -> Result {
        var i = start
        var negative = false
        if t[i] == "负" || t[i] == "-" {
            let n = t[i + 1]
            guard
                n.isASCIIDigit || NumeralChars.digit(n) != nil || NumeralChars.small(n) != nil
                    || NumeralChars.isZero(n)
            else { return .none }
            negative = true
            i += 1
        }
        // 几十万 / 数十亿: a span from the unit to ten times it.
        var few = false
        if t[i] == "几" || t[i] == "数", NumeralChars.small(t[i + 1]) != nil || NumeralChars.big(t[i + 1]) != nil {
            few = true
            i += 1
        }
        let first = i
        var toks: [Token] = []
        var hasArabic = false
        var formal = 0
        var plain = 0
        var more = false
        var lastChinese = false

        while i < t.count {
            let c = t[i]
            if c.isASCIIDigit {
                if case .digit? = toks.last { break }  // 西三5家: 三 and 5 are two numbers
                let a = readArabic(t, at: i)
                if a.malformed { return .reject(end: skipRun(t, from: i)) }
                toks.append(.arabic(a.value, single: a.digits == 1 && !a.decimal, decimal: a.decimal))
                hasArabic = true
                lastChinese = false
                i = a.end
                continue
            }
            if let d = NumeralChars.digit(c) {
                if case .arabic? = toks.last { break }
                toks.append(.digit(d.value))
                if d.formal { formal += 1 } else { plain += 1 }
                lastChinese = true
                i += 1
                continue
            }
            if NumeralChars.isZero(c) {
                toks.append(.zero)
                plain += 1
                lastChinese = true
                i += 1
                continue
            }
            if c == "廿" || c == "卅" {
                toks.append(.digit(c == "廿" ? 2 : 3))
                toks.append(.small(10))
                plain += 1
                lastChinese = true
                i += 1
                continue
            }
            let unit: Double? = NumeralChars.small(c)?.value ?? NumeralChars.big(c)
            if let u = unit {
                let next = t[i + 1]
                if (c == "千" || c == "兆") && isMetricAfterThousand(next) { break }
                if next == "分" {
                    // 百分之 / 千分之 / 百分点 belong to the percentage, unless a digit leads (五百分之二).
                    if let last = toks.last, last.isDigitLike {
                        toks.append(NumeralChars.big(c) != nil ? .big(u) : .small(u))
                        i += 1
                    }
                    break
                }
                toks.append(NumeralChars.big(c) != nil ? .big(u) : .small(u))
                if NumeralChars.small(c)?.formal == true { formal += 1 } else { plain += 1 }
                lastChinese = true
                i += 1
                continue
            }
            if c == "点", !toks.isEmpty {
                if let f = readDecimals(t, at: i + 1) {
                    toks.append(.fraction(f.value))
                    i = f.end
                    continue
                }
                if lastChinese { return .reject(end: i + 1) }  // 零点: no digits after the point
                break
            }
            if c == "多" || c == "余" || c == "几", !toks.isEmpty, toks.last != .approx {
                more = true
                toks.append(.approx)
                i += 1
                let j = t.skipSpaces(i)
                if NumeralChars.big(t[j]) != nil {
                    i = j
                    continue
                }  // 十多万, 500余万
                break
            }
            if c == "个", !toks.isEmpty, t[i + 1] == "亿" || t[i + 1] == "万" {  // 两个亿
                i += 1
                continue
            }
            if c == " " || c == "\t", !toks.isEmpty {
                let j = t.skipSpaces(i)
                let n = t[j]
                let chineseNext =
                    NumeralChars.digit(n) != nil || NumeralChars.small(n) != nil
                    || NumeralChars.isZero(n) || n == "余" || n == "多" || n == "几"
                if (chineseNext && lastChinese) || NumeralChars.big(n) != nil {
                    i = j
                    continue
                }
            }
            break
        }
        guard !toks.isEmpty else { return .none }
        guard var norm = normalizeDigitRuns(toks) else { return .reject(end: i) }
        // A trailing 多/余 closes the numeral; it is kept as a flag.
        norm.removeAll { $0 == .approx }

        var n = Numeral(value: 0, range: start..<i)
        n.hasArabic = hasArabic
        n.more = more
        n.hasDigit = norm.contains { $0.isDigitLike } || norm.first == .small(10)
        if !n.hasDigit { n.bareUnits = norm.count }
        n.onlyFormal = formal > 0 && plain == 0 && !hasArabic && norm.count == 1
        n.isLoneLiang = i - first == 1 && t[first] == "两"

        if let p = norm.firstIndex(where: {
            if case .pair = $0 { return true }
            return false
        }),
            case .pair(let lo, let hi) = norm[p]
        {
            var a = norm
            var b = norm
            a[p] = .digit(lo)
            b[p] = .digit(hi)
            guard let x = evaluate(a), let y = evaluate(b) else { return .reject(end: i) }
            n.value = x.value
            n.high = y.value
            n.trailingBig = x.trailingBig
            n.usesBig = x.usesBig
        } else {
            guard let x = evaluate(norm) else { return .reject(end: i) }
            n.value = x.value
            n.trailingBig = x.trailingBig
            n.usesBig = x.usesBig
            if few {
                n.high = x.value * 10
                n.hasDigit = true
            }
        }
        if negative {
            n.value = -n.value
            n.high = n.high.map { -$0 }
        }
        return .numeral(n)
    }

    /// Adjacent Chinese digits: a pair (三五千, 十七八万), a positional string (二〇二二),
    /// or a malformed run (两两, 八五).
    private static func normalizeDigitRuns(_ toks: [Token]) -> [Token]? {
        var out: [Token] = []
        var k = 0
        while k < toks.count {
            guard toks[k].isChineseDigitOrZero else {
                out.append(toks[k])
                k += 1
                continue
            }
            var e = k
            while e < toks.count, toks[e].isChineseDigitOrZero { e += 1 }
            let run = Array(toks[k..<e])
            if run.count == 1 {
                out.append(run[0])
            } else if run.count == 2, run[0] == .zero, k > 0 {
                out.append(contentsOf: run)  // 一千零一
            } else if run.count == 2, case .digit(let a) = run[0], case .digit(let b) = run[1],
                b == a + 1 || (a == 3 && b == 5)
            {
                out.append(.pair(a, b))
            } else if k == 0, run.count >= 3 || run.contains(.zero) {
                if e < toks.count, case .small = toks[e] { return nil }
                var v = 0.0
                for tok in run { v = v * 10 + (tok.digitValue ?? 0) }
                out.append(.arabic(v, single: false, decimal: false))
            } else {
                return nil
            }
            k = e
        }
        return out
    }

    static func skipRun(_ t: FoldedText, from i: Int) -> Int {
        var j = i
        while t[j] == "." || t[j] == "," || NumeralChars.isNumeral(t[j]) || t[j] == "点" { j += 1 }
        return j
    }
}
