/// Names what an indicator counts, from the words around its value: the phrase before it in the
/// clause and the noun right after a count (`年内完成37个老旧小区改造任务` → `年内完成老旧小区改造任务`).
/// Scored leniently, so it aims at a readable name rather than an exact one.
struct MetricReader {
    let s: IndicatorText
    /// The atoms that are targets, so a later value of a list starts its metric after the earlier one.
    let targets: [Range<Int>]
    private var last: (clause: Int, metric: String, verb: String)?

    init(s: IndicatorText, targets: [Int]) {
        self.s = s
        self.targets = targets.map { s.atoms[$0].range }
    }

    /// The metric, and whether it is the previous one carried over (确保增长6%，力争7%).
    mutating func metric(atom k: Int, valueStart p: Int, valueEnd e: Int, clauseStart cs: Int) -> (String, Bool) {
        let t = s.t
        // Never past the value: in `3,321-8996%` the number 3,321 spans the comma that opens the clause.
        var from = min(skipMarker(cs), p)
        var afterList = false
        if let prev = targets.last(where: { $0.upperBound > from && $0.upperBound <= p })?.upperBound {
            // 确保2家、力争3家 / 企业2家、瞪羚企业8家: start after the list comma.
            from = prev
            if let comma = (prev..<p).last(where: { t[$0] == "、" }) { from = comma + 1 }
            afterList = true
        }
        var head = trimmedHead(from..<p)
        let tail = words(e..<tailEnd(from: e))
        let sameClause = last?.clause == cs
        if afterList, sameClause, let l = last {
            if !head.isEmpty || !tail.isEmpty, !l.verb.isEmpty, !head.hasPrefix(l.verb), verbLength(head) == 0 {
                head = l.verb + head
            }
        } else if cs > 0, IndicatorLexicon.parameterWords.match(FoldedText(head), at: 0) != nil {
            head = words(min(skipMarker(s.clauseStart(before: cs - 1)), cs - 1)..<(cs - 1)) + head  // 全长830米 → …清淤工程全长
        } else if let l = last, isParallel(head, to: l, atom: k, valueStart: p, clauseStart: cs) {
            head = l.verb + head
        }
        if head.isEmpty, tail.isEmpty, let l = last {
            last = (cs, l.metric, l.verb)
            return (l.metric, true)
        }
        let metric = head + tail
        let verbEnd = verbLength(head)
        let inherited = sameClause ? last?.verb ?? "" : ""
        let verb = verbEnd > 0 ? String(String.UnicodeScalarView(head.unicodeScalars.prefix(verbEnd))) : inherited
        last = (cs, metric, verb)
        return (metric, false)
    }

    /// A parallel item in the next clause shares the verb of the one before:
    /// 培育数字产业总部企业2家以上,行业知名企业3家以上 → 培育行业知名企业.
    private func isParallel(
        _ head: String, to l: (clause: Int, metric: String, verb: String), atom k: Int,
        valueStart p: Int, clauseStart cs: Int
    ) -> Bool {
        guard cs > 0, l.clause == s.clauseStart(before: cs - 1), !l.verb.isEmpty,
            p == s.atoms[k].range.lowerBound, s.atoms[k].unitClass == .count,
            !containsVerb(head), !head.hasPrefix("其中"), head.unicodeScalars.count >= 2
        else { return false }
        return l.metric.unicodeScalars.suffix(2).elementsEqual(head.unicodeScalars.suffix(2))
    }

    private func trimmedHead(_ r: Range<Int>) -> String {
        let t = s.t
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, "(、,含和及与或".unicodeScalars.contains(t[lo]) || t[lo] == " " { lo += 1 }
        if let (len, _) = IndicatorLexicon.tiers.match(t, at: lo) { lo += len }
        // A level verb before the value is not part of the name: 提高到97元, 调整后为400元.
        while hi > lo, let (len, _) = IndicatorLexicon.levelWords.match(t, endingAt: hi), hi - len >= lo { hi -= len }
        // 实施白云东苑等37个: drop the examples, keep the verb.
        if hi > lo, t[hi - 1] == "等" {
            let v = verbLength(t, lo, hi)
            hi = v > 0 ? lo + v : hi - 1
        }
        return words(lo..<hi)
    }

    /// The end of the noun after a count: up to the next target or the clause end.
    private func tailEnd(from e: Int) -> Int {
        let t = s.t
        guard e < t.count, !IndicatorText.isClauseEnd(t[e]), t[e] != "、", t[e] != "(" else { return e }
        let end = s.clauseEnd(from: e)
        let next = targets.first { $0.lowerBound >= e }?.lowerBound ?? end
        var j = Swift.min(end, next)
        if next < end, let comma = (e..<next).first(where: { "、和及".unicodeScalars.contains(t[$0]) }) { j = comma }
        return j - e <= 24 ? j : e
    }

    /// The text of a stretch as written, white space and tier words removed.
    private func words(_ r: Range<Int>) -> String {
        let t = s.t
        var out = String.UnicodeScalarView()
        var i = r.lowerBound
        while i < r.upperBound {
            if let (len, _) = IndicatorLexicon.tiers.match(t, at: i), i + len <= r.upperBound {
                i += len
                continue
            }
            let c = t[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                i += 1
                continue
            }
            out.append(s.original[i])
            i += 1
        }
        var text = String(out)
        while let last = text.unicodeScalars.last, "等的和及与或、(".unicodeScalars.contains(last) || last == "（" {
            text.unicodeScalars.removeLast()
        }
        return text
    }

    private func containsVerb(_ head: String) -> Bool {
        let f = FoldedText(head)
        return (0..<f.count).contains { IndicatorLexicon.metricVerbs.match(f, at: $0) != nil }
    }

    private func verbLength(_ head: String) -> Int {
        verbLength(FoldedText(head), 0, head.unicodeScalars.count)
    }

    /// Length of the verb (with a time word such as 年内 before it) that opens a head.
    private func verbLength(_ t: FoldedText, _ lo: Int, _ hi: Int) -> Int {
        var i = lo
        if let (len, _) = IndicatorLexicon.timeWords.match(t, at: i) { i += len }
        var end = i
        while end < hi, let (len, _) = IndicatorLexicon.metricVerbs.match(t, at: end) { end += len }
        return end > i ? end - lo : 0
    }

    /// Skips `(1)`, `1.`, `1、`, `①` at the start of a clause.
    private func skipMarker(_ i: Int) -> Int {
        let t = s.t
        var j = t.skipSpaces(i)
        if t[j] == "(" {
            var k = j + 1
            while t[k].isASCIIDigit || NumeralChars.digit(t[k]) != nil { k += 1 }
            if k > j + 1, t[k] == ")" { j = k + 1 }
        } else if t[j].isASCIIDigit {
            var k = j
            while t[k].isASCIIDigit { k += 1 }
            if t[k] == "." || t[k] == "、", !t[k + 1].isASCIIDigit { j = k + 1 }
        } else if (0x2460...0x2473).contains(t[j].value) {
            j += 1
        }
        return j
    }
}
