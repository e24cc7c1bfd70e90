import DubanStrings

/// Sub-targets that do not add up to their stated total: `新增学位4770个，其中幼儿园450个，
/// 小学1620个，初中2700个`. Parts stated as floors (`不少于2家`) only have to fit inside the
/// total; a single `其中` part only has to be smaller (`新增6000人，其中净增4000人`).
/// Counted from the text itself, so a breakdown is seen however the extractor names its metrics.
struct SubtotalRule: LintRule {
    /// Words that open the breakdown of the number just before them.
    static let openers = ["其中", "含", "包括"]
    /// Where a breakdown ends.
    static let stops: Set<Unicode.Scalar> = ["。", "；", ";", "）", ")"]

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (index, task) in context.tasks.enumerated() {
            for (severity, problem) in problems(in: task.text) {
                findings.append(Finding(severity, .subtotalMismatch, problem, tasks: [index]))
            }
        }
        return findings
    }

    /// Each problem with its severity: parts beyond the total cannot all hold (error); parts short
    /// of it may be a breakdown that names only some parts (warning).
    func problems(in raw: String) -> [(Finding.Severity, String)] {
        let text = ScalarText(raw)
        var out: [(Finding.Severity, String)] = []
        let openers = openerPositions(text)
        guard !openers.isEmpty else { return out }
        let quantities = SubtotalQuantities.scan(text)
        for opener in openers {
            guard let total = quantities.last(where: { $0.end <= opener && !crossesStop(text, from: $0.end, to: opener) }) else { continue }
            let limit = (opener..<text.count).first { Self.stops.contains(text[$0]) && !insideBracket(text, $0, opener) } ?? text.count
            let parts = quantities.filter { $0.start > opener && $0.end <= limit && MetricKey.unitFamily($0.unit) == MetricKey.unitFamily(total.unit) }
            guard !parts.isEmpty, total.unit != "%" else { continue }
            let sum = parts.reduce(0) { $0 + $1.value }
            let anyFloor = parts.contains(where: \.isFloor)
            let tooBig = sum > total.value * (1 + 1e-9)
            let short = !anyFloor && parts.count >= 2 && !total.isFloor && sum < total.value * (1 - 1e-9)
            if tooBig || short {
                let shown = parts.map { IndicatorValueText.plain($0.value) }.joined(separator: "+")
                out.append(
                    (
                        tooBig ? .error : .warning,
                        Strings.Lint.subtotalMismatch(
                            total: IndicatorValueText.plain(total.value) + total.unit,
                            parts: shown, sum: IndicatorValueText.plain(sum) + total.unit,
                            exceeds: tooBig)
                    ))
            }
        }
        return out
    }

    static let openerWords = ScalarText.words(openers)
    static let contains: [Unicode.Scalar] = ["含"]

    private func openerPositions(_ text: ScalarText) -> [Int] {
        var out: [Int] = []
        for i in 0..<text.count {
            guard let word = text.match(Self.openerWords, at: i) else { continue }
            // `含` only counts inside brackets right after a number (`10座（含环卫驿站1座）`).
            if word == Self.contains, !(i > 0 && (text[i - 1] == "（" || text[i - 1] == "(")) { continue }
            out.append(i + word.count)
        }
        return out
    }

    private func crossesStop(_ text: ScalarText, from: Int, to: Int) -> Bool {
        (from..<to).contains { text[$0] == "。" || text[$0] == "；" || text[$0] == ";" }
    }

    /// A closing bracket ends a `（含…）` breakdown but not a `其中` one that has brackets inside.
    private func insideBracket(_ text: ScalarText, _ index: Int, _ opener: Int) -> Bool {
        guard text[index] == "）" || text[index] == ")" else { return false }
        return (opener..<index).contains { text[$0] == "（" || text[$0] == "(" }
    }
}
