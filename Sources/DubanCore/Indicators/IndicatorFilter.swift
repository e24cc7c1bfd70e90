/// Which atoms state a target (INDICATORS-NOTES.md, decisions 4 and 9): not years, names,
/// slogans, list markers, ages or grades, nor a threshold that qualifies what is counted.
struct IndicatorFilter {
    let s: IndicatorText

    func isTarget(_ k: Int) -> Bool {
        let a = s.atoms[k]
        let t = s.t
        switch a.kind {
        case .number, .percentage, .currency, .dimension: break
        default: return false
        }
        // A bare number (list marker 1., 12345热线, 239省道) has no unit.
        guard let unit = a.unit, unit.unitClass != .time else { return false }
        if unit.unitClass == .descriptor, !isAgeTarget(a) { return false }
        guard a.hasArabic || a.isWord || chineseCountsAsTarget(a) else { return false }
        if s.inQuotes(a.numeral.lowerBound) { return false }
        // PM2.5, 5G, s356: part of a code.
        if t[a.range.lowerBound - 1].isASCIILetter || t[a.range.upperBound].isASCIILetter { return false }
        if t[a.range.upperBound] == "见" { return false }  // 300米见绿: a slogan
        return !isThreshold(k)
    }

    /// An age is a target when it ends the clause (人均预期寿命达到82岁), not when it qualifies
    /// people (65岁以上老年人, 0-3岁婴幼儿).
    private func isAgeTarget(_ a: QuantityAtom) -> Bool {
        guard a.unit?.name == "岁" || a.unit?.name == "周岁" else { return false }
        let t = s.t
        var j = BoundReader.afterAtom(t, a.range.upperBound)
        if let (len, _) = IndicatorLexicon.suffixComparators.match(t, at: j) { j += len }
        return j >= t.count || IndicatorText.isClauseEnd(t[j])
    }

    /// Chinese numerals mostly name categories and slogans (四条底线, 三年大灶); they state a
    /// target with a money, percent or measure unit, or as a count right after a delivery verb.
    private func chineseCountsAsTarget(_ a: QuantityAtom) -> Bool {
        guard let cls = a.unitClass else { return false }
        switch cls {
        case .money, .percent, .points, .physical, .capacity:
            return true
        case .count:
            let t = s.t
            guard a.value >= 2, t[a.numeral.lowerBound] != "一",
                IndicatorLexicon.deliveryVerbs.match(t, endingAt: a.range.lowerBound) != nil
            else { return false }
            let next = t[a.range.upperBound]
            return next != "“" && next != "《" && next != "\""
        default:
            return false
        }
    }

    /// A money or capacity figure before the noun it qualifies (超30亿元(或3亿美元)的重大产业项目1个,
    /// 力争在超50亿元项目上, 郑陆5万吨危废处置项目) is part of the metric, not a target.
    func isThreshold(_ k: Int) -> Bool {
        let a = s.atoms[k]
        let t = s.t
        // 年产30万辆…项目: a stated capacity names the plant, whatever its unit.
        let capacity = IndicatorLexicon.capacityWords.match(t, endingAt: a.range.lowerBound) != nil
        guard var cls = a.unitClass, cls != .count || capacity else { return false }
        if capacity { cls = .capacity }
        let j = skipAlternatives(from: a.range.upperBound, atom: k)
        let c = t[j]
        guard c.isIdeograph else { return false }
        if c == "的" {
            // …的重大项目3个: a count later in the clause is what the figure qualifies.
            let end = s.clauseEnd(from: j)
            for b in s.atoms[(k + 1)...] where b.range.lowerBound < end {
                if b.unitClass == .count { return !hasListBreak(t, j, b.range.lowerBound) }
            }
            guard cls == .money || cls == .capacity else { return false }
            return headFollows(j + 1)  // 总投资10亿元的重大项目
        }
        guard cls == .money || cls == .capacity, !IndicatorLexicon.notNouns.contains(c) else { return false }
        return headFollows(j)
    }

    /// A noun such as 项目 or 村 before the end of the clause or list item.
    private func headFollows(_ from: Int) -> Bool {
        let t = s.t
        var i = from
        let end = s.clauseEnd(from: from)
        while i < end, t[i] != "、" {
            if IndicatorLexicon.thresholdHeads.match(t, at: i) != nil { return true }
            i += 1
        }
        return false
    }

    /// Skips what may sit between a threshold and its noun: 以上, (含), (或3亿美元), 或1亿美元.
    private func skipAlternatives(from i: Int, atom k: Int) -> Int {
        let t = s.t
        var j = i
        var next = k + 1
        while true {
            j = BoundReader.afterAtom(t, j)
            if let (len, w) = IndicatorLexicon.suffixComparators.match(t, at: j), w != .about {
                j += len
                continue
            }
            if t[j] == ")" {
                j += 1
                continue
            }
            var alt = j
            if t[alt] == "(" { alt += 1 }
            if t[alt] == "或" {
                alt += t[alt + 1] == "者" ? 2 : 1
                if next < s.atoms.count, s.atoms[next].range.lowerBound == t.skipSpaces(alt) {
                    j = s.atoms[next].range.upperBound
                    next += 1
                    continue
                }
            }
            return j
        }
    }

    private func hasListBreak(_ t: FoldedText, _ from: Int, _ to: Int) -> Bool {
        (from..<to).contains { t[$0] == "、" }
    }
}
