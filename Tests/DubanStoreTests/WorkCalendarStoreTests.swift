import DubanCore
import DubanStore
import DubanStrings
import FluentKit
import Foundation
import Testing

/// The installation's own calendar days, on every configured database: only the city
/// administrator sets them, each change is audited, and the limits counted in working days follow.
@Suite struct WorkCalendarStoreTests {
    @Test(arguments: StoreHarness.backends)
    func aLocalHolidayMovesAnUrgingsDefaultDeadline(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let task = try await world.task("(5)", ctx)
            // Thursday 1 September 2022: by the notices, Friday 2, Monday 5, Tuesday 6 → 7 September 00:00.
            let sent = ctx.withClock(FixedClock(PlanCalendar.date(2022, 9, 1, hour: 10)))
            let before = try await Urgings.urge(taskID: task.id!, unitID: nil, message: "请报送8月进展", replyBy: nil, actor: world.supervisor, in: sent)
            #expect(before.replyBy == PlanCalendar.date(2022, 9, 7))
            // The city gives Monday 5 September off: the third working day is now Wednesday 7.
            try await WorkCalendars.set(CalendarDay(2022, 9, 5), workday: false, note: "本市调整", actor: world.admin, in: ctx)
            let after = try await Urgings.urge(taskID: task.id!, unitID: nil, message: "请再次报送", replyBy: nil, actor: world.supervisor, in: sent)
            #expect(after.replyBy == PlanCalendar.date(2022, 9, 8))
            let entries = try await WorkCalendars.entries(year: 2022, on: ctx.db)
            #expect(entries.contains { $0.day == "2022-09-05" && !$0.workday && $0.name == "本市调整" && $0.source == "local" })
            #expect(entries.contains { $0.day == "2022-10-03" && !$0.workday && $0.name == "国庆节" && $0.source == "stateCouncil" })
            #expect(entries.contains { $0.day == "2022-10-08" && $0.workday && $0.source == "stateCouncil" })
            // Cleared, the day is as the notices say again.
            try await WorkCalendars.remove(CalendarDay(2022, 9, 5), actor: world.admin, in: ctx)
            #expect(try await WorkCalendars.load(on: ctx.db) == WorkCalendar.stateCouncil)
            let actions = try await AuditRecord.query(on: ctx.db).filter(\.$subjectType == "calendar_day").sort(\.$sequence).all().map(\.action)
            #expect(actions == ["calendar.set", "calendar.remove"])
            #expect(try await AuditTrail.verify(on: ctx.db).problems.isEmpty)
        }
    }

    @Test(arguments: StoreHarness.backends)
    func onlyTheCityAdministratorSetsDaysAndEachNeedsAReason(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let unit = try await world.liaison(of: "发改局", ctx)
            for actor in [world.supervisor, unit] {
                await #expect(throws: StoreError.self) {
                    try await WorkCalendars.set(CalendarDay(2026, 12, 31), workday: false, note: "跨年", actor: actor, in: ctx)
                }
            }
            await #expect(throws: StoreError.invalid(Strings.Store.calendarNoteRequired)) {
                try await WorkCalendars.set(CalendarDay(2026, 12, 31), workday: false, note: "  ", actor: world.admin, in: ctx)
            }
            await #expect(throws: StoreError.notFound(Strings.Store.calendarDayNotFound)) {
                try await WorkCalendars.remove(CalendarDay(2026, 12, 31), actor: world.admin, in: ctx)
            }
            // A day set twice is one row, the second reason kept.
            try await WorkCalendars.set(CalendarDay(2027, 2, 6), workday: false, note: "春节（待国务院通知）", actor: world.admin, in: ctx)
            try await WorkCalendars.set(CalendarDay(2027, 2, 6), workday: true, note: "调休上班", actor: world.admin, in: ctx)
            #expect(try await CalendarDayRecord.query(on: ctx.db).count() == 1)
            let calendar = try await WorkCalendars.load(on: ctx.db)
            #expect(calendar.isWorkday(CalendarDay(2027, 2, 6)))
            #expect(try await WorkCalendars.entries(year: 2027, on: ctx.db).map(\.name) == ["调休上班"])
        }
    }
}
