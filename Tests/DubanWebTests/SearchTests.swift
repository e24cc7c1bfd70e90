import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// Search by any fragment of Chinese text, within what the asker may read, kept current as
/// tasks change.
@Suite struct SearchTests {
    @Test func fragmentsFindTasksUnitsAndLeaders() async throws {
        try await WebWorld.with { world in
            let expected = try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.planID).all()
                .filter { $0.text.contains("高新技术企业") }.compactMap(\.id)
            var r = try await world.call("supervisor", .GET, "/api/v1/search?q=%E9%AB%98%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BC%81%E4%B8%9A")
            let tasks = ((world.json(r) as? [String: Any])?["tasks"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            #expect(!expected.isEmpty)
            #expect(Set(expected).isSubset(of: Set(tasks)), "every published task with 高新技术企业")
            // Two characters: shorter than a trigram, still found.
            r = try await world.call("supervisor", .GET, "/api/v1/search?q=%E6%95%99%E8%82%B2")  // 教育
            let units = ((world.json(r) as? [String: Any])?["units"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(units.contains("教育局"))
            #expect(((world.json(r) as? [String: Any])?["tasks"] as? [Any])?.isEmpty == false)
            r = try await world.call("supervisor", .GET, "/api/v1/search?q=%E5%AD%99%E7%9B%8A%E9%94%8B")  // 孙益锋
            #expect((((world.json(r) as? [String: Any])?["leaders"] as? [[String: Any]]) ?? []).contains { $0["name"] as? String == "孙益锋" })
        }
    }

    @Test func visitorsFindOnlyPublishedPlansAndEditsAreFoundAtOnce() async throws {
        try await WebWorld.with { world in
            let draftTasks = Set(try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.draftPlanID).all().compactMap(\.id))
            var r = try await world.call(nil, .GET, "/api/v1/search?q=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC")  // 地区生产总值
            let found = Set(((world.json(r) as? [String: Any])?["tasks"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int })
            #expect(!found.isEmpty && found.isDisjoint(with: draftTasks), "a visitor never sees a draft")
            // The office sees its draft too.
            r = try await world.call("supervisor", .GET, "/api/v1/search?q=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC")
            let office = Set(((world.json(r) as? [String: Any])?["tasks"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int })
            #expect(!office.isDisjoint(with: draftTasks))

            // An amendment's new wording is searchable straight away; the old one is gone.
            _ = try await world.call(
                "supervisor", .POST, "/api/v1/tasks/\(world.taskID)/amendments",
                json: #"{"reason":"调整","text":"地区生产总值增长7%左右，力争翡翠级表现。"}"#)
            r = try await world.call("supervisor", .GET, "/api/v1/search?q=%E7%BF%A1%E7%BF%A0%E7%BA%A7")  // 翡翠级
            #expect((((world.json(r) as? [String: Any])?["tasks"] as? [[String: Any]]) ?? []).map { $0["id"] as? Int } == [world.taskID])
            let page = try await world.call("supervisor", .GET, "/search?q=%E7%BF%A1%E7%BF%A0%E7%BA%A7")
            #expect(page.body.string.contains("<mark>翡翠级</mark>"))
        }
    }
}
