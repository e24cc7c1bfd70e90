/// Arabic digits: thousands separators, decimals, `/` fractions, and the digits after 点.
extension NumeralReader {
    struct Arabic {
        var value: Double
        var end: Int
        var digits: Int
        var decimal: Bool
        var malformed: Bool
    }

    /// Digits with `,` thousands separators, a decimal point, or a `/` fraction (1/2).
    static func readArabic(_ t: FoldedText, at i: Int) -> Arabic {
        var j = i
        var v = 0.0
        var digits = 0
        while t[j].isASCIIDigit {
            v = v * 10 + Double(t[j].value - 0x30)
            j += 1
            digits += 1
        }
        if digits <= 3 {
            while t[j] == ",", t[j + 1].isASCIIDigit, t[j + 2].isASCIIDigit, t[j + 3].isASCIIDigit,
                !t[j + 4].isASCIIDigit
            {
                for k in 1...3 { v = v * 10 + Double(t[j + k].value - 0x30) }
                j += 4
                digits += 3
            }
        }
        var decimal = false
        if t[j] == "." {
            if t[j + 1].isASCIIDigit {
                var frac = 0.0
                var scale = 1.0
                j += 1
                while t[j].isASCIIDigit {
                    frac = frac * 10 + Double(t[j].value - 0x30)
                    scale *= 10
                    j += 1
                }
                v += frac / scale
                decimal = true
            } else if t[j + 1] == "." {
                return Arabic(value: v, end: j, digits: digits, decimal: false, malformed: true)
            }
        } else if t[j] == "/", digits <= 3, t[j + 1].isASCIIDigit, !t[i - 1].isASCIILetter {
            var k = j + 1
            var d = 0.0
            var n = 0
            while t[k].isASCIIDigit {
                d = d * 10 + Double(t[k].value - 0x30)
                k += 1
                n += 1
            }
            if n <= 3, d > 0, t[k] != "/" {
                v /= d
                j = k
                decimal = true
            }
        }
        return Arabic(value: v, end: j, digits: digits, decimal: decimal, malformed: false)
    }

    /// Digits after 点: 点五五四四 → 0.5544, 点123 → 0.123.
    static func readDecimals(_ t: FoldedText, at i: Int) -> (value: Double, end: Int)? {
        var j = i
        var frac = 0.0
        var scale = 1.0
        while let d = NumeralChars.plainDigit(t[j]), t[j] != "两" {
            frac = frac * 10 + d
            scale *= 10
            j += 1
        }
        return j > i ? (frac / scale, j) : nil
    }
}
