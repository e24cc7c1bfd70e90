import DubanStrings
import Foundation

/// 催办 → 督办: open until answered; past its reply deadline it is overdue, and an overdue
/// urging is escalated to a supervision notice (督办单) that the task's leaders see.
public enum UrgingState: String, Sendable, Codable, CaseIterable {
    case open, answered, overdue, escalated

    public var chineseName: String {
        switch self {
        case .open: Strings.Supervision.Urging.open
        case .answered: Strings.Supervision.Urging.answered
        case .overdue: Strings.Supervision.Urging.overdue
        case .escalated: Strings.Supervision.Urging.escalated
        }
    }

    /// Past the reply deadline with no answer (the lights' "overdue urging").
    public var isOverdue: Bool { self == .overdue || self == .escalated }
}

/// The dates of one urging, as stored.
public struct UrgingDates: Sendable, Equatable {
    public var sentAt: Date
    public var replyBy: Date
    public var answeredAt: Date?
    public var escalatedAt: Date?

    public init(sentAt: Date, replyBy: Date, answeredAt: Date? = nil, escalatedAt: Date? = nil) {
        self.sentAt = sentAt
        self.replyBy = replyBy
        self.answeredAt = answeredAt
        self.escalatedAt = escalatedAt
    }
}

public struct UrgingTally: Sendable, Equatable {
    public var open: Int
    public var overdue: Int
}

public struct UrgingRules: Sendable, Equatable, Codable {
    /// Working days a unit has to answer (`3个工作日内`), counting from the day after sending.
    public var replyDays: Int

    public init(replyDays: Int = 3) { self.replyDays = replyDays }

    public static let standard = UrgingRules()

    /// The end of the last day to answer (exclusive): sent on Thursday 3 March 2022 at any hour,
    /// 3 working days → Friday, Monday, Tuesday → 9 March 00:00. Holidays and make-up workdays
    /// (调休) come from `calendar`.
    public func replyBy(sentAt: Date, calendar: WorkCalendar = .stateCouncil) -> Date {
        calendar.deadline(workdays: replyDays, from: sentAt)
    }

    /// Events stamped after `now` have not happened yet. An answer settles the urging even after
    /// escalation; the escalation stays on record.
    public static func state(sentAt: Date, replyBy: Date, answeredAt: Date?, escalatedAt: Date?, now: Date) -> UrgingState {
        if let answeredAt, answeredAt <= now { return .answered }
        if let escalatedAt, escalatedAt <= now { return .escalated }
        return now >= replyBy ? .overdue : .open
    }

    public static func state(_ urging: UrgingDates, now: Date) -> UrgingState {
        state(
            sentAt: urging.sentAt, replyBy: urging.replyBy, answeredAt: urging.answeredAt,
            escalatedAt: urging.escalatedAt, now: now)
    }

    /// Overdue, unanswered and not yet escalated.
    public static func shouldEscalate(sentAt: Date, replyBy: Date, answeredAt: Date?, escalatedAt: Date?, now: Date) -> Bool {
        state(sentAt: sentAt, replyBy: replyBy, answeredAt: answeredAt, escalatedAt: escalatedAt, now: now) == .overdue
    }

    /// What the lights need: how many urgings await an answer, and how many of those are overdue.
    public static func tally(_ urgings: [UrgingDates], now: Date) -> UrgingTally {
        let states = urgings.map { state($0, now: now) }
        return UrgingTally(open: states.filter { $0 == .open }.count, overdue: states.filter(\.isOverdue).count)
    }
}
