import Foundation

/// Time is a dependency: deadlines and lights depend on "now", and tests pin it.
public protocol Clock: Sendable {
    func now() -> Date
}

public struct SystemClock: Clock {
    public init() {}
    public func now() -> Date { Date() }
}

public struct FixedClock: Clock {
    public var date: Date
    public init(_ date: Date) { self.date = date }
    public func now() -> Date { date }
}

/// Calendar arithmetic in China Standard Time, where every deadline of a plan lives.
public enum PlanCalendar {
    public static let timeZone = TimeZone(identifier: "Asia/Shanghai")!

    /// Made once: a board's lights ask it thousands of times, and making a Calendar is not cheap.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    public static func date(_ year: Int, _ month: Int, _ day: Int, hour: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }
}
