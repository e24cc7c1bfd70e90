import Foundation
import Testing
import Vapor
import VaporTesting

/// The working-day calendar through the page and the API: the city administrator adds a day
/// with a reason and clears it; everyone else reads the year; bad days get a Chinese 422.
@Suite(.serialized) struct CalendarPageTests {
    @Test func theAdministratorAddsAndClearsALocalDay() async throws {
        try await WebWorld.with { world in
            var html = try await world.page("admin", "/calendar?year=2025")
            #expect(html.contains("2025年节假日安排") && html.contains("id=\"calendar-day-form\""))
            #expect(html.contains("id=\"day-2025-01-28\"") && html.contains("春节"))
            #expect(html.contains("id=\"day-2025-02-08\""), "Saturday 8 February 2025 is worked")
            let saved = try await world.submit("admin", "/calendar/days", ["day": "2025-05-06", "workday": "false", "note": "本市调整"])
            #expect(saved.status == .seeOther || saved.status == .found)
            #expect(saved.headers.first(name: .location) == "/calendar?done=edit&year=2025")
            html = try await world.page("admin", "/calendar?year=2025")
            #expect(html.contains("id=\"day-2025-05-06\"") && html.contains("本地设置：本市调整"))
            let api = try await world.call("unit", .GET, "/api/v1/calendar?year=2025")
            let days = (world.json(api) as? [String: Any])?["days"] as? [[String: Any]] ?? []
            #expect(days.contains { $0["day"] as? String == "2025-05-06" && $0["source"] as? String == "local" && $0["workday"] as? Bool == false })
            let cleared = try await world.submit("admin", "/calendar/days/remove", ["day": "2025-05-06"])
            #expect(cleared.headers.first(name: .location) == "/calendar?done=delete&year=2025")
            html = try await world.page("admin", "/calendar?year=2025")
            #expect(!html.contains("id=\"day-2025-05-06\""))
        }
    }

    @Test func othersReadTheYearWithoutTheForm() async throws {
        try await WebWorld.with { world in
            let html = try await world.page("supervisor", "/calendar?year=2024")
            #expect(html.contains("id=\"day-2024-02-18\"") && !html.contains("calendar-day-form"))
            let empty = try await world.page("unit", "/calendar?year=2031")
            #expect(empty.contains("id=\"calendar-empty\""))
        }
    }

    @Test func anUnreadableDayIsRefusedInChinese() async throws {
        try await WebWorld.with { world in
            // Not a day at all: refused at the edge by the API's own description of the field.
            for day in ["明天", "20250208"] {
                let r = try await world.call("admin", .PUT, "/api/v1/calendar/days", json: #"{"day":"\#(day)","workday":false,"note":"调整"}"#)
                #expect(r.status == .unprocessableEntity, "\(day): \(r.status)")
                #expect(r.body.string.contains("字段 day"))
            }
            // Shaped like a day, but there is no such day.
            let r = try await world.call("admin", .PUT, "/api/v1/calendar/days", json: #"{"day":"2025-02-30","workday":false,"note":"调整"}"#)
            #expect(r.status == .notFound && r.body.string.contains("没有 2025-02-30 这一天"), "\(r.body.string)")
            // Whether it is worked, and why, are required fields of the API's description.
            let noKind = try await world.call("admin", .PUT, "/api/v1/calendar/days", json: #"{"day":"2025-02-10","note":"调整"}"#)
            #expect(noKind.status == .badRequest)
            let noReason = try await world.call("admin", .PUT, "/api/v1/calendar/days", json: #"{"day":"2025-02-10","workday":true,"note":"  "}"#)
            #expect(noReason.status == .unprocessableEntity && noReason.body.string.contains("字段 note"), "\(noReason.body.string)")
            let missing = try await world.call("admin", .DELETE, "/api/v1/calendar/days", json: #"{"day":"2025-02-10"}"#)
            #expect(missing.status == .notFound)
        }
    }
}
