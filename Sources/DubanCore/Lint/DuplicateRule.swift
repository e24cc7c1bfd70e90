import DubanStrings

/// The same task twice, or nearly: identical standards are an error, near-identical ones
/// (bigram similarity ≥ 0.85) a warning. The bar is high on purpose: `全面完成市下达的节能降耗目标任务`
/// and `…生态环保目标任务` share two thirds of their bigrams and are still two tasks.
///
/// Near-linear: identical texts are grouped by hashing (one finding per group, however large),
/// and only texts that share a rare bigram are compared (prefix filtering), so a file of
/// thousands of rows, identical or not, costs about as much as reading it.
struct DuplicateRule: LintRule {
    static let nearThreshold = 0.85
    static let minimumLength = 8
    /// References named in one finding; the rest are counted.
    static let namedInGroup = 10

    func check(_ context: LintContext) -> [Finding] {
        let texts = context.tasks.map { TextSimilarity.letters($0.text) }
        var groups: [[UInt32]: [Int]] = [:]
        var representatives: [Int] = []
        for (index, text) in texts.enumerated() where !text.isEmpty {
            if groups[text] == nil { representatives.append(index) }
            groups[text, default: []].append(index)
        }
        var findings: [Finding] = []
        for first in representatives {
            guard let members = groups[texts[first]], members.count > 1 else { continue }
            findings.append(exact(members, context))
        }
        findings += NearDuplicates(texts: texts, candidates: representatives).pairs().map { i, j, similarity in
            Finding(
                .warning, .nearDuplicateTask,
                Strings.Lint.nearDuplicateTask(context.reference(i), context.reference(j), percent: Int((similarity * 100).rounded())),
                tasks: [i, j])
        }
        return findings.sorted { $0.tasks.lexicographicallyPrecedes($1.tasks) }
    }

    private func exact(_ members: [Int], _ context: LintContext) -> Finding {
        if members.count == 2 {
            return Finding(
                .error, .duplicateTask, Strings.Lint.duplicateTask(context.reference(members[0]), context.reference(members[1])),
                tasks: members)
        }
        let named = members.prefix(Self.namedInGroup).map(context.reference)
        return Finding(.error, .duplicateTask, Strings.Lint.duplicateTasks(named, total: members.count), tasks: members)
    }
}

/// Pairs of distinct texts whose bigram Dice similarity reaches the bar. Each bigram occurrence
/// is a token (bigram, n-th time), so token sets intersect as the bigram multisets do; two texts
/// that reach Dice t share at least t·|x|/(2−t) tokens, hence one of their rarest
/// |x| − ⌈t·|x|/(2−t)⌉ + 1 tokens.
struct NearDuplicates {
    let texts: [[UInt32]]
    let candidates: [Int]

    func pairs() -> [(Int, Int, Double)] {
        let threshold = DuplicateRule.nearThreshold
        let eligible = candidates.filter { texts[$0].count >= DuplicateRule.minimumLength }
        var grams: [Int: [UInt64]] = [:]
        var tokens: [Int: [UInt64]] = [:]
        var frequency: [UInt64: Int] = [:]
        for index in eligible {
            let sorted = TextSimilarity.bigrams(texts[index])
            grams[index] = sorted
            var seen: [UInt64: UInt64] = [:]
            let tagged = sorted.map { gram -> UInt64 in
                let n = seen[gram, default: 0]
                seen[gram] = n + 1
                return gram &* 31 &+ n  // (bigram, occurrence) as one key; collisions only add candidates
            }
            tokens[index] = tagged
            for token in tagged { frequency[token, default: 0] += 1 }
        }
        var index: [UInt64: [Int]] = [:]
        var found: [(Int, Int, Double)] = []
        for x in eligible {
            guard let xGrams = grams[x], let xTokens = tokens[x], !xGrams.isEmpty else { continue }
            let ordered = xTokens.sorted { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }
            let overlap = Int((threshold * Double(ordered.count) / (2 - threshold)).rounded(.up))
            let prefix = ordered.prefix(max(1, ordered.count - overlap + 1))
            var compared = Set<Int>()
            for token in prefix {
                for y in index[token, default: []] where compared.insert(y).inserted {
                    let (a, b) = (texts[x].count, texts[y].count)
                    // Dice cannot reach the bar when lengths differ this much: skip the merge.
                    guard Double(2 * min(a, b)) / Double(a + b) >= threshold, let yGrams = grams[y] else { continue }
                    let similarity = TextSimilarity.dice(xGrams, yGrams)
                    if similarity >= threshold { found.append((min(x, y), max(x, y), similarity)) }
                }
            }
            for token in prefix { index[token, default: []].append(x) }
        }
        return found
    }
}
