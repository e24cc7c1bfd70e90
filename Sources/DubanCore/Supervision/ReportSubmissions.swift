import Foundation

/// One version of a period's report: when it came in and, if the office returned it, when.
public struct ReportSubmission: Sendable, Equatable {
    public var submittedAt: Date
    public var returnedAt: Date?

    public init(submittedAt: Date, returnedAt: Date? = nil) {
        self.submittedAt = submittedAt
        self.returnedAt = returnedAt
    }
}

/// When a period's report counts as in: the one rule the board, the bulletin, inspection and
/// assessment share. A version refiled within `PeriodRules.correctionDays` working days of its return keeps
/// the date of the version before it; one refiled later counts from its own date; a return
/// not answered by the window's end leaves the period without a report.
public struct ReportChain: Sendable, Equatable {
    /// The date the report counts as submitted; nil when nothing counts (yet).
    public var countsFrom: Date?
    /// The latest version is returned and its window still open: the last day to refile it.
    public var correctionDue: Date?
    /// The latest version is returned and its window has closed without a refile.
    public var returnLapsed: Bool

    public static func of(_ submissions: [ReportSubmission], now: Date, rules: PeriodRules = .standard) -> ReportChain {
        let versions = submissions.filter { $0.submittedAt <= now }.sorted { $0.submittedAt < $1.submittedAt }
        guard var countsFrom = versions.first?.submittedAt else { return ReportChain(countsFrom: nil, correctionDue: nil, returnLapsed: false) }
        for (earlier, later) in zip(versions, versions.dropFirst()) {
            guard let returned = earlier.returnedAt, returned <= later.submittedAt else { continue }
            if CalendarDay(later.submittedAt) > lastDayToRefile(returnedAt: returned, rules: rules) { countsFrom = later.submittedAt }
        }
        guard let last = versions.last, let returned = last.returnedAt, returned <= now else {
            return ReportChain(countsFrom: countsFrom, correctionDue: nil, returnLapsed: false)
        }
        let due = lastDayToRefile(returnedAt: returned, rules: rules).start
        if Periods.days(from: due, to: now) <= 0 { return ReportChain(countsFrom: countsFrom, correctionDue: due, returnLapsed: false) }
        return ReportChain(countsFrom: nil, correctionDue: nil, returnLapsed: true)
    }

    /// Returned on Friday 9 September 2022 with 3 working days: the Mid-Autumn holiday (10–12)
    /// does not count, so the last day is Thursday 15 September.
    static func lastDayToRefile(returnedAt: Date, rules: PeriodRules) -> CalendarDay {
        rules.workCalendar.workday(rules.correctionDays, after: CalendarDay(returnedAt))
    }
}

extension ReportTiming {
    /// The period's timing under the return rule (`ReportChain`).
    public static func of(_ period: Period, submissions: [ReportSubmission], now: Date, rules: PeriodRules = .standard) -> ReportTiming {
        of(period, submittedAt: ReportChain.of(submissions, now: now, rules: rules).countsFrom, now: now, rules: rules)
    }
}
