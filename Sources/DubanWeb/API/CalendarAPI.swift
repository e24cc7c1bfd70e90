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
            // Who before what: a role that may not keep the calendar is refused before its day is read.
            try req.authorize(.manageCalendar, .government(nil))
            let input = try req.decode(DayInput.self)
            guard let workday = input.workday else { throw Abort(.unprocessableEntity, reason: Strings.Web.calendarDayKindMissing) }
            try await WorkCalendars.set(
                try Self.day(input.day), workday: workday, note: input.note ?? "", actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.delete("calendar", "days") { req async throws -> OK in
            try req.authorize(.manageCalendar, .government(nil))
            let input = try req.decode(DayInput.self)
            try await WorkCalendars.remove(try Self.day(input.day), actor: try req.requireActor(), in: req.store)
            return OK()
        }
    }

    /// `2025-02-08` (1900–2199). A date written well that does not exist (30 February) is a day
    /// that is not there: 404; anything else is unreadable: 422.
    static func day(_ text: String) throws -> CalendarDay {
        let text = text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
            let year = Int(parts[0]), (1900...2199).contains(year)
        else { throw Abort(.unprocessableEntity, reason: Strings.Web.calendarDayUnreadable) }
        guard let day = CalendarDay(iso: text) else { throw Abort(.notFound, reason: Strings.Web.calendarDayMissing(text)) }
        return day
    }
}
