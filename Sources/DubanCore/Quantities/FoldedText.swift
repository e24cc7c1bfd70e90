/// A text as Unicode scalars, folded one for one: full-width forms become half-width and the
/// traditional number characters (萬 億 點 個 兩 …) their simplified forms. One scalar in, one
/// out, so an offset into the fold is an offset into the original.
struct FoldedText: Sendable {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count / 2 + 8)
        for c in text.unicodeScalars { out.append(Self.fold(c)) }
        scalars = out
    }

    var count: Int { scalars.count }

    /// Out-of-range reads give NUL, so look-ahead and look-behind need no bounds checks.
    subscript(i: Int) -> Unicode.Scalar {
        i >= 0 && i < scalars.count ? scalars[i] : "\0"
    }

    func string(_ r: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        let lo = Swift.max(0, r.lowerBound)
        let hi = Swift.min(count, r.upperBound)
        if lo < hi { s.append(contentsOf: scalars[lo..<hi]) }
        return String(s)
    }

    func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count where scalars[i + k] != word[k] { return false }
        return true
    }

    func hasEnding(_ word: [Unicode.Scalar], at end: Int) -> Bool {
        has(word, at: end - word.count)
    }

    func skipSpaces(_ i: Int) -> Int {
        var j = i
        while j < count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        return j
    }

    func skipSpacesBack(_ end: Int) -> Int {
        var j = end
        while j > 0, scalars[j - 1] == " " || scalars[j - 1] == "\t" { j -= 1 }
        return j
    }

    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x2000 { return c }
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0) ?? c }
        switch c {
        case "\u{3000}": return " "
        case "\u{2212}", "\u{2013}", "\u{FE63}": return "-"
        case "〜": return "~"
        case "萬": return "万"
        case "億": return "亿"
        case "點": return "点"
        case "個": return "个"
        case "兩": return "两"
        case "幾": return "几"
        case "貳": return "贰"
        case "參", "叄": return "叁"
        case "陸": return "陆"
        case "圓": return "圆"
        case "塊": return "块"
        case "錢": return "钱"
        case "幣": return "币"
        case "與": return "与"
        case "間": return "间"
        case "過": return "过"
        case "數": return "数"
        case "餘": return "余"
        case "臺": return "台"
        case "於": return "于"
        case "為": return "为"
        case "內": return "内"
        default: return c
        }
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    /// CJK unified ideographs (the common block and extension A).
    var isIdeograph: Bool { (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF) }
}

/// Words looked up by their first or last scalar; the longest match wins.
struct WordTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let word: [Unicode.Scalar]
        let payload: Payload
    }

    private let byFirst: [Unicode.Scalar: [Entry]]
    private let byLast: [Unicode.Scalar: [Entry]]

    init(_ pairs: [(String, Payload)]) {
        var first: [Unicode.Scalar: [Entry]] = [:]
        var last: [Unicode.Scalar: [Entry]] = [:]
        for (w, p) in pairs {
            let word = Array(w.unicodeScalars)
            guard let f = word.first, let l = word.last else { continue }
            first[f, default: []].append(Entry(word: word, payload: p))
            last[l, default: []].append(Entry(word: word, payload: p))
        }
        byFirst = first.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        byLast = last.mapValues { $0.sorted { $0.word.count > $1.word.count } }
    }

    init(_ words: [String]) where Payload == Bool {
        self.init(words.map { ($0, true) })
    }

    /// The longest word starting at `i`.
    func match(_ t: FoldedText, at i: Int) -> (length: Int, payload: Payload)? {
        guard let list = byFirst[t[i]] else { return nil }
        for e in list where t.has(e.word, at: i) { return (e.word.count, e.payload) }
        return nil
    }

    /// The longest word ending just before `end`.
    func match(_ t: FoldedText, endingAt end: Int) -> (length: Int, payload: Payload)? {
        guard let list = byLast[t[end - 1]] else { return nil }
        for e in list where t.hasEnding(e.word, at: end) { return (e.word.count, e.payload) }
        return nil
    }

    /// The longest word ending just before `end`, white space in the text ignored
    /// (`小于 或 等于100`). Returns where the word starts.
    func matchStart(_ t: FoldedText, endingAt end: Int) -> (start: Int, payload: Payload)? {
        let e0 = t.skipSpacesBack(end)
        guard let list = byLast[t[e0 - 1]] else { return nil }
        for e in list {
            var j = e0
            var k = e.word.count - 1
            while k >= 0 {
                j = t.skipSpacesBack(j)
                guard j > 0, t[j - 1] == e.word[k] else { break }
                j -= 1
                k -= 1
            }
            if k < 0 { return (j, e.payload) }
        }
        return nil
    }
}
