/// The value of a numeral's tokens: 万/亿 sections, 零 placeholders, colloquial endings
/// (一万三 = 13000), decimals after units (两千万点五).
extension NumeralReader {
    enum Token: Equatable {
        case digit(Double)
        case arabic(Double, single: Bool, decimal: Bool)
        case small(Double)
        case big(Double)
        case zero
        case fraction(Double)
        case approx
        case pair(Double, Double)
    }

    struct Evaluation {
        var value: Double
        var trailingBig: Double?
        var usesBig: Bool
    }

    /// The value of a token list, or nil when the list is not one well-formed numeral.
    static func evaluate(_ toks: [Token]) -> Evaluation? {
        var total = 0.0
        var section = 0.0
        var pending: Double?
        var pendingSingle = false
        var lastSmall = Double.infinity
        var lastUnit = 0.0
        var highestBig = 0.0
        var zero = false
        var prevBig = false
        var sectionBare = false
        var decimal = false
        var closed = false
        var trailingBig: Double?
        var usesBig = false
        for (idx, tok) in toks.enumerated() {
            if closed, case .big = tok {} else if closed { return nil }  // 10.1万零100
            switch tok {
            case .approx, .pair:
                continue
            case .digit(let d):
                if pending != nil { return nil }
                pending = d
                pendingSingle = true
                prevBig = false
                trailingBig = nil
            case .arabic(let v, let single, let dec):
                if pending != nil { return nil }
                pending = v
                pendingSingle = single
                if dec { decimal = true }
                prevBig = false
                trailingBig = nil
            case .zero:
                if pending != nil { return nil }
                zero = true
                prevBig = false
                trailingBig = nil
            case .small(let u):
                var m = 1.0
                if let p = pending {
                    m = p
                } else if u == 10 {
                    // A bare 十 starts a numeral or follows 零, a big unit, or a larger unit (一百十一).
                    let ok = idx == 0 || zero || prevBig || (lastSmall > 10 && lastSmall < .infinity && !sectionBare)
                    if !ok { return nil }
                } else if idx == 0 {
                    sectionBare = true  // 百二萬, 千一
                } else {
                    return nil
                }
                if u >= lastSmall { return nil }
                section += m * u
                pending = nil
                lastSmall = u
                lastUnit = u
                zero = false
                prevBig = false
                trailingBig = nil
            case .big(let b):
                if prevBig, pending == nil, section == 0 {  // 万亿, 万万
                    total *= b
                    highestBig *= b
                    trailingBig = (trailingBig ?? 1) * b
                    continue
                }
                var part = section
                if let p = pending {
                    part += (pendingSingle && !zero && sectionBare && lastUnit >= 100) ? p * lastUnit / 10 : p
                } else if section == 0 {
                    guard idx == 0, total == 0 else { return nil }
                    part = 1  // 萬九
                }
                if b > highestBig {
                    total = (total + part) * b
                    highestBig = b
                } else if b < highestBig {
                    total += part * b
                } else {
                    return nil
                }
                section = 0
                pending = nil
                pendingSingle = false
                lastSmall = .infinity
                lastUnit = b
                zero = false
                prevBig = true
                sectionBare = false
                usesBig = true
                trailingBig = b
                if decimal { closed = true }
            case .fraction(let f):
                if pending == nil && section == 0 && total == 0 && !zero { return nil }
                pending = section + (pending ?? 0) + f
                section = 0
                pendingSingle = false
                decimal = true
                lastUnit = 0
                prevBig = false
                trailingBig = nil
            }
        }
        var tail = section
        if let p = pending {
            // 一万三 = 13000, 两千四百五 = 2450: a last single digit counts in the next lower unit.
            tail += (pendingSingle && !zero && lastUnit >= 100) ? p * lastUnit / 10 : p
        }
        return Evaluation(value: total + tail, trailingBig: trailingBig, usesBig: usesBig)
    }
}

extension NumeralReader.Token {
    var isDigitLike: Bool {
        switch self {
        case .digit, .arabic, .zero, .fraction, .pair: return true
        default: return false
        }
    }

    var isChineseDigitOrZero: Bool {
        switch self {
        case .digit, .zero: return true
        default: return false
        }
    }

    var digitValue: Double? {
        switch self {
        case .digit(let d): return d
        case .zero: return 0
        default: return nil
        }
    }
}
