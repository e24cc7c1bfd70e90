import DubanStrings

/// A report as the reviewer reads it: the narrative, last period's, and the figures entered.
public struct ReportCritiqueInput: Codable, Sendable, Equatable {
    /// 工作进展: what the unit says it did.
    public var narrative: String
    /// The previous period's narrative for the same task, when there is one.
    public var previousNarrative: String?
    public var indicators: [Indicator]
    /// The reported value of each indicator, in the same order; nil = not entered.
    public var values: [Double?]

    public init(narrative: String, previousNarrative: String? = nil, indicators: [Indicator] = [], values: [Double?] = []) {
        self.narrative = narrative
        self.previousNarrative = previousNarrative
        self.indicators = indicators
        self.values = values
    }
}

/// Points a reviewer should look at before accepting a report. Each finding is a sentence:
///
/// - the narrative states a figure for an indicator's metric (same unit, the words just before
///   the figure carrying most of the metric's bigrams) and no such figure agrees with the value
///   entered, allowing for the rounding the figure is written with (26.6亿元 agrees with
///   2,663,000,000 元); a figure stated as a target (目标, 计划, 确保, 力争 …) is not compared;
/// - the narrative is the previous period's again: bigram similarity ≥ 0.9, digits counted,
///   so updating the figures is telling something new;
/// - the task has indicators and the narrative has no number, no date and no word of something
///   done (已完成, 已开工, 正式投用 …).
public enum ReportCritique {
    static let sameBar = 0.9
    /// Share of the metric's bigrams that must precede a figure for it to be the metric's.
    static let metricBar = 0.6

    typealias CritiqueText = Strings.Products.Critique

    public static func findings(_ input: ReportCritiqueInput) -> [String] {
        var out: [String] = []
        let quantities = QuantityScanner().scan(input.narrative)
        out += mismatches(input, quantities)
        if let previous = input.previousNarrative, isSame(input.narrative, previous) {
            out.append(CritiqueText.sameAsPrevious)
        }
        if !input.indicators.isEmpty, !isMeasurable(input.narrative, quantities) {
            out.append(CritiqueText.nothingMeasurable)
        }
        // A committed and a stretch tier of one metric would say the same thing twice.
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    // MARK: Figures

    static func mismatches(_ input: ReportCritiqueInput, _ quantities: [Quantity]) -> [String] {
        let scalars = Array(input.narrative.unicodeScalars)
        let stated = quantities.filter { $0.kind != .range && $0.kind != .ordinal && $0.value != nil && $0.unit != nil }
        var out: [String] = []
        for (index, indicator) in input.indicators.enumerated() {
            guard index < input.values.count, let reported = input.values[index] else { continue }
            let metric = GramSet(indicator.metric)
            let figures = stated.enumerated().filter { k, q in
                guard q.unit == indicator.unit else { return false }
                let context = clause(before: q, in: scalars, previous: k > 0 ? stated[k - 1] : nil)
                guard !targetWords.contains(where: { context.contains($0) }) else { return false }
                return covers(GramSet(context), metric, metricText: indicator.metric, context: context)
            }.map(\.element)
            guard let first = figures.first, !figures.contains(where: { agrees($0, reported) }) else { continue }
            out.append(
                CritiqueText.mismatch(
                    metric: indicator.metric, stated: first.text,
                    reported: Strings.Products.quantity(reported, unit: indicator.unit)))
        }
        return out
    }

    /// Words before a figure that make it a target rather than a result.
    static let targetWords = ["目标", "计划", "任务数", "确保", "力争", "争取", "预计"]

    /// The text between the previous clause break (or the previous figure) and the figure.
    static func clause(before q: Quantity, in scalars: [Unicode.Scalar], previous: Quantity?) -> String {
        let end = min(q.offsets.lowerBound, scalars.count)
        var start = max(previous.map { min($0.offsets.upperBound, end) } ?? 0, 0)
        if let cut = scalars[start..<end].lastIndex(where: { breaks.contains($0) }) { start = cut + 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        return String(text)
    }

    static let breaks: Set<Unicode.Scalar> = ["，", "。", "；", "、", "：", ",", ";", ":", "！", "？", "!", "?", "\n", "\r", "（", "(", "）", ")"]

    /// Most of the metric's bigrams appear before the figure (新认定高新技术企业 carries
    /// 新增高新技术企业 well enough; 专精特新企业 does not).
    static func covers(_ context: GramSet, _ metric: GramSet, metricText: String, context text: String) -> Bool {
        guard !metric.grams.isEmpty else { return !metricText.isEmpty && text.contains(metricText) }
        let shared = Set(context.grams).intersection(metric.grams).count
        return Double(shared) / Double(metric.grams.count) >= metricBar
    }

    /// Equal within half a step of the last digit written: 62家 ±0.5, 26.6亿元 ±0.05亿, 7.1% ±0.05.
    static func agrees(_ q: Quantity, _ reported: Double) -> Bool {
        guard let value = q.value else { return false }
        return abs(value - reported) <= step(q) / 2 + 1e-9 * max(1, abs(value))
    }

    static func step(_ q: Quantity) -> Double {
        guard let value = q.value else { return 1 }
        var digits = ""
        var inRun = false
        for scalar in q.text.unicodeScalars {
            if let folded = asciiDigit(scalar) {
                digits.unicodeScalars.append(folded)
                inRun = true
            } else if inRun, scalar == "," {
                continue
            } else if inRun {
                break
            }
        }
        guard let written = Double(digits), written != 0 else {
            // Chinese numerals: steps of the multiplier they carry (三千万 → 万).
            if q.text.contains("亿") { return 1e8 }
            if q.text.contains("万") { return 1e4 }
            return 1
        }
        let decimals = digits.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        var step = 1.0
        for _ in 0..<decimals { step /= 10 }
        return step * abs(value / written)
    }

    /// ASCII or full-width digit or point, as ASCII.
    static func asciiDigit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x30...0x39, 0x2E: return s
        case 0xFF10...0xFF19: return Unicode.Scalar(s.value - 0xFF10 + 0x30)
        case 0xFF0E: return "."
        default: return nil
        }
    }

    // MARK: Same as last time

    static func isSame(_ narrative: String, _ previous: String) -> Bool {
        let a = GramSet(narrative, keepDigits: true)
        let b = GramSet(previous, keepDigits: true)
        guard !a.letters.isEmpty, !b.letters.isEmpty else { return false }
        return a.similarity(b) >= sameBar
    }

    // MARK: Something measurable

    /// Verbs of something done; concrete when 已 comes just before, 了 just after, or 正式/顺利 before.
    static let doneVerbs = [
        "完成", "建成", "开工", "竣工", "投用", "投运", "投产", "签约", "落地", "印发", "出台", "上线",
        "通过", "获批", "挂牌", "交付", "封顶", "验收", "启用", "开业", "认定", "招引", "办结", "实现",
    ]

    static func isMeasurable(_ narrative: String, _ quantities: [Quantity]) -> Bool {
        if !quantities.isEmpty { return true }
        if narrative.unicodeScalars.contains(where: { asciiDigit($0) != nil && $0 != "." && $0 != "．" }) { return true }
        let chars = Array(narrative)
        for verb in doneVerbs {
            let v = Array(verb)
            var i = 0
            while i + v.count <= chars.count {
                defer { i += 1 }
                guard Array(chars[i..<(i + v.count)]) == v else { continue }
                let before = String(chars[max(0, i - 2)..<i])
                let after = i + v.count < chars.count ? chars[i + v.count] : nil
                if before.contains("已") || before.hasSuffix("正式") || before.hasSuffix("顺利") || after == "了" { return true }
            }
        }
        return false
    }
}
