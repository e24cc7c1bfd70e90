import DubanStrings

/// How far one reported value goes toward its indicator.
public struct IndicatorProgress: Sendable, Equatable {
    public var percent: Double
    public var exceedsCap: Bool
    /// Why the figure is what it is, when it needs saying (a cap exceeded).
    public var note: String?
}

/// Something about the reported figures that colours the light on its own, whatever 序时进度 says.
public struct ProgressConcern: Sendable, Equatable {
    public enum Severity: Sendable, Equatable { case red, yellow }
    public var severity: Severity
    public var text: String
    public var cause: LightCause

    public init(_ severity: Severity, _ text: String, cause: LightCause = .belowTarget) {
        self.severity = severity
        self.text = text
        self.cause = cause
    }
}

/// A task's actual progress and what a reader should know about it.
public struct TaskProgress: Sendable, Equatable {
    /// The share of the cumulative targets reached (or a milestone's percent complete), to set
    /// against 序时进度; nil when there is none: a qualitative task, nothing reported yet, or a
    /// task whose targets are all levels, caps or small counts, which 序时 does not apply to.
    public var percent: Double?
    /// Levels below target, caps broken, required figures left blank.
    public var concerns: [ProgressConcern]
    public var notes: [String]

    public init(percent: Double?, concerns: [ProgressConcern] = [], notes: [String] = []) {
        self.percent = percent
        self.concerns = concerns
        self.notes = notes
    }
}

extension Progress {
    /// `reported` is in the indicator's own terms: a count, a level, or for a change the size of
    /// the change in its direction (下降12% is reported as 12).
    public static func indicator(_ indicator: Indicator, reported: Double) -> IndicatorProgress {
        let target = indicator.value
        switch indicator.comparator {
        case .atMost, .less:
            // A cap is kept or broken; there is no "partly within".
            let within = indicator.comparator == .atMost ? reported <= target : reported < target
            if within { return IndicatorProgress(percent: 100, exceedsCap: false, note: nil) }
            let note = Strings.Supervision.Progress.exceedsCap(
                metric: indicator.metric, reported: figure(reported, indicator), cap: figure(target, indicator))
            return IndicatorProgress(percent: 0, exceedsCap: true, note: note)
        case .equal, .atLeast, .greater, .about:
            guard target > 0 else { return IndicatorProgress(percent: reported >= target ? 100 : 0, exceedsCap: false, note: nil) }
            return IndicatorProgress(percent: clamp(reported / target * 100), exceedsCap: false, note: nil)
        }
    }

    /// Indices of the indicators that count: a stretch target (力争) is left out when the same
    /// metric has a committed or plain one, so a task is judged by what it promised for sure.
    public static func countedIndicators(_ indicators: [Indicator]) -> [Int] {
        let firm = Set(indicators.filter { $0.tier != .stretch }.map(\.metric))
        return indicators.indices.filter { indicators[$0].tier != .stretch || !firm.contains(indicators[$0].metric) }
    }

    /// Each counted indicator by what it measures (`IndicatorMeasure`): cumulative ones are
    /// averaged into the percent set against 序时进度; a level is compared with its target as it
    /// stands (within `rules.levelTolerance` of it: yellow; further: red); a broken cap is red; a
    /// small count waits for its deadline. A blank cumulative figure makes the report incomplete
    /// (yellow); a blank level or cap is only noted, since many are published quarterly.
    /// Milestone tasks use the reported percent complete; qualitative ones have no figure.
    public static func task(
        kind: TaskKind, indicators: [Indicator], reported: [Double?],
        percentComplete: Double? = nil, rules: LightRules = .standard
    ) -> TaskProgress {
        switch kind {
        case .qualitative:
            return TaskProgress(percent: nil)
        case .milestone:
            return TaskProgress(percent: percentComplete.map(clamp))
        case .quantitative:
            var percents: [Double] = []
            var concerns: [ProgressConcern] = []
            var notes: [String] = []
            var cumulativeCount = 0
            typealias ProgressText = Strings.Supervision.Progress
            for index in countedIndicators(indicators) {
                let indicator = indicators[index]
                let measure = IndicatorMeasure.of(indicator)
                if measure == .cumulative { cumulativeCount += 1 }
                guard index < reported.count, let value = reported[index] else {
                    switch measure {
                    case .cumulative:
                        concerns.append(ProgressConcern(.yellow, ProgressText.requiredBlank(metric: indicator.metric), cause: .reportIncomplete))
                    case .level, .cap: notes.append(ProgressText.notReported(metric: indicator.metric))
                    case .milestone: break
                    }
                    continue
                }
                switch measure {
                case .cumulative:
                    percents.append(self.indicator(indicator, reported: value).percent)
                case .cap:
                    if let note = self.indicator(indicator, reported: value).note { concerns.append(ProgressConcern(.red, note)) }
                case .level:
                    if let concern = level(indicator, reported: value, tolerance: rules.levelTolerance) { concerns.append(concern) }
                case .milestone:
                    if value >= indicator.value { notes.append(ProgressText.milestoneReached(metric: indicator.metric, figure: figure(value, indicator))) }
                }
            }
            // Figures the unit left blank still have its own estimate behind them; targets that
            // are all levels or caps have no share to set against 序时.
            let percent =
                percents.isEmpty
                ? (cumulativeCount > 0 ? percentComplete.map(clamp) : nil)
                : percents.reduce(0, +) / Double(percents.count)
            return TaskProgress(percent: percent, concerns: concerns, notes: notes)
        }
    }

    /// A level as it stands: at or above target is fine; within the tolerance below, yellow;
    /// further, red. A target stated as approximate (左右) is met within the tolerance and yellow
    /// within twice it. `tolerance` is in percent of the target.
    static func level(_ indicator: Indicator, reported: Double, tolerance: Double) -> ProgressConcern? {
        let target = indicator.value
        let short = target > 0 ? (target - reported) / target * 100 : (reported >= target ? 0 : Double.infinity)
        let slack = indicator.comparator == .about ? tolerance : 0
        if short <= slack + 1e-9 { return nil }
        let text = Strings.Supervision.Progress.belowTarget(
            metric: indicator.metric, reported: figure(reported, indicator), target: figure(target, indicator))
        return ProgressConcern(short <= slack + tolerance + 1e-9 ? .yellow : .red, text)
    }

    /// Whether 序时进度 applies to a task at all: not when every target it counts is a level, a
    /// cap or a small count (a growth rate is not two-thirds done in August).
    public static func followsSchedule(kind: TaskKind, indicators: [Indicator]) -> Bool {
        guard kind == .quantitative, !indicators.isEmpty else { return kind != .qualitative }
        return countedIndicators(indicators).contains { IndicatorMeasure.of(indicators[$0]) == .cumulative }
    }

    static func figure(_ value: Double, _ indicator: Indicator) -> String {
        Strings.Supervision.quantity(value, indicator.unit)
    }
}
