import Foundation

/// Where a task should be by the end of a month of the plan year, when the plan says so.
public struct TrajectoryPoint: Sendable, Equatable, Hashable, Codable {
    /// 1…12 = the end of that month of the plan year (13… run into the next year).
    public var month: Int
    public var percent: Double

    public init(month: Int, percent: Double) {
        self.month = month
        self.percent = percent
    }
}

/// 序时进度 (expected progress) and actual progress, both 0…100.
public enum Progress {
    /// 1 January of the plan year, when a task names no start.
    public static func defaultStart(year: Int) -> Date { PlanCalendar.date(year, 1, 1) }

    /// The end of a deadline month (exclusive): 2022-06 → 2022-07-01 00:00.
    public static func deadline(year: Int, month: Int) -> Date {
        PlanCalendar.calendar.date(byAdding: .month, value: 1, to: PlanCalendar.date(year, month, 1))!
    }

    /// A task's `YYYY-MM` deadline; the end of the plan year when it has none or it is unreadable.
    public static func deadline(_ yearMonth: String?, planYear: Int) -> Date {
        let parts = (yearMonth ?? "").split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[1]) else { return deadline(year: planYear, month: 12) }
        return deadline(year: parts[0], month: parts[1])
    }

    /// Linear in months from start to deadline (so the end of June is half of a calendar year,
    /// whatever the month lengths), or along the trajectory when one is set.
    public static func expected(at date: Date, start: Date, deadline: Date, trajectory: [TrajectoryPoint]? = nil) -> Double {
        let now = monthPosition(date)
        let from = monthPosition(start)
        let to = monthPosition(deadline)
        if let trajectory, !trajectory.isEmpty {
            let year = PlanCalendar.calendar.component(.year, from: start)
            let points =
                [(from, 0.0)]
                + trajectory.sorted { $0.month < $1.month }
                .map { (Double(year * 12 + $0.month), $0.percent) }
                .filter { $0.0 > from }
            return clamp(interpolate(points, at: now))
        }
        guard to > from else { return date >= deadline ? 100 : 0 }
        return clamp((now - from) / (to - from) * 100)
    }

    /// Months since year 0, with the fraction of the current month elapsed.
    static func monthPosition(_ date: Date) -> Double {
        let calendar = PlanCalendar.calendar
        let parts = calendar.dateComponents([.year, .month], from: date)
        let monthStart = PlanCalendar.date(parts.year!, parts.month!, 1)
        let monthEnd = calendar.date(byAdding: .month, value: 1, to: monthStart)!
        let fraction = date.timeIntervalSince(monthStart) / monthEnd.timeIntervalSince(monthStart)
        return Double(parts.year! * 12 + parts.month! - 1) + fraction
    }

    /// Piecewise linear through the points; flat after the last.
    static func interpolate(_ points: [(Double, Double)], at x: Double) -> Double {
        guard let first = points.first else { return 0 }
        if x <= first.0 { return first.1 }
        for (a, b) in zip(points, points.dropFirst()) where x <= b.0 {
            return a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0)
        }
        return points.last!.1
    }

    static func clamp(_ value: Double) -> Double { min(max(value, 0), 100) }
}
