import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// The plan editor beyond one row's wording: rows split, merged and moved, sections kept, and
/// a plan drafted from nothing and published. Every change is audited; a published plan refuses all of it.
@Suite struct DraftStructureTests {
    /// The 钟楼 draft in printed order: (id, text, path).
    func rows(_ world: WebWorld, plan: Int? = nil) async throws -> [(id: Int, text: String, path: [String])] {
        try await TaskRecord.query(on: world.app.db).filter(\.$planID == (plan ?? world.draftPlanID)).sort(\.$position).all()
            .map { (try $0.requireID(), $0.text, JSONText.strings($0.path)) }
    }

    func units(_ world: WebWorld, task: Int, role: String) async throws -> [String] {
        let links = try await TaskUnitRecord.query(on: world.app.db).filter(\.$taskID == task).filter(\.$role == role).sort(\.$position).all()
        return try await links.asyncMap { try await UnitRecord.find($0.unitID, on: world.app.db)?.name ?? "" }
    }

    @Test func aRowIsSplitAndMergedBack() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            let before = try await rows(world)
            let first = before[0].id
            var r = try await world.call(
                "supervisor", .POST, "/api/v1/tasks/\(first)/split",
                json: #"{"parts":["老城复兴样板区要见成效，新增高新技术企业100家。","新建口袋公园5个。",""]}"#)
            spec.validate(r, method: "post", path: "/api/v1/tasks/{id}/split")
            #expect(r.status == .created, "\(r.body.string)")
            let ids = (world.json(r) as? [String: Any])?["ids"] as? [Int] ?? []
            #expect(ids.count == 2 && ids.first == first, "a blank part is not a row")
            var after = try await rows(world)
            #expect(after.count == before.count + 1)
            #expect(after.prefix(3).map(\.id) == [first, ids[1], before[1].id], "the new row comes right after the one split")
            #expect(after[1].text == "新建口袋公园5个。" && after[1].path == before[0].path)
            #expect(try await units(world, task: ids[1], role: "lead") == units(world, task: first, role: "lead"), "responsibility is copied")
            #expect(try await units(world, task: ids[1], role: "coop").contains("区发展改革局"))
            let indicators = try await IndicatorRecord.query(on: world.app.db).filter(\.$taskID ~~ ids).all()
            #expect(Set(indicators.map(\.value)) == [100, 5], "each part's indicator is read from its own wording")

            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(first)/merge-next")
            spec.validate(r, method: "post", path: "/api/v1/tasks/{id}/merge-next")
            #expect(r.status == .ok, "\(r.body.string)")
            after = try await rows(world)
            #expect(after.count == before.count)
            #expect(after[0].text == "老城复兴样板区要见成效，新增高新技术企业100家。新建口袋公园5个。")
            #expect(try await TaskRecord.find(ids[1], on: world.app.db) == nil)
            #expect(Set(try await IndicatorRecord.query(on: world.app.db).filter(\.$taskID == first).all().map(\.value)) == [100, 5])

            // The last row of a section has no next row in its section: merging across a heading is refused.
            let lastOfSection = after[3]
            #expect(after[4].path != lastOfSection.path)
            let fingerprint = try await world.fingerprint()
            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(lastOfSection.id)/merge-next")
            #expect(r.status == .conflict)
            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(first)/split", json: #"{"parts":["只有一段"]}"#)
            #expect(r.status == .unprocessableEntity || r.status == .badRequest)
            #expect(try await world.fingerprint() == fingerprint)

            let audit = try await AuditRecord.query(on: world.app.db).filter(\.$action ~~ ["draft.task.split", "draft.task.merge"]).all()
            #expect(audit.map(\.action).sorted() == ["draft.task.merge", "draft.task.split"])
            #expect(audit.first { $0.action == "draft.task.merge" }?.before.contains("新建口袋公园") == true, "both rows before the merge are kept")
        }
    }

    @Test func mergingCombinesResponsibilityAndKeepsTheLaterDeadline() async throws {
        try await WebWorld.with { world in
            let before = try await rows(world)
            let (a, b) = (before[4].id, before[5].id)  // (5) 发改局 / (6) 财政局, both 孙益锋
            _ = try await world.call("supervisor", .PATCH, "/api/v1/tasks/\(a)", json: #"{"deadline":"2022-06","coopUnits":["财政局"]}"#)
            _ = try await world.call("supervisor", .PATCH, "/api/v1/tasks/\(b)", json: #"{"deadline":"2022-10","leaders":["孙益锋","曹雷"]}"#)
            let r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(a)/merge-next")
            #expect(r.status == .ok, "\(r.body.string)")
            let merged = try #require(try await TaskRecord.find(a, on: world.app.db))
            #expect(merged.deadline == "2022-10")
            #expect(try await units(world, task: a, role: "lead") == ["发改局", "财政局"])
            #expect(try await !units(world, task: a, role: "coop").contains("财政局"), "a unit that now leads is not also cooperating")
            let leaders = try await TaskLeaderRecord.query(on: world.app.db).filter(\.$taskID == a).sort(\.$position).all()
            let names = try await leaders.asyncMap { try await LeaderRecord.find($0.leaderID, on: world.app.db)?.name ?? "" }
            #expect(names == ["孙益锋", "曹雷"])
        }
    }

    @Test func rowsMoveWithinAndAcrossSections() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            let before = try await rows(world)
            // Down one inside a section: two rows change places.
            var r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(before[0].id)/move", json: #"{"direction":"down"}"#)
            spec.validate(r, method: "post", path: "/api/v1/tasks/{id}/move")
            #expect(r.status == .ok, "\(r.body.string)")
            var after = try await rows(world)
            #expect(after.prefix(2).map(\.id) == [before[1].id, before[0].id])
            // Up from the top of a section: the row crosses into the section above, at its end.
            let topOfSecond = before[4]
            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(topOfSecond.id)/move", json: #"{"direction":"up"}"#)
            #expect(r.status == .ok)
            after = try await rows(world)
            let moved = try #require(after.first { $0.id == topOfSecond.id })
            #expect(moved.path == before[0].path, "now in 四大功能区建设")
            #expect(after.firstIndex { $0.id == topOfSecond.id } == 4, "still printed between the two sections' rows")
            // To another section by choice: to the end of 主要预期目标.
            let section = try #require(try await TaskRecord.find(before[5].id, on: world.app.db)?.groupID)
            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(before[1].id)/move", json: #"{"sectionID":\#(section)}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            after = try await rows(world)
            let index = try #require(after.firstIndex { $0.id == before[1].id })
            #expect(after[index].path == before[5].path)
            #expect(index + 1 == after.count || after[index + 1].path != before[5].path, "last of its new section")
            let fingerprint = try await world.fingerprint()
            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(after[0].id)/move", json: #"{"direction":"up"}"#)
            #expect(r.status == .conflict, "the first row cannot go higher")
            #expect(try await world.fingerprint() == fingerprint)
            #expect(try await AuditRecord.query(on: world.app.db).filter(\.$action == "draft.task.move").count() == 3)
        }
    }

    @Test func aPlanIsDraftedFromNothingAndPublished() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            var r = try await world.call(
                "supervisor", .POST, "/api/v1/plans",
                json: #"{"title":"2023年区政府工作报告重点任务","year":2023,"sections":["一、经济发展"," ","二、民生实事"]}"#)
            spec.validate(r, method: "post", path: "/api/v1/plans")
            #expect(r.status == .created, "\(r.body.string)")
            let planID = try #require((world.json(r) as? [String: Any])?["id"] as? Int)
            let groups = try await GroupRecord.query(on: world.app.db).filter(\.$planID == planID).sort(\.$position).all()
            #expect(groups.map(\.title) == ["一、经济发展", "二、民生实事"], "a blank line is not a section")
            r = try await world.call("supervisor", .POST, "/api/v1/plans/\(planID)/publish")
            #expect(r.status == .conflict, "an empty plan is not published")

            // Rows go into their sections in whatever order they are typed; the table keeps the sections' order.
            r = try await world.call(
                "supervisor", .POST, "/api/v1/plans/\(planID)/tasks",
                json: #"{"sectionID":\#(groups[1].id!),"text":"新建口袋公园5个。","leadUnits":["住建局"],"leaders":["曹雷"],"deadline":"2023-10"}"#)
            #expect(r.status == .created, "\(r.body.string)")
            r = try await world.call(
                "supervisor", .POST, "/api/v1/plans/\(planID)/tasks",
                json: #"{"sectionID":\#(groups[0].id!),"text":"新增高新技术企业100家。","leadUnits":["科技局"],"leaders":["孙益锋"]}"#)
            #expect(r.status == .created)
            r = try await world.call(
                "supervisor", .POST, "/api/v1/plans/\(planID)/tasks",
                json: #"{"sectionID":\#(groups[0].id!),"text":"年底前完成","deadline":"年底"}"#)
            #expect(r.status == .unprocessableEntity, "a refused deadline leaves no empty row behind")
            var listed = try await rows(world, plan: planID)
            #expect(listed.map(\.text) == ["新增高新技术企业100家。", "新建口袋公园5个。"])
            #expect(listed.map(\.path) == [["一、经济发展"], ["二、民生实事"]])

            // A sub-section, a rename that every row below follows, and an empty section removed.
            r = try await world.call("supervisor", .POST, "/api/v1/plans/\(planID)/sections", json: #"{"title":"（一）科技创新","parentID":\#(groups[0].id!)}"#)
            #expect(r.status == .created)
            let sub = try #require((world.json(r) as? [String: Any])?["id"] as? Int)
            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(listed[0].id)/move", json: #"{"sectionID":\#(sub)}"#)
            #expect(r.status == .ok)
            r = try await world.call("supervisor", .PATCH, "/api/v1/sections/\(groups[0].id!)", json: #"{"title":"一、高质量发展"}"#)
            #expect(r.status == .ok)
            listed = try await rows(world, plan: planID)
            #expect(listed[0].path == ["一、高质量发展", "（一）科技创新"])
            r = try await world.call("supervisor", .DELETE, "/api/v1/sections/\(groups[0].id!)")
            #expect(r.status == .conflict, "a section with rows stays")
            r = try await world.call("supervisor", .POST, "/api/v1/plans/\(planID)/sections", json: #"{"title":"三、备用"}"#)
            let spare = try #require((world.json(r) as? [String: Any])?["id"] as? Int)
            r = try await world.call("supervisor", .DELETE, "/api/v1/sections/\(spare)")
            #expect(r.status == .ok)

            r = try await world.call("supervisor", .POST, "/api/v1/plans/\(planID)/publish")
            #expect(r.status == .ok, "\(r.body.string)")
            let board = world.json(try await world.call("unit", .GET, "/api/v1/plans/\(planID)/tasks")) as? [[String: Any]] ?? []
            #expect(board.count == 2, "the published plan is everyone's to read")
            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(listed[0].id)/split", json: #"{"parts":["一","二"]}"#)
            #expect(r.status == .conflict, "after publishing, a change is an amendment")
            let actions = Set(
                try await AuditRecord.query(on: world.app.db).filter(
                    \.$action ~~ [
                        "plan.create", "draft.section.add", "draft.section.rename",
                        "draft.section.delete", "draft.task.add",
                    ]
                ).all().map(\.action))
            #expect(actions.count == 5)
        }
    }

    @Test func theEditorPagesOfferEveryChange() async throws {
        try await WebWorld.with { world in
            let page = try await world.page("supervisor", "/plans/\(world.draftPlanID)")
            #expect(page.contains("id=\"sections\""))
            #expect(page.contains("action=\"/plans/\(world.draftPlanID)/sections\""))
            #expect(page.contains("class=\"section-row\""), "the draft prints with its section headings")
            let edit = try await world.page("supervisor", "/tasks/\(world.draftTaskID)/edit")
            for action in ["move", "split", "merge"] { #expect(edit.contains("action=\"/tasks/\(world.draftTaskID)/\(action)\"")) }
            let blank = try await world.page("supervisor", "/plans/new")
            #expect(blank.contains("id=\"plan-title\"") && blank.contains("for=\"plan-title\""))
            #expect(try await world.page("unit", "/plans/new", status: .forbidden).contains("无权"))
        }
    }
}
