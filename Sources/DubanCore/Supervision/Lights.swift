import DubanStrings
import Foundation

/// How far behind the expected progress turns a light yellow or red, in percentage points, and
/// how far below its target a level (a rate, a share) may stand before it is red.
public struct LightRules: Sendable, Equatable, Codable {
    public var yellowGap: Double
    public var redGap: Double
    /// Percent of the target: a level this close below it is yellow, further below red.
    public var levelTolerance: Double

    public init(yellowGap: Double = 10, redGap: Double = 30, levelTolerance: Double = 10) {
        self.yellowGap = yellowGap
        self.redGap = redGap
        self.levelTolerance = levelTolerance
    }

    public static let standard = LightRules()

    // A stored setting may give only what differs from the defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = LightRules.standard
        yellowGap = try c.decodeIfPresent(Double.self, forKey: .yellowGap) ?? d.yellowGap
        redGap = try c.decodeIfPresent(Double.self, forKey: .redGap) ?? d.redGap
        levelTolerance = try c.decodeIfPresent(Double.self, forKey: .levelTolerance) ?? d.levelTolerance
    }
}

/// A period and where its report stands.
public struct PeriodTiming: Sendable, Equatable {
    public var period: Period
    public var timing: ReportTiming

    public init(period: Period, timing: ReportTiming) {
        self.period = period
        self.timing = timing
    }
}

/// Everything the light depends on, gathered by the caller; no database row in sight.
public struct LightFacts: Sendable, Equatable {
    public var kind: TaskKind
    public var start: Date
    /// The end of the deadline month (exclusive), as `Progress.deadline` gives it.
    public var deadline: Date
    public var closed: Bool
    public var trajectory: [TrajectoryPoint]?
    /// From the latest accepted report; nil when none or the task is qualitative.
    public var actualProgress: Double?
    /// An accepted report exists, even when it has no share to set against 序时 (levels, caps).
    public var hasAcceptedReport: Bool
    /// False for a task whose targets are all levels, caps or small counts: no 序时 figure.
    public var followsSchedule: Bool
    /// The board's clock: the end of the latest reporting round, where 序时进度 is read for every
    /// task alike, so one date has one expected figure. Nil = now.
    public var clock: Date?
    /// The latest accepted figures are from an earlier round than the latest one: its label (`5月`).
    public var staleSince: String?
    /// The latest round's report is in and waits for review: a stale figure is then the office's
    /// delay, so it is shown but not judged against the round's 序时.
    public var awaitingReview: Bool
    /// Levels below target, caps broken, blank required figures (`Progress.task`).
    public var progressConcerns: [ProgressConcern]
    /// Notes that explain the actual figure (an indicator not reported).
    public var progressNotes: [String]
    /// The latest period whose report is due (`Periods.latestDue`); nil when none is yet.
    public var latestDue: PeriodTiming?
    /// A returned report not refiled within its correction window.
    public var returnedNotResubmitted: Bool
    /// A returned report still inside its correction window: the last day to refile it.
    public var correctionDue: Date?
    public var openUrgings: Int
    /// Urgings whose reply deadline passed without an answer (escalated ones included).
    public var overdueUrgings: Int

    public init(
        kind: TaskKind, start: Date, deadline: Date, closed: Bool = false, trajectory: [TrajectoryPoint]? = nil,
        actualProgress: Double? = nil, hasAcceptedReport: Bool = false, followsSchedule: Bool = true, clock: Date? = nil, staleSince: String? = nil,
        awaitingReview: Bool = false,
        progressConcerns: [ProgressConcern] = [], progressNotes: [String] = [],
        latestDue: PeriodTiming? = nil, returnedNotResubmitted: Bool = false, correctionDue: Date? = nil,
        openUrgings: Int = 0, overdueUrgings: Int = 0
    ) {
        self.kind = kind
        self.start = start
        self.deadline = deadline
        self.closed = closed
        self.trajectory = trajectory
        self.actualProgress = actualProgress
        self.hasAcceptedReport = hasAcceptedReport || actualProgress != nil
        self.followsSchedule = followsSchedule
        self.clock = clock
        self.staleSince = staleSince
        self.awaitingReview = awaitingReview
        self.progressConcerns = progressConcerns
        self.progressNotes = progressNotes
        self.latestDue = latestDue
        self.returnedNotResubmitted = returnedNotResubmitted
        self.correctionDue = correctionDue
        self.openUrgings = openUrgings
        self.overdueUrgings = overdueUrgings
    }
}

public struct LightVerdict: Sendable, Equatable {
    public var light: Light
    public var expected: Double?
    public var actual: Double?
    /// Why the light is not green (red causes first), then notes on the figures.
    public var reasons: [String]
    /// The causes behind the first reasons, in the same order (notes have none).
    public var causes: [LightCause] = []
}

public enum Lights {
    public static func evaluate(_ facts: LightFacts, now: Date, rules: LightRules = .standard) -> LightVerdict {
        typealias LightsText = Strings.Supervision.Lights
        let asOf = min(facts.clock ?? now, now)
        let expected =
            facts.kind == .qualitative || !facts.followsSchedule
            ? nil : Progress.expected(at: asOf, start: facts.start, deadline: facts.deadline, trajectory: facts.trajectory)
        let actual = facts.actualProgress
        if facts.closed {
            return LightVerdict(light: .done, expected: expected, actual: actual, reasons: [LightsText.closed])
        }

        var red: [(LightCause, String)] = []
        var yellow: [(LightCause, String)] = []
        if now >= facts.deadline {
            let month = PlanCalendar.calendar.dateComponents([.year, .month], from: facts.deadline.addingTimeInterval(-1))
            red.append((.pastDeadline, LightsText.pastDeadline(year: month.year!, month: month.month!)))
        }
        if let expected, let actual, !(facts.staleSince != nil && facts.awaitingReview) {
            // A hair of tolerance: 40 behind 50 is "10 points behind" even in floating point.
            let gap = expected - actual + 1e-9
            let sentence = LightsText.behind(by: clockLabel(asOf), expected: expected, actual: actual)
            if gap >= rules.redGap {
                red.append((.behindSchedule, sentence))
            } else if gap >= rules.yellowGap {
                yellow.append((.behindSchedule, sentence))
            }
        }
        for concern in facts.progressConcerns {
            if concern.severity == .red { red.append((concern.cause, concern.text)) } else { yellow.append((concern.cause, concern.text)) }
        }
        if facts.overdueUrgings > 0 { red.append((.urgingOverdue, LightsText.urgingOverdue(facts.overdueUrgings))) }
        if let due = facts.latestDue {
            let name = due.period.shortLabel
            switch due.timing {
            case .missing(_, let pastGrace):
                red.append((.reportMissing, LightsText.reportMissing(period: name, daysPastGrace: pastGrace)))
            case .overdue(let days):
                let graceEnds = PlanCalendar.calendar.dateComponents([.month, .day], from: due.period.graceEnd)
                yellow.append(
                    (
                        .reportOverdue,
                        LightsText.reportOverdue(
                            period: name, days: days,
                            graceEnds: Strings.Supervision.monthDay(graceEnds.month!, graceEnds.day!))
                    ))
            case .late(let days):
                yellow.append((.reportLate, LightsText.reportLate(period: name, days: days)))
            case .notDue, .dueSoon, .onTime:
                break
            }
        }
        if facts.returnedNotResubmitted { yellow.append((.returnLapsed, LightsText.returnedNotResubmitted)) }
        if facts.openUrgings > 0 { yellow.append((.urgingOpen, LightsText.urgingOpen(facts.openUrgings))) }

        var notes = facts.progressNotes
        if let since = facts.staleSince { notes.insert(facts.awaitingReview ? LightsText.staleAwaitingReview(since) : LightsText.stale(since), at: 0) }
        if let correctionDue = facts.correctionDue {
            let parts = PlanCalendar.calendar.dateComponents([.month, .day], from: correctionDue)
            notes.append(LightsText.inCorrection(until: Strings.Supervision.monthDay(parts.month!, parts.day!)))
        }
        let causes = red + yellow
        let reasons = causes.map(\.1) + notes
        let light: Light
        if !red.isEmpty {
            light = .red
        } else if !yellow.isEmpty {
            light = .yellow
        } else if !facts.hasAcceptedReport, facts.latestDue?.timing.isBeforeDue ?? true {
            light = .pending
            return LightVerdict(light: light, expected: expected, actual: actual, reasons: [LightsText.nothingDue] + notes)
        } else {
            light = .green
        }
        return LightVerdict(light: light, expected: expected, actual: actual, reasons: reasons, causes: causes.map(\.0))
    }

    /// `8月底` for the first instant of September (a round's end), `9月15日` for any other moment.
    public static func clockLabel(_ date: Date) -> String {
        let calendar = PlanCalendar.calendar
        let parts = calendar.dateComponents([.month, .day, .hour, .minute, .second], from: date)
        if parts.day == 1, parts.hour == 0, parts.minute == 0, parts.second == 0 {
            let month = calendar.component(.month, from: date.addingTimeInterval(-1))
            return Strings.Supervision.Lights.endOfMonth(month)
        }
        return Strings.Supervision.monthDay(parts.month!, parts.day!)
    }
}
