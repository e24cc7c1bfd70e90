import DubanStrings

/// Deadlines outside the plan's year: the 完成时限 column, and a `2023年底前完成` in the text.
struct DeadlineRule: LintRule {
    /// `YYYY年[M月][底|末][前]` followed by a word of completion.
    static let completion = ScalarText.words(["完成", "建成", "投用", "投入使用", "交付", "竣工", "完工", "开工", "实现", "达到"])
    static let between: Set<Unicode.Scalar> = ["月", "底", "末", "前", "内"]

    func check(_ context: LintContext) -> [Finding] {
        guard let year = context.plan.year else { return [] }
        var findings: [Finding] = []
        for (index, task) in context.tasks.enumerated() {
            if let deadline = task.deadline, let stated = Int(deadline.prefix(4)), stated != year {
                findings.append(
                    Finding(
                        .warning, .deadlineOutsideYear,
                        Strings.Lint.deadlineOutsideYear(deadline, planYear: year, inText: false), tasks: [index]))
                continue
            }
            if let (phrase, stated) = textDeadline(task.text), stated != year {
                findings.append(
                    Finding(
                        .warning, .deadlineOutsideYear,
                        Strings.Lint.deadlineOutsideYear(phrase, planYear: year, inText: true), tasks: [index]))
            }
        }
        return findings
    }

    func textDeadline(_ raw: String) -> (String, Int)? {
        let text = ScalarText(raw)
        var i = 0
        while i + 5 <= text.count {
            guard text.isDigit(i), !text.isDigit(i - 1), (i..<(i + 4)).allSatisfy(text.isDigit), text[i + 4] == "年",
                let year = Int(text.string(i..<(i + 4)))
            else {
                i += 1
                continue
            }
            var j = i + 5
            while j < text.count, text.isDigit(j) || Self.between.contains(text[j]) { j += 1 }
            if let word = text.match(Self.completion, at: j) {
                return (text.string(i..<(j + word.count)), year)
            }
            i = j
        }
        return nil
    }
}
