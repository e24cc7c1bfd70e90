/// Reads each target of a standard into an indicator: value, unit, comparator, tier, change, metric.
struct IndicatorReader {
    typealias Comparator = Indicator.Comparator
    let s: IndicatorText

    func read() -> [Indicator] {
        let atoms = s.atoms
        guard !atoms.isEmpty else { return [] }
        let filter = IndicatorFilter(s: s)
        var targets = atoms.indices.filter { filter.isTarget($0) }
        // 3-5家: one range, two indicators (>= 3 and <= 5), read at the upper end.
        var spanAt: [Int: BoundReader.Reading] = [:]
        for span in BoundReader.spans(s.t, atoms) where span.atoms.count == 2 && targets.contains(span.atoms[1]) {
            let (lo, hi) = (span.atoms[0], span.atoms[1])
            guard atoms[lo].unit == nil || atoms[lo].unitClass == atoms[hi].unitClass else { continue }
            spanAt[hi] = span
            targets.removeAll { $0 == lo }
        }
        var metrics = MetricReader(s: s, targets: targets)
        var out: [Indicator] = []
        for k in targets {
            var x = indicator(k, metrics: &metrics, from: spanAt[k].map { atoms[$0.atoms[0]].range.lowerBound })
            // 确保增长6%，力争7%: a bare value carries the metric and change of the one before.
            if x.inherited, let prev = out.last, x.indicator.change == nil, prev.unit == x.indicator.unit {
                x.indicator.change = prev.change
            }
            let y = x.indicator
            guard let span = spanAt[k], let l = span.lower, let h = span.upper else {
                out.append(y)
                continue
            }
            var lower = y
            var upper = y
            lower.value = Rounding.clean(l.value)
            lower.comparator = .atLeast
            upper.value = Rounding.clean(h.value)
            upper.comparator = .atMost
            out += [lower, upper]
        }
        return out
    }

    /// `from` is where a range such as 3-5家 starts, left of the atom.
    private func indicator(_ k: Int, metrics: inout MetricReader, from: Int?) -> (indicator: Indicator, inherited: Bool) {
        let a = s.atoms[k]
        let t = s.t
        // Comparator words before the value (after an optional 了) and after it.
        var p = from ?? a.range.lowerBound
        var before: Comparator?
        let q = t[p - 1] == "了" ? p - 1 : p
        if let (len, c) = IndicatorLexicon.prefixComparators.match(t, endingAt: q) {
            before = c
            p = q - len
        }
        var e = BoundReader.afterAtom(t, a.range.upperBound)
        var after: Comparator?
        if let (len, c) = IndicatorLexicon.suffixComparators.match(t, at: e),
            !(t[e] == "上" && t[e + len].isIdeograph)
        {  // 上下游 is no 上下
            after = c
            e += len
        }
        let comparator: Comparator
        if a.more {
            comparator = .greater  // 1200余套, 过半
        } else if let b = before, b == .greater || b == .less {
            comparator = b
        } else {
            comparator = after ?? before ?? .equal
        }

        // 确保/力争 govern the values after them up to the end of the clause.
        let cs = s.clauseStart(before: a.range.lowerBound)
        var tier: Indicator.Tier?
        var i = cs
        while i < p {
            if let (len, w) = IndicatorLexicon.tiers.match(t, at: i) {
                tier = w
                i += len
            } else {
                i += 1
            }
        }

        // A change verb right before the value: 增长6.5%, 同比下降10%, 每月增加50元.
        // 新增/增加 before a count name new things, not a change.
        var change: Indicator.Change?
        let v = t[p - 1] == "了" ? p - 1 : p
        if let (_, c) = IndicatorLexicon.changes.match(t, endingAt: v) {
            switch a.unitClass {
            case .percent?, .points?, .money?: change = c
            default: change = c == .decrease ? c : nil
            }
        } else if before == nil, a.unitClass == .percent || a.unitClass == .points,
            !"到至为在".unicodeScalars.contains(t[v - 1])
        {
            // 降低企业用能成本10%: the verb opens the phrase, its object sits before the value.
            change = segmentVerb(before: v, clauseStart: cs)
        }

        let (metric, inherited) = metrics.metric(atom: k, valueStart: p, valueEnd: e, clauseStart: cs)
        return (
            Indicator(
                metric: metric, value: Rounding.clean(a.value), unit: unitName(a),
                comparator: comparator, tier: tier, change: change), inherited
        )
    }

    private func segmentVerb(before v: Int, clauseStart cs: Int) -> Indicator.Change? {
        let t = s.t
        var i = v
        while i > cs, t[i - 1] != "、", !t[i - 1].isASCIIDigit { i -= 1 }
        if let (len, _) = IndicatorLexicon.tiers.match(t, at: i) { i += len }
        if let (len, _) = IndicatorLexicon.timeWords.match(t, at: i) { i += len }
        return IndicatorLexicon.changes.match(t, at: i)?.payload
    }

    private func unitName(_ a: QuantityAtom) -> String {
        switch a.unitClass {
        case .percent?: return "%"
        case .points?: return "个百分点"
        default: return a.unit?.name ?? ""
        }
    }
}
