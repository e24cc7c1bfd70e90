import DubanCore
import DubanStore
import DubanStrings
import Foundation
import Testing
import Vapor

/// "Since last month" reads the plan as it stood then: what was reported, reviewed, urged and
/// signed for later is left out, so the past computed today is the past as it was seen.
@Suite struct LastMonthTests {
    @Test func thePastComputedLaterIsThePastAsItWasSeen() async throws {
        try await WebWorld.with { world in
            let earlier = WebWorld.clockDate.addingTimeInterval(-3_600)
            let seenThen = try await TaskBoard.rows(planID: world.planID, now: earlier, on: world.app.db)
            #expect(try await TaskBoard.rows(planID: world.planID, asOf: earlier, on: world.app.db).map(\.light) == seenThen.map(\.light))

            // An hour later: 签收, a July report accepted, an urging on another task.
            var r = try await world.call("unit", .POST, "/api/v1/tasks/\(world.taskID)/acknowledge")
            #expect(r.status == .ok, "\(r.body.string)")
            r = try await world.call(
                "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                json: #"{"period":7,"narrative":"7月进展","values":{"\#(world.indicatorID)":6.6}}"#)
            #expect(r.status == .created, "\(r.body.string)")
            let reportID = try #require((world.json(r) as? [String: Any])?["id"] as? Int)
            r = try await world.call("supervisor", .POST, "/api/v1/reports/\(reportID)/review", json: #"{"accept":true}"#)
            #expect(r.status == .ok)
            let other = try #require(seenThen.first { $0.id != world.taskID && $0.openUrgings == 0 })
            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(other.id)/urgings", json: #"{"message":"请报送"}"#)
            #expect(r.status == .created)

            let now = try await TaskBoard.rows(planID: world.planID, now: WebWorld.clockDate, on: world.app.db)
            let task = try #require(now.first { $0.id == world.taskID })
            let before = try #require(seenThen.first { $0.id == world.taskID })
            // Today the writes count: signed for, and the July report in on the last day of grace.
            // (5) is a growth rate, so its figure is judged as it stands, not as a share of 序时.
            #expect(task.acknowledged && task.lastReportAt != nil, "today the writes count")
            #expect(task.reasons == [Strings.Supervision.Lights.reportLate(period: "7月", days: 5)], "\(task.reasons)")
            #expect(now.first { $0.id == other.id }?.openUrgings == 1)

            let history = try await TaskBoard.rows(planID: world.planID, asOf: earlier, on: world.app.db)
            for (past, seen) in zip(history, seenThen) {
                #expect(
                    past.light == seen.light && past.reasons == seen.reasons && past.openUrgings == seen.openUrgings
                        && past.acknowledged == seen.acknowledged && past.actual == seen.actual, "task \(past.label)")
            }
            #expect(history.first { $0.id == world.taskID }?.lastReportAt == before.lastReportAt)
        }
    }

    @Test func theOfficeHomeSaysHowEachCountMoved() async throws {
        try await WebWorld.with { world in
            let page = try await world.page("supervisor", "/")
            #expect(page.components(separatedBy: "class=\"delta\"").count - 1 == 5, "each of the five counts says how it moved")
            #expect(page.contains("class=\"turned-red\"") && page.contains("本月新亮红灯"))
            // A draft has no last month.
            let draftCard = page.components(separatedBy: "href=\"/plans/\(world.draftPlanID)\"")[1].components(separatedBy: "</section>")[0]
            #expect(!draftCard.contains("class=\"delta\""))
        }
    }
}
