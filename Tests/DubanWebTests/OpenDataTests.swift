import DubanCore
import DubanStore
import DubanTestSupport
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// Open data, the units' calendar feed and the city view, as an outsider and a city account see them.
@Suite struct OpenDataTests {
    @Test func aPublishedPlanIsOpenAsJSONAndCSVAndADraftIsNot() async throws {
        try await WebWorld.with { world in
            let tasks = try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.planID).count()
            var r = try await world.call(nil, .GET, "/open/plans/\(world.planID)/tasks.json")
            #expect(r.status == .ok)
            let open = world.json(r) as? [String: Any]
            let rows = open?["tasks"] as? [[String: Any]] ?? []
            #expect(rows.count == tasks)
            #expect(rows.allSatisfy { ["green", "yellow", "red", "done", "pending"].contains($0["light"] as? String ?? "") })
            #expect(rows.contains { ($0["text"] as? String)?.contains("地区生产总值增长6.5%左右") == true })

            r = try await world.call(nil, .GET, "/open/plans/\(world.planID)/tasks.csv")
            let csv = r.body.string
            #expect(csv.hasPrefix("\u{FEFF}序号,部分,工作标准"))
            #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == tasks + 1)

            #expect(try await world.call(nil, .GET, "/open/plans/\(world.draftPlanID)/tasks.json").status == .notFound)
        }
    }

    @Test func aUnitsCalendarHasEveryDueDateAndItsDeadlines() async throws {
        try await WebWorld.with { world in
            // 钟楼's plan gives no deadlines: the office sets one on the unit's task by amendment.
            let amended = try await world.call(
                "supervisor", .POST, "/api/v1/tasks/\(world.taskID)/amendments",
                json: #"{"reason":"明确完成时限","deadline":"2022-10"}"#)
            #expect(amended.status == .ok, "\(amended.body.string)")
            let unitID = world.leadUnitID
            let dated = try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.planID).filter(\.$deadline != nil).all()
            let leads = try await TaskUnitRecord.query(on: world.app.db).filter(\.$taskID ~~ Set(dated.compactMap(\.id)))
                .filter(\.$role == "lead").filter(\.$unitID == unitID).all()
            let ledWithDeadline = Set(leads.map(\.taskID)).count
            #expect(ledWithDeadline >= 1)
            let r = try await world.call(nil, .GET, "/open/units/\(unitID)/calendar.ics")
            let ics = r.body.string
            #expect(r.status == .ok && r.headers.contentType?.description.contains("text/calendar") == true)
            let bytes = Array(r.body.readableBytesView)
            #expect(bytes.starts(with: Array("BEGIN:VCALENDAR\r\n".utf8)), "CRLF line ends, as RFC 5545 asks")
            #expect(bytes.suffix(15) == Array("END:VCALENDAR\r\n".utf8)[...])
            let periods = try await PeriodRecord.query(on: world.app.db).filter(\.$planID == world.planID).count()
            #expect(ics.components(separatedBy: "SUMMARY:报送").count - 1 == periods)
            #expect(ics.components(separatedBy: "完成时限\r\n").count - 1 == ledWithDeadline, "one entry per led task with a deadline")
        }
    }

    @Test func theCityComparesDistrictsOnSharedIndicators() async throws {
        try await WebWorld.with { world in
            let admin = try await AccountRecord.query(on: world.app.db).filter(\.$username == "admin").first()!
            let samples = RepositoryRoot.url
                .appendingPathComponent("Samples/tianning-2022.txt").path
            let plan = try PlanImporter().importPlan(path: samples)
            let actor = Actor(accountID: admin.id ?? 0, role: .admin, governmentID: nil, unitID: nil, leaderID: nil)
            let draft = try await PlanDrafts.create(
                plan, source: nil, sourceName: "tianning-2022.txt", governmentID: world.otherGovernmentID,
                actor: actor, in: world.app.storeContext())
            try await Confirmations.confirm(
                planID: draft.planID, taskIDs: nil, reason: "测试：已与原件核对", actor: actor,
                in: world.app.storeContext())
            try await Publishing.publish(planID: draft.planID, actor: actor, in: world.app.storeContext())

            let r = try await world.call("admin", .GET, "/api/v1/city?year=2022")
            #expect(r.status == .ok, "\(r.body.string)")
            let metrics = (world.json(r) as? [String: Any])?["metrics"] as? [[String: Any]] ?? []
            let names = Set(metrics.compactMap { $0["metric"] as? String })
            #expect(names.isSuperset(of: ["地区生产总值增长", "一般公共预算收入增长", "社会消费品零售总额增长"]))
            let gdp = metrics.first { $0["metric"] as? String == "地区生产总值增长" }?["districts"] as? [[String: Any]] ?? []
            #expect(Set(gdp.compactMap { $0["government"] as? String }) == ["常州市钟楼区人民政府", "常州市天宁区人民政府"])
            #expect(try await world.call("supervisor", .GET, "/api/v1/city?year=2022").status == .forbidden)
            let page = try await world.call("admin", .GET, "/city?year=2022")
            #expect(page.body.string.contains("地区生产总值增长"))
        }
    }
}
