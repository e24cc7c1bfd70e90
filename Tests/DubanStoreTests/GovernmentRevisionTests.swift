import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// Each government's cached answers hang on its own number: a write in one district raises that
/// district's, not its neighbour's; a write about no government (the calendar) raises both.
@Suite struct GovernmentRevisionTests {
    @Test(arguments: StoreHarness.backends)
    func aWriteRaisesOnlyTheGovernmentsItNames(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let neighbour = GovernmentRecord(name: "常州市天宁区人民政府")
            try await neighbour.create(on: ctx.db)
            let (here, there) = (world.governmentID, try neighbour.requireID())
            func revisions() async throws -> (Int, Int, Int) {
                (
                    try await DataRevision.government(here, on: ctx.db), try await DataRevision.government(there, on: ctx.db),
                    try await DataRevision.current(on: ctx.db)[.all] ?? -1
                )
            }
            let before = try await revisions()
            // A report in 钟楼: 钟楼's number moves, 天宁's stays; the installation's moves.
            let rows = try await TaskBoard.rows(planID: world.planID, now: ctx.now, on: ctx.db)
            let row = try #require(rows.first { $0.leadUnits.count == 1 && !$0.leadUnits[0].name.hasPrefix("各") })
            let liaison = try await world.liaison(of: row.leadUnits[0].name, ctx)
            try await Reports.submit(.init(taskID: row.id, narrative: "本月进展"), actor: liaison, in: ctx)
            let afterReport = try await revisions()
            #expect(afterReport.0 > before.0 && afterReport.1 == before.1 && afterReport.2 > before.2)
            // A setting of 天宁's: the other way round.
            try await SignOffs.setRequired(true, governmentID: there, actor: world.admin, in: ctx)
            let afterSetting = try await revisions()
            #expect(afterSetting.0 == afterReport.0 && afterSetting.1 > afterReport.1)
            // The city's calendar is everyone's: both move.
            try await WorkCalendars.set(CalendarDay(2022, 9, 30), workday: false, note: "本市调休", actor: world.admin, in: ctx)
            let afterCalendar = try await revisions()
            #expect(afterCalendar.0 > afterSetting.0 && afterCalendar.1 > afterSetting.1)
        }
    }
}
