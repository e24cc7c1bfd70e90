import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// The office says how the plan's due day is read, and the published plan's stored periods follow,
/// as do the periods when the city's calendar changes: 钟楼 2022, due on the 5th.
@Suite struct DueCountingStoreTests {
    static func dueDays(_ world: World, _ ctx: StoreContext) async throws -> [Int: CalendarDay] {
        Dictionary(
            uniqueKeysWithValues: try await PeriodRecord.query(on: ctx.db).filter(\.$planID == world.planID).all().map {
                ($0.number, CalendarDay($0.dueAt))
            })
    }

    @Test(arguments: StoreHarness.backends)
    func thePeriodsFollowTheRuleAndTheCalendar(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            // As printed: January's report on Saturday 5 February 2022, inside the Spring Festival.
            #expect(try await Self.dueDays(world, ctx)[1] == CalendarDay(2022, 2, 5))
            // 遇节假日顺延: the first day back, Monday the 7th. September's (5 October, 国庆) moves to the 8th,
            // a make-up Saturday.
            try await PlanSettings.setSupervisionRules(planID: world.planID, SupervisionRules(dueCounting: .nextWorkday), actor: world.supervisor, in: ctx)
            var due = try await Self.dueDays(world, ctx)
            #expect(due[1] == CalendarDay(2022, 2, 7) && due[9] == CalendarDay(2022, 10, 8))
            #expect(due[5] == CalendarDay(2022, 6, 6))  // 5 June 2022 is a Sunday
            // The fifth working day: 7–11 February.
            try await PlanSettings.setSupervisionRules(planID: world.planID, SupervisionRules(dueCounting: .workdays), actor: world.supervisor, in: ctx)
            due = try await Self.dueDays(world, ctx)
            #expect(due[1] == CalendarDay(2022, 2, 11))
            // The city gives 9 February off: the fifth working day is the 14th.
            try await WorkCalendars.set(CalendarDay(2022, 2, 9), workday: false, note: "本市调休", actor: world.admin, in: ctx)
            #expect(try await Self.dueDays(world, ctx)[1] == CalendarDay(2022, 2, 14))
            try await WorkCalendars.remove(CalendarDay(2022, 2, 9), actor: world.admin, in: ctx)
            #expect(try await Self.dueDays(world, ctx)[1] == CalendarDay(2022, 2, 11))
            // The rule reads back as set, and back to the date as printed.
            #expect(try await PlanSettings.supervisionRules(planID: world.planID, on: ctx.db).dueCounting == .workdays)
            try await PlanSettings.setSupervisionRules(planID: world.planID, .standard, actor: world.supervisor, in: ctx)
            #expect(try await Self.dueDays(world, ctx)[1] == CalendarDay(2022, 2, 5))
        }
    }
}
