import DubanStrings

/// A parent's target read from its children's figures (issue 17): counts and amounts add up over
/// territories, so the children's latest values sum toward the parent's target; rates, shares and
/// per-head figures do not, so they are shown per child, and averaged only with weights the
/// office gives. Each roll-up states the rule it used.
public struct RollUp: Sendable, Codable, Equatable {
    public enum Rule: String, Sendable, Codable { case sum, weighted, perChild }

    public struct Part: Sendable, Codable, Equatable {
        public var government: String
        /// The child's own target for the same measure, when its task states one.
        public var target: Double?
        public var value: Double?
        public var weight: Double?
    }

    public var metric: String
    public var unit: String
    public var target: Double
    public var rule: Rule
    /// The sum or weighted average; nil when per child, or when no child has reported.
    public var total: Double?
    /// The total's share of the parent's target (for a sum) or the target met (weighted), 0–100.
    public var percent: Double?
    /// For a sum, against 序时进度 as the parent's lights are: nil when there is nothing to judge.
    public var light: Light?
    public var ruleText: String
    public var parts: [Part]
}

public struct ChildFigures: Sendable {
    public var government: String
    public var indicators: [Indicator]
    /// Latest accepted values, aligned with `indicators`.
    public var values: [Double?]
    public var weight: Double?

    public init(government: String, indicators: [Indicator], values: [Double?], weight: Double? = nil) {
        self.government = government
        self.indicators = indicators
        self.values = values
        self.weight = weight
    }
}

public enum RollUps {
    /// One roll-up per measure of the parent's that some child states (the same metric, unit
    /// family and kind of change). `expected` is the parent task's 序时进度, if it follows one.
    public static func of(
        parent indicators: [Indicator], children: [ChildFigures], expected: Double?, rules: LightRules = .standard
    ) -> [RollUp] {
        indicators.compactMap { parent in
            guard let key = MetricKey(parent, scope: "") else { return nil }
            let additive = isAdditive(parent)
            let parts = children.compactMap { child -> RollUp.Part? in
                let matching = child.indicators.indices.filter { i in
                    MetricKey(child.indicators[i], scope: "").map { $0.comparable(with: key) && $0.measuresSame(as: key) } ?? false
                }
                guard let first = matching.first else { return nil }
                func value(_ i: Int) -> Double? { i < child.values.count ? child.values[i] : nil }
                guard additive else {
                    return RollUp.Part(government: child.government, target: child.indicators[first].value, value: value(first), weight: child.weight)
                }
                // Several of a child's tasks may state the measure: the same target twice is one
                // figure said twice (附件1 and 附件2); different targets are parts of the child
                // (经开区, 高新园) and add up.
                let byTarget = Dictionary(grouping: matching, by: { child.indicators[$0].value })
                let reported = byTarget.values.compactMap { group in group.compactMap(value).max() }
                return RollUp.Part(
                    government: child.government, target: byTarget.keys.reduce(0, +), value: reported.isEmpty ? nil : reported.reduce(0, +),
                    weight: child.weight)
            }
            guard !parts.isEmpty else { return nil }
            return rollUp(parent, parts: parts, expected: expected, rules: rules)
        }
    }

    /// The children's figures as the parent's own report would give them, aligned with the
    /// parent's indicators: the sum or weighted average where the roll-up has one, else nil.
    public static func totals(parent indicators: [Indicator], children: [ChildFigures]) -> [Double?] {
        indicators.map { parent in of(parent: [parent], children: children, expected: nil).first?.total }
    }

    static func rollUp(_ parent: Indicator, parts: [RollUp.Part], expected: Double?, rules: LightRules) -> RollUp {
        typealias Text = Strings.Levels.RollUp
        let reported = parts.compactMap(\.value)
        var rollUp = RollUp(
            metric: parent.metric, unit: parent.unit, target: parent.value, rule: .perChild, total: nil, percent: nil, light: nil,
            ruleText: Text.perChild, parts: parts)
        if isAdditive(parent) {
            rollUp.rule = .sum
            rollUp.ruleText = Text.sum(reported: reported.count, of: parts.count)
            guard !reported.isEmpty else { return rollUp }
            let total = reported.reduce(0, +)
            let percent = Progress.indicator(parent, reported: total).percent
            rollUp.total = total
            rollUp.percent = percent
            rollUp.light = light(percent: percent, expected: expected, rules: rules)
        } else if parts.allSatisfy({ ($0.weight ?? 0) > 0 }) {
            rollUp.rule = .weighted
            rollUp.ruleText = Text.weighted
            let weighted = parts.compactMap { part in part.value.map { ($0, part.weight ?? 0) } }
            let weight = weighted.map(\.1).reduce(0, +)
            // Every child must have reported: an average of some is not the parent's figure.
            guard weighted.count == parts.count, weight > 0 else { return rollUp }
            let total = weighted.map { $0.0 * $0.1 }.reduce(0, +) / weight
            rollUp.total = total
            rollUp.percent = Progress.indicator(parent, reported: total).percent
        }
        return rollUp
    }

    /// Counts and amounts add up over territories (企业家数, 投资亿元, 总量); rates, shares,
    /// per-head figures, densities, indices and growth rates do not.
    public static func isAdditive(_ indicator: Indicator) -> Bool {
        guard indicator.change == nil, MetricKey.isAdditive(indicator.unit), !IndicatorMeasure.levelUnits.contains(indicator.unit) else { return false }
        if IndicatorMeasure.of(indicator) == .cumulative { return true }
        let ratios = ["率", "比例", "比重", "占比", "人均", "户均", "均值", "浓度", "指数", "密度", "强度", "排名", "位次", "每"]
        return !ratios.contains(where: indicator.metric.contains)
    }

    /// A sum against 序时进度 by the lights' own gaps; without a schedule, met or not.
    public static func light(percent: Double, expected: Double?, rules: LightRules) -> Light {
        guard let expected else { return percent >= 100 ? .green : .yellow }
        let gap = expected - percent + 1e-9
        if gap >= rules.redGap { return .red }
        return gap >= rules.yellowGap ? .yellow : .green
    }
}
