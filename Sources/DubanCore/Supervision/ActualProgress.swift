import DubanStrings

/// How far one reported value goes toward its indicator.
public struct IndicatorProgress: Sendable, Equatable {
    public var percent: Double
    public var exceedsCap: Bool
    /// Why the figure is what it is, when it needs saying (a cap exceeded).
    public var note: String?
}

/// A task's actual progress and what a reader should know about it.
public struct TaskProgress: Sendable, Equatable {
    /// Nil when there is no figure: a qualitative task, or nothing reported yet.
    public var percent: Double?
    public var notes: [String]
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
                metric: indicator.metric,
                reported: Strings.Supervision.number(reported) + indicator.unit,
                cap: Strings.Supervision.number(target) + indicator.unit)
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

    /// Quantitative: the mean over counted indicators that were reported (`reported` is aligned
    /// with `indicators`); milestone: the reported percent complete; qualitative: nil.
    public static func task(kind: TaskKind, indicators: [Indicator], reported: [Double?],
                            percentComplete: Double? = nil) -> TaskProgress {
        switch kind {
        case .qualitative:
            return TaskProgress(percent: nil, notes: [])
        case .milestone:
            return TaskProgress(percent: percentComplete.map(clamp), notes: [])
        case .quantitative:
            var percents: [Double] = [], notes: [String] = []
            for index in countedIndicators(indicators) {
                guard index < reported.count, let value = reported[index] else {
                    notes.append(Strings.Supervision.Progress.notReported(metric: indicators[index].metric))
                    continue
                }
                let progress = indicator(indicators[index], reported: value)
                percents.append(progress.percent)
                if let note = progress.note { notes.append(note) }
            }
            // A quantitative task without readable figures still has the unit's own estimate.
            guard !percents.isEmpty else { return TaskProgress(percent: percentComplete.map(clamp), notes: notes) }
            return TaskProgress(percent: percents.reduce(0, +) / Double(percents.count), notes: notes)
        }
    }
}
