import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Vapor

/// 节假日安排: the year's days off and make-up workdays every working-day limit counts with, and
/// for the city administrator the form that adds a day of the installation's own.
enum CalendarPage {
    struct Model: Codable, Sendable {
        var year: Int
        var days: [WorkCalendars.Entry]
        var canEdit: Bool
    }

    static func register(_ app: Application) {
        app.get(SiteURL.calendar) { req async throws -> Response in
            let actor = try req.requireActor()
            let year = req.query[Int.self, at: "year"].flatMap { (2000...2100).contains($0) ? $0 : nil } ?? CalendarDay(req.now).year
            let model = Model(
                year: year, days: try await WorkCalendars.entries(year: year, on: req.store.db),
                canEdit: Permissions.decide(actor, .manageCalendar, .government(nil)).isAllowed)
            return render(model, page: req.page).response()
        }
        app.post(SiteURL.calendarDays) { req async throws -> Response in
            try req.authorize(.manageCalendar, .government(nil))
            struct Form: Content {
                var day: String
                var workday: String
                var note: String?
            }
            let form = try req.decode(Form.self)
            let day = try CalendarAPI.day(form.day)
            try await WorkCalendars.set(day, workday: form.workday == "true", note: form.note ?? "", actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.calendar.path(done: "edit") + "&year=\(day.year)")
        }
        app.post(SiteURL.calendarDayRemoval) { req async throws -> Response in
            try req.authorize(.manageCalendar, .government(nil))
            struct Form: Content { var day: String }
            let day = try CalendarAPI.day(try req.decode(Form.self).day)
            try await WorkCalendars.remove(day, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.calendar.path(done: "delete") + "&year=\(day.year)")
        }
    }

    static func render(_ model: Model, page: PageContext) -> HTML {
        typealias CalendarText = Strings.CalendarPage
        return Page.layout(CalendarText.title(model.year), page) {
            element(.h1) { CalendarText.title(model.year) }
            element(.p, ["class": "muted"]) { CalendarText.intro }
            element(.nav, ["aria-label": CalendarText.years]) {
                element(.a, ["href": SiteURL.calendar.path() + "?year=\(model.year - 1)", "id": "previous-year"]) { CalendarText.year(model.year - 1) }
                " "
                element(.a, ["href": SiteURL.calendar.path() + "?year=\(model.year + 1)", "id": "next-year"]) { CalendarText.year(model.year + 1) }
            }
            if model.days.isEmpty {
                element(.p, ["id": "calendar-empty"]) { CalendarText.noNotice(model.year) }
            } else {
                element(.table, ["id": "calendar-days"]) {
                    element(.thead) {
                        element(.tr) {
                            element(.th, ["scope": "col"]) { CalendarText.day }
                            element(.th, ["scope": "col"]) { CalendarText.kind }
                            element(.th, ["scope": "col"]) { CalendarText.reason }
                            if model.canEdit { element(.th, ["scope": "col"]) { CalendarText.actions } }
                        }
                    }
                    element(.tbody) {
                        for entry in model.days {
                            element(.tr, ["id": "day-\(entry.day)"]) {
                                element(.td) { entry.day + " " + CalendarText.weekday(CalendarDay(iso: entry.day)?.isoWeekday ?? 1) }
                                element(.td) { entry.workday ? CalendarText.workday : CalendarText.dayOff }
                                element(.td) { entry.source == "local" ? CalendarText.local(entry.name) : entry.name }
                                if model.canEdit {
                                    element(.td) {
                                        if entry.source == "local" {
                                            TaskPage.form(SiteURL.calendarDayRemoval.path(), page) {
                                                element(.input, ["type": "hidden", "name": "day", "value": entry.day])
                                                element(.button, ["type": "submit", "aria-label": CalendarText.removeLabel(entry.day)]) { CalendarText.remove }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if model.canEdit {
                element(.section, ["class": "card"]) {
                    element(.h2) { CalendarText.addTitle }
                    TaskPage.form(SiteURL.calendarDays.path(), page, id: "calendar-day-form") {
                        element(.p) {
                            element(.label, ["for": "calendar-day"]) { CalendarText.day }
                            element(.input, ["type": "date", "id": "calendar-day", "name": "day", "required": "required"])
                        }
                        element(.p) {
                            element(.label, ["for": "calendar-kind"]) { CalendarText.kind }
                            element(.select, ["id": "calendar-kind", "name": "workday"]) {
                                element(.option, ["value": "false"]) { CalendarText.dayOff }
                                element(.option, ["value": "true"]) { CalendarText.workday }
                            }
                        }
                        element(.p) {
                            element(.label, ["for": "calendar-note"]) { CalendarText.reason }
                            element(.input, ["type": "text", "id": "calendar-note", "name": "note", "maxlength": "100", "required": "required"])
                        }
                        element(.p) { element(.button, ["type": "submit", "id": "save-calendar-day"]) { CalendarText.save } }
                    }
                }
            }
        }
    }
}
