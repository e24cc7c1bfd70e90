import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// The import wizard's corrections: a draft row edited, added and removed, a new unit name
/// mapped onto the directory; a published plan refuses all of it.
@Suite struct DraftEditingTests {
    @Test func correctionsToADraftAreKeptAndAudited() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            let task = "/api/v1/tasks/\(world.draftTaskID)"
            var r = try await world.call(
                "supervisor", .PATCH, task,
                json: #"{"text":"新增高新技术企业120家。","deadline":"2022-11","leadUnits":["科技局","区数据局"],"leaders":["孙益锋"]}"#)
            spec.validate(r, method: "patch", path: "/api/v1/tasks/{id}")
            #expect(r.status == .ok, "\(r.body.string)")
            let detail = world.json(try await world.call("supervisor", .GET, task)) as? [String: Any]
            let row = detail?["task"] as? [String: Any] ?? detail ?? [:]
            #expect(row["text"] as? String == "新增高新技术企业120家。")
            #expect(row["deadline"] as? String == "2022-11")
            let indicators = try await IndicatorRecord.query(on: world.app.db).filter(\.$taskID == world.draftTaskID).all()
            #expect(indicators.map(\.value) == [120], "the new wording's indicator is read again")
            let leads = try await TaskUnitRecord.query(on: world.app.db).filter(\.$taskID == world.draftTaskID)
                .filter(\.$role == "lead").sort(\.$position).all()
            let names = try await leads.asyncMap { try await UnitRecord.find($0.unitID, on: world.app.db)?.name ?? "" }
            #expect(names == ["科技局", "区数据局"])
            let newUnit = try await UnitRecord.query(on: world.app.db).filter(\.$name == "区数据局").first()
            #expect(newUnit?.confirmed == false, "a name the directory does not know is proposed, not confirmed")

            // 区发展改革局 is 发改局 under another name: the draft points at the known unit, the name becomes an alias.
            r = try await world.call(
                "supervisor", .POST, "/api/v1/plans/\(world.draftPlanID)/unit-mappings",
                json: #"{"unitID":\#(world.proposedUnitID),"targetUnitID":\#(world.leadUnitID)}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            #expect(try await UnitRecord.find(world.proposedUnitID, on: world.app.db) == nil)
            let alias = try await UnitAliasRecord.query(on: world.app.db).filter(\.$alias == "区发展改革局").first()
            #expect(alias?.unitID == world.leadUnitID)
            let coops = try await TaskUnitRecord.query(on: world.app.db).filter(\.$taskID == world.draftTaskID).filter(\.$role == "coop").all()
            #expect(coops.contains { $0.unitID == world.leadUnitID })

            r = try await world.call(
                "supervisor", .POST, "/api/v1/plans/\(world.draftPlanID)/tasks",
                json: #"{"afterTaskID":\#(world.draftTaskID),"text":"新建口袋公园5个。","leadUnits":["住建局"]}"#)
            #expect(r.status == .created, "\(r.body.string)")
            let added = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
            let order = try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.draftPlanID).sort(\.$position).all()
            #expect(order.prefix(2).compactMap(\.id) == [world.draftTaskID, added], "added right after the row it follows")
            r = try await world.call("supervisor", .DELETE, "/api/v1/tasks/\(added)")
            #expect(r.status == .ok)
            #expect(try await TaskRecord.find(added, on: world.app.db) == nil)

            let audit = try await AuditRecord.query(on: world.app.db).filter(
                \.$action ~~ ["draft.task.edit", "draft.unit.map", "draft.task.add", "draft.task.delete"]
            ).all()
            #expect(Set(audit.map(\.action)).count == 4)
            let edit = audit.first { $0.action == "draft.task.edit" && $0.subjectID == world.draftTaskID }
            #expect(edit?.after.contains("新增高新技术企业120家") == true)
            #expect(edit?.before.isEmpty == false, "the row before the edit is kept in the audit trail")
        }
    }

    @Test func aPublishedPlanIsAmendedNotEdited() async throws {
        try await WebWorld.with { world in
            let before = try await world.fingerprint()
            let text = try await TaskRecord.find(world.taskID, on: world.app.db)?.text
            var r = try await world.call("supervisor", .PATCH, "/api/v1/tasks/\(world.taskID)", json: #"{"text":"悄悄改掉"}"#)
            #expect(r.status == .conflict)
            #expect(((world.json(r) as? [String: Any])?["error"] as? String)?.contains("目标调整") == true)
            r = try await world.call("supervisor", .DELETE, "/api/v1/tasks/\(world.taskID)")
            #expect(r.status == .conflict)
            r = try await world.call("supervisor", .PATCH, "/api/v1/tasks/\(world.draftTaskID)", json: #"{"text":"  "}"#)
            #expect(r.status == .badRequest || r.status == .unprocessableEntity)
            r = try await world.call("supervisor", .PATCH, "/api/v1/tasks/\(world.draftTaskID)", json: #"{"deadline":"年底前"}"#)
            #expect(r.status == .unprocessableEntity, "a deadline the lights cannot read is refused")
            #expect(try await world.fingerprint() == before)
            #expect(try await TaskRecord.find(world.taskID, on: world.app.db)?.text == text)
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}

/// After publishing, responsibility changes by amendment: the old units stay in the task's
/// history, and who may report follows the new ones at once.
@Suite struct ResponsibilityAmendmentTests {
    @Test func aNewLeadUnitTakesOverAndTheOldOneIsKeptInHistory() async throws {
        try await WebWorld.with { world in
            let oldLead = try await UnitRecord.find(world.leadUnitID, on: world.app.db)!.name
            let otherUnit = try await UnitRecord.query(on: world.app.db).filter(\.$name == "教育局").first()!
            var r = try await world.call(
                "supervisor", .POST, "/api/v1/tasks/\(world.taskID)/amendments",
                json: #"{"reason":"区政府调整分工","leadUnits":["教育局"],"coopUnits":["\#(oldLead)","区数据局"]}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            let detail = world.json(try await world.call("supervisor", .GET, "/api/v1/tasks/\(world.taskID)")) as? [String: Any]
            let task = detail?["task"] as? [String: Any]
            #expect(((task?["leadUnits"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String } == ["教育局"])
            #expect(((task?["coopUnits"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String } == [oldLead, "区数据局"])
            let versions = detail?["versions"] as? [[String: Any]] ?? []
            #expect((versions.first?["leadUnits"] as? [String]) == [oldLead], "the version before keeps who led it")
            #expect(try await UnitRecord.query(on: world.app.db).filter(\.$name == "区数据局").first()?.confirmed == true)

            // Who may report follows at once: the new lead reports, the old lead now only contributes.
            r = try await world.call("otherUnit", .POST, "/api/v1/tasks/\(world.taskID)/reports", json: #"{"period":7,"narrative":"教育局接手后的进展"}"#)
            #expect(r.status == .created, "\(r.body.string)")
            let report = try await ReportRecord.query(on: world.app.db).filter(\.$unitID == otherUnit.id!).first()
            #expect(report?.role == "lead")
            r = try await world.call("unit", .POST, "/api/v1/tasks/\(world.taskID)/reports", json: #"{"period":7,"narrative":"配合进展"}"#)
            #expect(r.status == .created)
            #expect(try await ReportRecord.query(on: world.app.db).filter(\.$unitID == world.leadUnitID).sort(\.$id, .descending).first()?.role == "coop")

            r = try await world.call("supervisor", .POST, "/api/v1/tasks/\(world.taskID)/amendments", json: #"{"reason":"清空","leadUnits":[]}"#)
            #expect(r.status == .unprocessableEntity, "a task keeps at least one lead unit")
        }
    }
}
