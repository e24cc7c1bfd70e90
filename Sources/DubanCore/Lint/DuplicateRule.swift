import DubanStrings

/// The same task twice, or nearly: identical standards are an error, near-identical ones
/// (bigram similarity ≥ 0.85) a warning. The bar is high on purpose: `全面完成市下达的节能降耗目标任务`
/// and `…生态环保目标任务` share two thirds of their bigrams and are still two tasks.
struct DuplicateRule: LintRule {
    static let nearThreshold = 0.85
    static let minimumLength = 8

    func check(_ context: LintContext) -> [Finding] {
        let texts = context.tasks.map { TextSimilarity.letters($0.text) }
        let grams = texts.map(TextSimilarity.bigrams)
        var findings: [Finding] = []
        for i in texts.indices {
            for j in texts.indices where j > i {
                let (a, b) = (texts[i].count, texts[j].count)
                if a == b, a > 0, texts[i] == texts[j] {
                    findings.append(Finding(.error, .duplicateTask,
                                            Strings.Lint.duplicateTask(context.reference(i), context.reference(j)), tasks: [i, j]))
                    continue
                }
                // Dice cannot reach the bar when lengths differ this much: skip the merge.
                guard min(a, b) >= Self.minimumLength, Double(2 * min(a, b)) / Double(a + b) >= Self.nearThreshold else { continue }
                let similarity = TextSimilarity.dice(grams[i], grams[j])
                if similarity >= Self.nearThreshold {
                    findings.append(Finding(.warning, .nearDuplicateTask,
                                            Strings.Lint.nearDuplicateTask(context.reference(i), context.reference(j),
                                                                           percent: Int((similarity * 100).rounded())),
                                            tasks: [i, j]))
                }
            }
        }
        return findings
    }
}
