import DubanStrings
import Foundation

/// One task's facts at year end, as the store supplies them.
public struct YearEndTask: Sendable, Equatable, Codable {
    /// The plan's 序号 as printed: `1`, `（3）`.
    public var label: String
    /// The 目标名称 or group heading the task sits under, if any.
    public var section: String?
    /// The target as stated (工作标准).
    public var text: String
    public var kind: TaskKind
    public var indicators: [Indicator]
    /// Year-end values from the latest accepted lead report, aligned with `indicators`, in the
    /// indicator's own terms (`Progress.indicator`).
    public var reported: [Double?]
    public var percentComplete: Double?
    /// The office's 评定等次 of a qualitative or milestone task, and its share of full marks.
    public var ratingGrade: String?
    public var ratingValue: Double?
    /// The office closed (办结) the task.
    public var closed: Bool
    public var leadUnits: [String]
    /// The latest accepted report's progress text.
    public var narrative: String?

    public init(
        label: String, section: String? = nil, text: String, kind: TaskKind, indicators: [Indicator] = [],
        reported: [Double?] = [], percentComplete: Double? = nil, ratingGrade: String? = nil, ratingValue: Double? = nil,
        closed: Bool = false, leadUnits: [String] = [], narrative: String? = nil
    ) {
        self.label = label
        self.section = section
        self.text = text
        self.kind = kind
        self.indicators = indicators
        self.reported = reported
        self.percentComplete = percentComplete
        self.ratingGrade = ratingGrade
        self.ratingValue = ratingValue
        self.closed = closed
        self.leadUnits = leadUnits
        self.narrative = narrative
    }
}

/// 完成 / 基本完成 / 未完成, or 待判定 when the year-end data cannot settle it and the office must.
public enum YearEndStatus: String, Sendable, Codable, CaseIterable {
    case completed, basicallyCompleted, notCompleted, notJudged

    public var label: String {
        switch self {
        case .completed: Strings.YearEnd.completed
        case .basicallyCompleted: Strings.YearEnd.basicallyCompleted
        case .notCompleted: Strings.YearEnd.notCompleted
        case .notJudged: Strings.YearEnd.notJudged
        }
    }

    /// The worst finding decides a row: a shortfall that is known outranks one that is not.
    var severity: Int {
        switch self {
        case .completed: 0
        case .basicallyCompleted: 1
        case .notJudged: 2
        case .notCompleted: 3
        }
    }
}

/// One row of the account as a reader sees it.
public struct YearEndRow: Sendable, Equatable, Codable {
    public var label: String
    public var section: String?
    public var text: String
    public var leadUnits: [String]
    /// The value or state at year end: the figures, the percent complete, the progress text.
    public var yearEndValue: String
    public var status: YearEndStatus
    /// Why the status is what it is, naming the figures or the grade.
    public var reason: String

    public init(
        label: String, section: String?, text: String, leadUnits: [String], yearEndValue: String, status: YearEndStatus,
        reason: String
    ) {
        self.label = label
        self.section = section
        self.text = text
        self.leadUnits = leadUnits
        self.yearEndValue = yearEndValue
        self.status = status
        self.reason = reason
    }
}

/// The year-end account the government sends to the People's Congress (政府工作报告目标任务完成情况
/// 对照表). Each task is judged as the lights judge it, with the year's end as the date:
/// - quantitative, per counted indicator (`Progress.countedIndicators`): a cumulative share of
///   100% is 完成, at least `basicallyAt` 基本完成, less 未完成; a level at target (or within the
///   tolerance a 左右 target allows) is 完成, within `rules.levelTolerance` below 基本完成, further
///   未完成; a cap kept is 完成, broken 未完成. The worst indicator decides; one left blank makes
///   the row 待判定 unless another is already 未完成, and none reported makes it 待判定.
/// - milestone: closed or 100% complete is 完成, at least `basicallyAt` 基本完成, less 未完成;
///   without a percent the office's rating decides, as for a qualitative task.
/// - qualitative: rated 良好 (0.85) or better is 完成, 一般 (0.7) 基本完成, lower 未完成; unrated
///   but closed is 完成.
/// Nothing is guessed: a row without year-end data is 待判定 and its reason says the office must judge it.
public enum YearEndAccount {
    /// The standard scale's 良好 and 一般 (`RatingGrade.standard`).
    public static let completedRating = 0.85
    public static let basicRating = 0.7
    /// The year-end column shows this many characters of a progress text at most.
    public static let narrativeLimit = 60

    public static func rows(_ tasks: [YearEndTask], rules: LightRules = .standard, basicallyAt: Double = 90) -> [YearEndRow] {
        tasks.map { row($0, rules: rules, basicallyAt: basicallyAt) }
    }

    public static func row(_ task: YearEndTask, rules: LightRules = .standard, basicallyAt: Double = 90) -> YearEndRow {
        let finding = judge(task, rules: rules, basicallyAt: basicallyAt)
        return YearEndRow(
            label: task.label, section: task.section, text: task.text, leadUnits: task.leadUnits,
            yearEndValue: yearEndValue(task), status: finding.status, reason: finding.reason)
    }

    /// Named by the place, as such accounts are (`常州市2022年…`): the importer reads the year and
    /// the government back from that.
    public static func title(year: Int, government: String) -> String {
        var place = government.trimmingCharacters(in: .whitespacesAndNewlines)
        let suffix = Strings.YearEnd.governmentSuffix
        if place.hasSuffix(suffix), place.count > suffix.count { place.removeLast(suffix.count) }
        return Strings.YearEnd.title(year: year, place: place)
    }

    struct Finding: Equatable {
        var status: YearEndStatus
        var reason: String

        init(_ status: YearEndStatus, _ reason: String) {
            self.status = status
            self.reason = reason
        }
    }

    static func judge(_ task: YearEndTask, rules: LightRules, basicallyAt: Double) -> Finding {
        switch task.kind {
        case .quantitative where !task.indicators.isEmpty: quantitative(task, rules: rules, basicallyAt: basicallyAt)
        // A quantitative task whose standard gave no indicator has only a percent to go by.
        case .quantitative, .milestone: milestone(task, basicallyAt: basicallyAt)
        case .qualitative: qualitative(task)
        }
    }

    static func quantitative(_ task: YearEndTask, rules: LightRules, basicallyAt: Double) -> Finding {
        var findings: [Finding] = []
        var blank: [String] = []
        for index in Progress.countedIndicators(task.indicators) {
            let indicator = task.indicators[index]
            guard index < task.reported.count, let value = task.reported[index], value.isFinite else {
                blank.append(Strings.YearEnd.metricNotReported(indicator.metric))
                continue
            }
            findings.append(judge(indicator, reported: value, rules: rules, basicallyAt: basicallyAt))
        }
        guard !findings.isEmpty else {
            return Finding(.notJudged, task.closed ? Strings.YearEnd.noFiguresClosed : Strings.YearEnd.noFigures)
        }
        var status = findings.map(\.status).max { $0.severity < $1.severity } ?? .notJudged
        if !blank.isEmpty, status.severity < YearEndStatus.notJudged.severity { status = .notJudged }
        return Finding(status, (findings.map(\.reason) + blank).joined(separator: Strings.YearEnd.separator))
    }

    /// One indicator by what it measures, with the lights' own arithmetic.
    static func judge(_ indicator: Indicator, reported value: Double, rules: LightRules, basicallyAt: Double) -> Finding {
        typealias Text = Strings.YearEnd
        let metric = indicator.metric
        let reported = Progress.figure(value, indicator)
        switch IndicatorMeasure.of(indicator) {
        case .cap:
            if Progress.indicator(indicator, reported: value).exceedsCap {
                return Finding(.notCompleted, Text.capBroken(metric: metric, reported: reported, cap: Progress.figure(indicator.value, indicator)))
            }
            return Finding(.completed, Text.capKept(metric: metric, reported: reported, cap: target(indicator)))
        case .level:
            switch Progress.level(indicator, reported: value, tolerance: rules.levelTolerance)?.severity {
            case nil: return Finding(.completed, Text.levelMet(metric: metric, reported: reported, target: target(indicator)))
            case .yellow: return Finding(.basicallyCompleted, Text.levelNear(metric: metric, reported: reported, target: target(indicator)))
            case .red: return Finding(.notCompleted, Text.levelShort(metric: metric, reported: reported, target: target(indicator)))
            }
        case .cumulative, .milestone:
            let percent = Progress.indicator(indicator, reported: value).percent
            // Shown as reached, above 100% too; cut down, not rounded, so 89.96% never reads as 90%.
            let share = indicator.value > 0 ? value / indicator.value * 100 : percent
            let shown = Strings.Supervision.percent(((share * 10) + 1e-6).rounded(.down) / 10)
            let text = Text.cumulative(metric: metric, reported: reported, target: target(indicator), share: shown)
            return Finding(grade(percent: percent, basicallyAt: basicallyAt), text)
        }
    }

    static func milestone(_ task: YearEndTask, basicallyAt: Double) -> Finding {
        if task.closed { return Finding(.completed, Strings.YearEnd.closed) }
        if let percent = task.percentComplete, percent.isFinite {
            return Finding(grade(percent: percent, basicallyAt: basicallyAt), Strings.YearEnd.percentComplete(percentText(percent)))
        }
        if let rated = rating(task) { return rated }
        return Finding(.notJudged, Strings.YearEnd.noProgress)
    }

    static func qualitative(_ task: YearEndTask) -> Finding {
        if let rated = rating(task) { return rated }
        if task.closed { return Finding(.completed, Strings.YearEnd.closed) }
        return Finding(.notJudged, Strings.YearEnd.unrated)
    }

    /// The office's grade on the standard scale; a grade named without its value is looked up there.
    static func rating(_ task: YearEndTask) -> Finding? {
        let grade = task.ratingGrade?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard
            let value = task.ratingValue ?? grade.flatMap({ name in RatingGrade.standard.first { $0.name == name }?.value }),
            value.isFinite
        else { return nil }
        let status: YearEndStatus =
            value >= completedRating - 1e-9 ? .completed : value >= basicRating - 1e-9 ? .basicallyCompleted : .notCompleted
        let name = grade.flatMap { $0.isEmpty ? nil : $0 } ?? Strings.Supervision.number(value)
        return Finding(status, Strings.YearEnd.rated(name))
    }

    static func grade(percent: Double, basicallyAt: Double) -> YearEndStatus {
        if percent >= 100 - 1e-9 { return .completed }
        return percent >= basicallyAt - 1e-9 ? .basicallyCompleted : .notCompleted
    }

    /// The target with the bound the plan states: `6.5%左右`, `10家以上`, `35微克/立方米以内`.
    static func target(_ indicator: Indicator) -> String {
        typealias Text = Strings.YearEnd
        let figure = Progress.figure(indicator.value, indicator)
        switch indicator.comparator {
        case .equal: return figure
        case .about: return Text.approximately(figure)
        case .atLeast: return Text.atLeast(figure)
        case .greater: return Text.above(figure)
        case .atMost: return Text.atMost(figure)
        case .less: return Text.below(figure)
        }
    }

    /// What a reader sees in the year-end column: the reported figures, else the percent
    /// complete, else the progress text, else the grade, else that the task was closed.
    static func yearEndValue(_ task: YearEndTask) -> String {
        typealias Text = Strings.YearEnd
        if task.kind == .quantitative {
            let figures = Progress.countedIndicators(task.indicators).compactMap { index -> String? in
                guard index < task.reported.count, let value = task.reported[index], value.isFinite else { return nil }
                let indicator = task.indicators[index]
                return Text.figure(metric: indicator.metric, value: Progress.figure(value, indicator))
            }
            if !figures.isEmpty { return figures.joined(separator: Text.separator) }
        }
        if task.kind != .qualitative, let percent = task.percentComplete, percent.isFinite {
            return Text.percentComplete(percentText(percent))
        }
        if let narrative = task.narrative.map(shortened), !narrative.isEmpty { return narrative }
        if let grade = task.ratingGrade, !grade.isEmpty { return Text.rated(grade) }
        return task.closed ? Text.closed : Text.nothingReported
    }

    /// A percent complete as reported, kept within 0…100 as the lights keep it.
    static func percentText(_ percent: Double) -> String { Strings.Supervision.percent(min(max(percent, 0), 100)) }

    /// The progress text on one line, cut at a clause end within `narrativeLimit` characters
    /// when there is one late enough, else at the limit.
    static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        guard flat.count > narrativeLimit else { return flat }
        let head = Array(flat.prefix(narrativeLimit))
        let cut = head.lastIndex { "。；，！;,".contains($0) }.flatMap { $0 >= narrativeLimit / 2 ? $0 : nil } ?? head.count
        return String(head[..<cut]) + Strings.YearEnd.ellipsis
    }
}
