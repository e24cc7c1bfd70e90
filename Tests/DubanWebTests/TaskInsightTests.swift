import DubanCore
import DubanStore
import DubanTestSupport
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// What the task page adds for the reader: last year's task it continues, and for the reviewer,
/// a report whose narrative and figures disagree.
@Suite struct TaskInsightTests {
    @Test func lastYearsTaskIsFoundByItsWording() async throws {
        try await WebWorld.with { world in
            let supervisor = try await AccountRecord.query(on: world.app.db).filter(\.$username == "supervisor").first()!
            let samples = RepositoryRoot.url
                .appendingPathComponent("Samples/zhonglou-2022.txt").path
            var lastYear = try PlanImporter().importPlan(path: samples)
            lastYear.year = 2021
            // Last year's wording differed in its figure, as a real predecessor does.
            if let index = lastYear.tasks.firstIndex(where: { $0.text.contains("地区生产总值增长6.5%左右") }) {
                lastYear.tasks[index].text = lastYear.tasks[index].text.replacingOccurrences(of: "6.5%", with: "7%")
            }
            let draft = try await PlanDrafts.create(
                lastYear, source: nil, sourceName: "zhonglou-2021.txt", governmentID: world.governmentID,
                actor: supervisor.actor(), in: world.app.storeContext())
            try await Confirmations.confirm(
                planID: draft.planID, taskIDs: nil, reason: "测试：已与原件核对", actor: supervisor.actor(),
                in: world.app.storeContext())
            try await Publishing.publish(planID: draft.planID, actor: supervisor.actor(), in: world.app.storeContext())

            let detail = world.json(try await world.call("viewer", .GET, "/api/v1/tasks/\(world.taskID)")) as? [String: Any]
            let predecessor = detail?["predecessor"] as? [String: Any]
            let found = try await TaskRecord.find(predecessor?["taskID"] as? Int ?? 0, on: world.app.db)
            #expect(found?.planID == draft.planID)
            #expect(found?.text.contains("地区生产总值增长7%左右") == true)
            #expect((predecessor?["similarity"] as? Double ?? 0) > 0.8)
            let page = try await world.call("viewer", .GET, "/tasks/\(world.taskID)")
            #expect(page.body.string.contains("2021年对应任务"))
        }
    }

    @Test func theReviewerIsToldWhenTheNarrativeAndTheFiguresDisagree() async throws {
        try await WebWorld.with { world in
            let r = try await world.call(
                "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                json: #"{"period":7,"narrative":"1-7月地区生产总值增长9.5%，运行平稳。","values":{"\#(world.indicatorID)":3.1}}"#)
            #expect(r.status == .created)
            let detail = world.json(try await world.call("supervisor", .GET, "/api/v1/tasks/\(world.taskID)")) as? [String: Any]
            let report = (detail?["reports"] as? [[String: Any]])?.first
            let critique = report?["critique"] as? [String] ?? []
            #expect(critique.contains { $0.contains("9.5") && $0.contains("3.1") }, "\(critique)")
            let page = try await world.call("supervisor", .GET, "/tasks/\(world.taskID)")
            #expect(page.body.string.contains("class=\"critique\""))
            let asUnit = try await world.call("unit", .GET, "/tasks/\(world.taskID)")
            #expect(!asUnit.body.string.contains("class=\"critique\""), "the hints are for the reviewer")
        }
    }
}
