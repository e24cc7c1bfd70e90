/// A work standard prepared for reading indicators: folded text, atoms, quoted stretches and
/// clause boundaries.
struct IndicatorText {
    let t: FoldedText
    /// The scalars as written, for metrics that keep the text's own punctuation.
    let original: [Unicode.Scalar]
    let atoms: [QuantityAtom]
    /// Stretches inside “…” 《…》 「…」: names and slogans (“333”行动, “十四五”), never targets.
    private let quoted: [Range<Int>]

    init(_ text: String) {
        t = FoldedText(text)
        original = Array(text.unicodeScalars)
        atoms = AtomScanner.atoms(in: t)
        quoted = atoms.isEmpty ? [] : Self.quotedStretches(t)
    }

    func inQuotes(_ i: Int) -> Bool {
        quoted.contains { $0.contains(i) }
    }

    /// Punctuation that ends a clause: the scope of 确保/力争 and of a metric.
    static func isClauseEnd(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ";", "。", "!", "?", "！", "？", ":", "\n", "\r": return true
        default: return false
        }
    }

    func clauseStart(before i: Int) -> Int {
        var j = i
        while j > 0, !Self.isClauseEnd(t[j - 1]) { j -= 1 }
        return j
    }

    func clauseEnd(from i: Int) -> Int {
        var j = i
        while j < t.count, !Self.isClauseEnd(t[j]) { j += 1 }
        return j
    }

    private static func quotedStretches(_ t: FoldedText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: [(Unicode.Scalar, Int)] = []
        var ascii: Int?
        for i in 0..<t.count {
            let c = t[i]
            switch c {
            case "“", "《", "「", "『", "‘":
                open.append((c, i))
            case "”", "》", "」", "』", "’":
                if let last = open.popLast() { out.append(last.1..<(i + 1)) }
            case "\"":
                if let s = ascii {
                    out.append(s..<(i + 1))
                    ascii = nil
                } else {
                    ascii = i
                }
            default:
                break
            }
        }
        // An unclosed quote reaches to the end of its clause.
        for (_, s) in open {
            var e = s + 1
            while e < t.count, !isClauseEnd(t[e]) { e += 1 }
            out.append(s..<e)
        }
        return out
    }
}
