/// Milestone or qualitative, for a standard without indicators (INDICATORS-NOTES.md, decision 12):
/// a milestone delivers a specific thing (建成/完成/交付/开工 …, winning a named title,
/// compiling a named plan, holding a named event); anything else is judged by reviewers.
enum TaskKindReader {
    static func kind(of t: FoldedText) -> TaskKind {
        isMilestone(t) ? .milestone : .qualitative
    }

    static func isMilestone(_ t: FoldedText) -> Bool {
        let lex = IndicatorLexicon.self
        var i = 0
        while i < t.count {
            if let (len, _) = lex.completions.match(t, at: i) {
                if !isNegated(t, at: i) { return true }
                i += len
                continue
            }
            if let (len, _) = lex.titleVerbs.match(t, at: i) {
                let from = i + len
                let end = clauseEnd(t, from)
                if end > from, lex.notTitles.match(t, at: from) == nil, lex.titleEnds.match(t, endingAt: end) != nil {
                    return true
                }
                i = from
                continue
            }
            if t[i] == "编", t[i + 1] == "制" {
                // 编制…规划 (a plan to deliver), not 规划编制 (the activity).
                var end = i + 2
                while end < t.count, !IndicatorText.isClauseEnd(t[end]) { end += 1 }
                var j = i + 2
                while j < end {
                    if lex.plans.match(t, at: j) != nil { return true }
                    j += 1
                }
            }
            i += 1
        }
        return false
    }

    /// 对外开放, 开放型: the verb names no deliverable.
    private static func isNegated(_ t: FoldedText, at i: Int) -> Bool {
        for back in 0...2 {
            if let (len, _) = IndicatorLexicon.notCompletions.match(t, at: i - back), len > back { return true }
        }
        return false
    }

    private static func clauseEnd(_ t: FoldedText, _ i: Int) -> Int {
        var j = i
        while j < t.count, !IndicatorText.isClauseEnd(t[j]), t[j] != "、" { j += 1 }
        return j
    }
}
