import DubanStrings
import Foundation

/// How far behind the expected progress turns a light yellow or red, in percentage points.
public struct LightRules: Sendable, Equatable, Codable {
    public var yellowGap: Double
    public var redGap: Double

    public init(yellowGap: Double = 10, redGap: Double = 30) {
        self.yellowGap = yellowGap
        self.redGap = redGap
    }

    public static let standard = LightRules()
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
    /// The date the actual progress describes (end of the reported period); expected progress
    /// is taken there, so a report is not judged against days it could not cover. Nil = now.
    public var actualAsOf: Date?
    /// Notes that explain the actual figure (a cap exceeded, an indicator not reported).
    public var progressNotes: [String]
    /// The latest period whose report is due (`Periods.latestDue`); nil when none is yet.
    public var latestDue: PeriodTiming?
    public var returnedNotResubmitted: Bool
    public var openUrgings: Int
    /// Urgings whose reply deadline passed without an answer (escalated ones included).
    public var overdueUrgings: Int

    public init(kind: TaskKind, start: Date, deadline: Date, closed: Bool = false, trajectory: [TrajectoryPoint]? = nil,
                actualProgress: Double? = nil, actualAsOf: Date? = nil, progressNotes: [String] = [],
                latestDue: PeriodTiming? = nil, returnedNotResubmitted: Bool = false,
                openUrgings: Int = 0, overdueUrgings: Int = 0) {
        self.kind = kind
        self.start = start
        self.deadline = deadline
        self.closed = closed
        self.trajectory = trajectory
        self.actualProgress = actualProgress
        self.actualAsOf = actualAsOf
        self.progressNotes = progressNotes
        self.latestDue = latestDue
        self.returnedNotResubmitted = returnedNotResubmitted
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
}

public enum Lights {
    public static func evaluate(_ facts: LightFacts, now: Date, rules: LightRules = .standard) -> LightVerdict {
        typealias Say = Strings.Supervision.Lights
        let asOf = min(facts.actualAsOf ?? now, now)
        let expected = facts.kind == .qualitative
            ? nil : Progress.expected(at: asOf, start: facts.start, deadline: facts.deadline, trajectory: facts.trajectory)
        let actual = facts.actualProgress
        if facts.closed {
            return LightVerdict(light: .done, expected: expected, actual: actual, reasons: [Say.closed])
        }

        var red: [String] = [], yellow: [String] = []
        if now >= facts.deadline {
            let month = PlanCalendar.calendar.dateComponents([.year, .month], from: facts.deadline.addingTimeInterval(-1))
            red.append(Say.pastDeadline(year: month.year!, month: month.month!))
        }
        if let expected, let actual {
            // A hair of tolerance: 40 behind 50 is "10 points behind" even in floating point.
            let gap = expected - actual + 1e-9
            if gap >= rules.redGap {
                red.append(Say.behind(expected: expected, actual: actual))
            } else if gap >= rules.yellowGap {
                yellow.append(Say.behind(expected: expected, actual: actual))
            }
        }
        if facts.overdueUrgings > 0 { red.append(Say.urgingOverdue(facts.overdueUrgings)) }
        if let due = facts.latestDue {
            let name = due.period.shortLabel
            switch due.timing {
            case .missing(_, let pastGrace):
                red.append(Say.reportMissing(period: name, daysPastGrace: pastGrace))
            case .overdue(let days):
                let graceEnds = PlanCalendar.calendar.dateComponents([.month, .day], from: due.period.graceEnd)
                yellow.append(Say.reportOverdue(period: name, days: days,
                                                graceEnds: Strings.Supervision.monthDay(graceEnds.month!, graceEnds.day!)))
            case .late(let days):
                yellow.append(Say.reportLate(period: name, days: days))
            case .notDue, .dueSoon, .onTime:
                break
            }
        }
        if facts.returnedNotResubmitted { yellow.append(Say.returnedNotResubmitted) }
        if facts.openUrgings > 0 { yellow.append(Say.urgingOpen(facts.openUrgings)) }

        let reasons = red + yellow + facts.progressNotes
        let light: Light
        if !red.isEmpty {
            light = .red
        } else if !yellow.isEmpty {
            light = .yellow
        } else if actual == nil, facts.latestDue?.timing.isBeforeDue ?? true {
            light = .pending
            return LightVerdict(light: light, expected: expected, actual: actual, reasons: [Say.nothingDue] + facts.progressNotes)
        } else {
            light = .green
        }
        return LightVerdict(light: light, expected: expected, actual: actual, reasons: reasons)
    }
}
