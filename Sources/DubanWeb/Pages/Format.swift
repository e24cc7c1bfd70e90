import DubanCore
import DubanStrings
import Foundation

/// Dates and numbers as people in the office write them, in Beijing time.
enum Format {
    static func date(_ date: Date?) -> String {
        guard let date else { return "" }
        let c = PlanCalendar.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    static func day(_ date: Date?) -> String { String(self.date(date).prefix(10)) }

    /// `2022-09-18` (a date input's value) → the start of that day in Beijing; nil if unreadable.
    static func parseDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        return PlanCalendar.date(parts[0], parts[1], parts[2])
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func percent(_ value: Double?) -> String { value.map { "\(Int($0.rounded()))%" } ?? "—" }

    static func deadline(_ value: String?) -> String {
        guard let value, value.count == 7 else { return Strings.Pages.yearEnd }
        return Strings.Pages.yearMonth(value.prefix(4), Int(value.suffix(2)) ?? 0)
    }
}
