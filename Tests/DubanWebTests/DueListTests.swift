import DubanCore
import DubanStore
import Foundation
import Testing
import Vapor

/// The unit's "due this period" list is chosen by the light's causes, not by searching its
/// Chinese reason for 逾期: a report that came late (补报（逾期5天）) is in, not due.
@Suite struct DueListTests {
    @Test func aLateReportAlreadyInIsNotDue() async throws {
        try await WebWorld.with { world in
            func dueSection() async throws -> String {
                let home = try await world.page("unit", "/")
                let start = try #require(home.range(of: "id=\"due\""))
                let end = home.range(of: "id=\"led\"", range: start.upperBound..<home.endIndex)?.lowerBound ?? home.endIndex
                return String(home[start.lowerBound..<end])
            }
            // 10 August: July's report was due on the 5th and is not in.
            #expect(try await dueSection().contains("data-task=\"\(world.taskID)\""))
            let r = try await world.call(
                "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                json: #"{"period":7,"narrative":"7月进展","values":{"\#(world.indicatorID)":6.6}}"#)
            #expect(r.status == .created)
            let row = try #require(try await TaskBoard.rows(taskIDs: [world.taskID], now: WebWorld.clockDate, on: world.app.db).first)
            #expect(row.causes.contains(.reportLate) && row.reasons.contains { $0.contains("逾期") })
            #expect(try await !dueSection().contains("data-task=\"\(world.taskID)\""), "a report already in is listed as due")
        }
    }
}
