import DubanStrings
import Foundation

/// 延期申请 and 目标调整申请: a unit asks the office, before the deadline, for a later date or a
/// changed target; 退办: soon after receiving a task, it says the task is not its own. The office
/// approves (another date; for a return, the unit it reassigns to) or refuses, with a reason.
public enum ChangeRequestKind: String, Sendable, Codable, CaseIterable {
    case `extension`
    case target
    /// 退办: the office reassigns the task (改派) or keeps it with the unit, with a reply.
    case giveBack = "return"
    /// 免会签: the lead asks to submit this period without the parts still missing.
    case waiveParts = "waive"

    public var word: String {
        switch self {
        case .extension: Strings.Changes.extensionWord
        case .target: Strings.Changes.targetWord
        case .giveBack: Strings.Changes.returnWord
        case .waiveParts: Strings.Changes.waiveWord
        }
    }
}

public enum ChangeRequestStatus: String, Sendable, Codable, CaseIterable {
    case pending, approved, refused

    public var word: String {
        switch self {
        case .pending: Strings.Changes.pending
        case .approved: Strings.Changes.approved
        case .refused: Strings.Changes.refused
        }
    }
}

/// The rules an application must meet, from the plan's settings, the task's deadline and the
/// working-day calendar. Pure, so the refusals are tested day by day.
public struct ChangeRequestPolicy: Sendable, Equatable {
    public var extensionLimit: Int
    public var noticeDays: Int
    /// 退办 is possible this many working days after the task was received.
    public var returnWindowDays: Int
    public var calendar: WorkCalendar

    public init(extensionLimit: Int, noticeDays: Int, returnWindowDays: Int = 5, calendar: WorkCalendar) {
        self.extensionLimit = extensionLimit
        self.noticeDays = noticeDays
        self.returnWindowDays = returnWindowDays
        self.calendar = calendar
    }

    public init(_ rules: SupervisionRules, calendar: WorkCalendar) {
        self.init(
            extensionLimit: rules.extensionLimit, noticeDays: rules.extensionNoticeDays, returnWindowDays: rules.returnWindowDays, calendar: calendar)
    }

    /// The last day a task received on `received` may be returned.
    public func lastDayToReturn(received: CalendarDay) -> CalendarDay { calendar.workday(returnWindowDays, after: received) }

    /// The last day to apply: `noticeDays` working days before the deadline's last day.
    public func lastDayToApply(deadline: YearMonth) -> CalendarDay {
        var day = deadline.lastDay
        var counted = 0
        while counted < noticeDays {
            day = day.adding(days: -1)
            if calendar.isWorkday(day) { counted += 1 }
        }
        return day
    }

    /// Why the application cannot be made, or nil.
    public func refusal(
        _ kind: ChangeRequestKind, today: CalendarDay, deadline: YearMonth, requested: YearMonth?, granted: Int, pending: Bool,
        received: CalendarDay? = nil
    ) -> String? {
        if pending { return Strings.Changes.alreadyPending(kind.word) }
        // A waiver is for the period at hand; the deadline's notice does not apply.
        if kind == .waiveParts { return nil }
        if kind == .giveBack {
            guard let received else { return nil }
            let last = lastDayToReturn(received: received)
            return today > last ? Strings.Changes.tooLateToReturn(received: received.description, lastDay: last.description, window: returnWindowDays) : nil
        }
        let last = lastDayToApply(deadline: deadline)
        if today > last { return Strings.Changes.tooLate(deadline: deadline.description, lastDay: last.description, notice: noticeDays) }
        guard kind == .extension else { return nil }
        if granted >= extensionLimit { return Strings.Changes.limitReached(extensionLimit) }
        guard let requested else { return Strings.Changes.newDeadlineRequired }
        if requested <= deadline { return Strings.Changes.notLater(deadline.description) }
        return nil
    }
}

/// A month as deadlines are kept: `2022-09`.
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(_ year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// `2022-09` (or `2022-9`), years 2000–2100; nil for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }), let year = Int(parts[0]), let month = Int(parts[1]),
            (2000...2100).contains(year), (1...12).contains(month)
        else { return nil }
        self.init(year, month)
    }

    public var description: String { String(format: "%04d-%02d", year, month) }
    public var lastDay: CalendarDay { CalendarDay(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1).adding(days: -1) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
