/// Reads bounds and ranges around atoms: 大于二十, 不少于30, 10%以上, 比三十大, 3-5家,
/// 20和30之间, and a lower and an upper bound side by side (大于10小于20).
/// 以上/以下/以内 include the number and 超过/不满 exclude it, following 《民法典》第1259条.
enum BoundReader {
    enum Word: Sendable {
        case lower(inclusive: Bool)
        case upper(inclusive: Bool)
        case equal
        case about
    }

    struct Bound {
        var value: Double
        var inclusive: Bool
    }

    /// A reading over one or two atoms.
    struct Reading {
        var atoms: [Int]
        var range: Range<Int>
        var lower: Bound?
        var upper: Bound?
        var unit: UnitInfo?
        var about = false
    }

    static let prefixWords = WordTable<Word>(
        [
            "大于等于", "大于或等于", "大于或者等于", "不小于", "不少于", "不低于", "至少", "至少是", "至少有",
            "最少", "最少是", "最低", "起码", "不下于", "达到", "达", "≥", ">=",
        ].map { ($0, Word.lower(inclusive: true)) }
            + ["大于", "多于", "高于", "超过", "超过了", "超出", "超", "过", "突破", "逾", ">"]
            .map { ($0, Word.lower(inclusive: false)) }
            + [
                "小于等于", "小于或等于", "小于或者等于", "不大于", "不多于", "不超过", "不高于", "至多", "最多",
                "最多为", "最多是", "最高", "控制在", "≤", "<=",
            ].map { ($0, Word.upper(inclusive: true)) }
            + ["小于", "少于", "低于", "不到", "不足", "不满", "未满", "未达", "不及", "<"]
            .map { ($0, Word.upper(inclusive: false)) }
            + [("等于", Word.equal)]
            + ["约", "大约", "大概", "约为", "近", "将近", "接近", "大致"].map { ($0, Word.about) }
    )

    static let suffixWords = WordTable<Word>(
        ["以上", "或以上", "或者以上", "及以上", "或更多", "或者更多", "开外"].map { ($0, Word.lower(inclusive: true)) }
            + [("之上", Word.lower(inclusive: false))]
            + ["以下", "或以下", "或者以下", "及以下", "以内", "之内", "或更少", "或者更少"]
            .map { ($0, Word.upper(inclusive: true)) }
            + [("之下", Word.upper(inclusive: false))]
            + ["左右", "上下", "前后"].map { ($0, Word.about) }
    )

    /// 过 is a bound in 过20, not in 经过 / 通过 / 不过.
    private static let guoBlock = Set("经通不度越错走路跨难透闯穿胜去放超".unicodeScalars)
    private static let spanConnectors = WordTable<Bool>(["到", "至", "-", "~", "—", "——", "--", "~~", "—-"])
    private static let joiners = WordTable<Bool>(["的同时", "同时", "并且", "并", "且", "而且", "而", "但", "又"])
    private static let han = Array("(含)".unicodeScalars)
    private static let between = Array("之间".unicodeScalars)

    /// Skips `(含)` and white space after an atom.
    static func afterAtom(_ t: FoldedText, _ i: Int) -> Int {
        var j = t.skipSpaces(i)
        if t.has(han, at: j) { j = t.skipSpaces(j + han.count) }
        return j
    }

    /// Ranges written with two atoms: 3-5家, 从8500到3万港元, 20和30之间.
    static func spans(_ t: FoldedText, _ atoms: [QuantityAtom]) -> [Reading] {
        var out: [Reading] = []
        guard atoms.count >= 2 else { return out }
        for k in 0..<(atoms.count - 1) {
            let a = atoms[k]
            let b = atoms[k + 1]
            guard compatible(a, b) else { continue }
            let g = afterAtom(t, a.range.upperBound)
            var end = b.range.upperBound
            var start = a.range.lowerBound
            if let (len, _) = spanConnectors.match(t, at: g), t.skipSpaces(g + len) == b.range.lowerBound {
                if t[start - 1] == "从" { start -= 1 }
            } else if "和与到至".unicodeScalars.contains(t[g]), t.skipSpaces(g + 1) == b.range.lowerBound,
                t.has(between, at: t.skipSpaces(end))
            {
                end = t.skipSpaces(end) + between.count
                if t[start - 1] == "在" || t[start - 1] == "于" { start -= 1 }
            } else {
                continue
            }
            var lo = a.value
            if a.unit == nil, let s = b.unit?.scale { lo *= s }
            if !a.usesBig, let m = b.trailingBig, lo * m <= b.value { lo *= m }  // 2—3万, 八到九百亿
            let hi = b.high ?? b.value
            guard lo <= hi else { continue }
            out.append(
                Reading(
                    atoms: [k, k + 1], range: start..<end, lower: Bound(value: lo, inclusive: true),
                    upper: Bound(value: hi, inclusive: true), unit: b.unit ?? a.unit))
        }
        return out
    }

    private static func compatible(_ a: QuantityAtom, _ b: QuantityAtom) -> Bool {
        if (a.kind == .ordinal) != (b.kind == .ordinal) { return false }
        if a.high != nil { return false }
        if let ua = a.unit, let ub = b.unit, ua.unitClass != ub.unitClass { return false }
        return true
    }

    /// One-sided bounds of single atoms, and pairs of them side by side.
    static func bounds(_ t: FoldedText, _ atoms: [QuantityAtom]) -> [Reading] {
        var single: [Reading] = []
        for (k, a) in atoms.enumerated() {
            guard let r = bound(t, a, index: k) else { continue }
            single.append(r)
        }
        var out = single
        single.removeAll { $0.lower == nil && $0.upper == nil }
        if single.count >= 2 {
            for k in 0..<(single.count - 1) {
                let x = single[k]
                let y = single[k + 1]
                let lowerFirst = x.lower != nil && x.upper == nil && y.upper != nil && y.lower == nil
                let upperFirst = x.upper != nil && x.lower == nil && y.lower != nil && y.upper == nil
                guard lowerFirst || upperFirst, onlyJoiners(t, x.range.upperBound, y.range.lowerBound) else { continue }
                out.append(
                    Reading(
                        atoms: x.atoms + y.atoms, range: x.range.lowerBound..<y.range.upperBound,
                        lower: x.lower ?? y.lower, upper: x.upper ?? y.upper, unit: x.unit ?? y.unit))
            }
        }
        return out
    }

    private static func bound(_ t: FoldedText, _ a: QuantityAtom, index k: Int) -> Reading? {
        guard a.kind != .range else { return nil }
        var start = a.range.lowerBound
        var end = a.range.upperBound
        var lower: Bound?
        var upper: Bound?
        var about = false
        if let (s, w) = prefixWords.matchStart(t, endingAt: start),
            !(t[s] == "过" && guoBlock.contains(t[s - 1]))
        {
            apply(w, a.value, &lower, &upper, &about)
            start = s
        } else if t[t.skipSpacesBack(start) - 1] == "比" {
            let j = t.skipSpaces(end)
            switch t[j] {
            case "大", "高", "多", "长": lower = Bound(value: a.value, inclusive: false)
            case "小", "低", "少", "短": upper = Bound(value: a.value, inclusive: false)
            default: break
            }
            if lower != nil || upper != nil {
                start = t.skipSpacesBack(start) - 1
                end = j + 1
            }
        }
        let j = afterAtom(t, end)
        if let (len, w) = suffixWords.match(t, at: j) {
            // 上下游 and 前后端 are words, not "about".
            if !((t[j] == "上" || t[j] == "前") && !isWordEnd(t, j + len)) {
                apply(w, a.value, &lower, &upper, &about)
                end = j + len
            }
        }
        guard lower != nil || upper != nil || about else { return nil }
        return Reading(atoms: [k], range: start..<end, lower: lower, upper: upper, unit: a.unit, about: about)
    }

    private static func apply(_ w: Word, _ v: Double, _ lower: inout Bound?, _ upper: inout Bound?, _ about: inout Bool) {
        switch w {
        case .lower(let inc): if lower == nil { lower = Bound(value: v, inclusive: inc) }
        case .upper(let inc): if upper == nil { upper = Bound(value: v, inclusive: inc) }
        case .equal:
            lower = Bound(value: v, inclusive: true)
            upper = Bound(value: v, inclusive: true)
        case .about: about = true
        }
    }

    private static func isWordEnd(_ t: FoldedText, _ i: Int) -> Bool {
        !t[i].isIdeograph || "的，。；、".unicodeScalars.contains(t[i])
    }

    private static func onlyJoiners(_ t: FoldedText, _ from: Int, _ to: Int) -> Bool {
        guard to >= from, to - from <= 8 else { return false }
        var i = from
        while i < to {
            let c = t[i]
            if c == " " || c == "," || c == "、" || c == "\t" {
                i += 1
                continue
            }
            if let (len, _) = joiners.match(t, at: i), i + len <= to {
                i += len
                continue
            }
            return false
        }
        return true
    }
}
