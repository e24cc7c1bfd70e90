import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The working-day calendar: anyone signed in reads a year's holidays and make-up workdays; the
/// city administrator sets or clears a day of the installation's own.
struct CalendarAPI {
    struct CalendarDTO: Content {
        var year: Int
        var days: [WorkCalendars.Entry]
    }

    struct DayInput: Content {
        var day: String
        var workday: Bool?
        var note: String?
    }

    func register(_ api: any RoutesBuilder) {
        api.get("calendar") { req async throws -> CalendarDTO in
            _ = try req.requireActor()
            let year = req.query[Int.self, at: "year"] ?? CalendarDay(req.now).year
            guard (2000...2100).contains(year) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
            return CalendarDTO(year: year, days: try await WorkCalendars.entries(year: year, on: req.store.db))
        }
        api.put("calendar", "days") { req async throws -> OK in
            let input = try req.decode(DayInput.self)
            guard let workday = input.workday else { throw Abort(.unprocessableEntity, reason: Strings.Web.calendarDayKindMissing) }
            try await WorkCalendars.set(
                try Self.day(input.day), workday: workday, note: input.note ?? "", actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.delete("calendar", "days") { req async throws -> OK in
            let input = try req.decode(DayInput.self)
            try await WorkCalendars.remove(try Self.day(input.day), actor: try req.requireActor(), in: req.store)
            return OK()
        }
    }

    /// `2025-02-08`, a real day of a year the calendar can hold.
    static func day(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text.trimmingCharacters(in: .whitespaces)), (2000...2100).contains(day.year) else {
            throw Abort(.unprocessableEntity, reason: Strings.Web.calendarDayUnreadable)
        }
        return day
    }
}
