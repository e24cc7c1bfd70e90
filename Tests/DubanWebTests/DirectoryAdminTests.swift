import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// The office keeps its directory: a renamed unit keeps its old name as an alias, so the next
/// document that uses the old name still finds it; names are never shared; units cannot touch it.
@Suite struct DirectoryAdminTests {
    @Test func aRenamedUnitIsStillFoundByItsOldName() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            var r = try await world.call("supervisor", .PATCH, "/api/v1/units/\(world.leadUnitID)", json: #"{"name":"区发展和改革局","kind":"department"}"#)
            spec.validate(r, method: "patch", path: "/api/v1/units/{id}")
            #expect(r.status == .ok, "\(r.body.string)")
            #expect(try await UnitRecord.find(world.leadUnitID, on: world.app.db)?.name == "区发展和改革局")
            let aliases = try await UnitAliasRecord.query(on: world.app.db).filter(\.$unitID == world.leadUnitID).all().map(\.alias)
            #expect(aliases.contains("发改局"))
            // The published task now reads the new name; a draft row typed with the old one finds the same unit.
            let detail = world.json(try await world.call("unit", .GET, "/api/v1/tasks/\(world.taskID)")) as? [String: Any]
            let lead = ((detail?["task"] as? [String: Any])?["leadUnits"] as? [[String: Any]])?.first?["name"] as? String
            #expect(lead == "区发展和改革局")
            let unitsBefore = try await UnitRecord.query(on: world.app.db).count()
            r = try await world.call("supervisor", .PATCH, "/api/v1/tasks/\(world.draftTaskID)", json: #"{"leadUnits":["发改局"]}"#)
            #expect(r.status == .ok)
            let link = try await TaskUnitRecord.query(on: world.app.db).filter(\.$taskID == world.draftTaskID).filter(\.$role == "lead").first()
            #expect(link?.unitID == world.leadUnitID)
            #expect(try await UnitRecord.query(on: world.app.db).count() == unitsBefore, "no new unit proposed for the old name")
            // The unit's liaison still signs in as the same unit.
            #expect(try await world.call("unit", .GET, "/api/v1/my/tasks").status == .ok)
        }
    }

    @Test func namesAreUniqueAndAliasesKept() async throws {
        try await WebWorld.with { world in
            var r = try await world.call("supervisor", .POST, "/api/v1/units", json: #"{"name":"区数据局"}"#)
            #expect(r.status == .created, "\(r.body.string)")
            let id = try #require((world.json(r) as? [String: Any])?["id"] as? Int)
            let unit = try await UnitRecord.find(id, on: world.app.db)
            #expect(unit?.kind == "department" && unit?.confirmed == true, "the kind is read from the name when not chosen")
            let before = try await world.fingerprint()
            for (method, path, body) in [
                (HTTPMethod.POST, "/api/v1/units", #"{"name":"教育局"}"#),
                (.POST, "/api/v1/units/\(id)/aliases", #"{"alias":"教育局"}"#),
                (.PATCH, "/api/v1/units/\(id)", #"{"name":"财政局"}"#),
            ] {
                r = try await world.call("supervisor", method, path, json: body)
                #expect(r.status == .conflict, "\(path) \(body)")
                #expect(((world.json(r) as? [String: Any])?["error"] as? String)?.contains("已在名录中") == true)
            }
            r = try await world.call("supervisor", .PATCH, "/api/v1/units/\(id)", json: #"{"kind":"ministry"}"#)
            #expect(r.status == .unprocessableEntity || r.status == .badRequest)
            r = try await world.call("supervisor", .POST, "/api/v1/units", json: #"{"name":"   "}"#)
            #expect(r.status == .unprocessableEntity || r.status == .badRequest)
            #expect(try await world.fingerprint() == before, "refused changes change nothing")

            r = try await world.call("supervisor", .POST, "/api/v1/units/\(id)/aliases", json: #"{"alias":"大数据局"}"#)
            #expect(r.status == .created)
            r = try await world.call("supervisor", .DELETE, "/api/v1/units/\(id)/aliases", json: #"{"alias":"大数据局"}"#)
            #expect(r.status == .ok)
            r = try await world.call("supervisor", .DELETE, "/api/v1/units/\(id)/aliases", json: #"{"alias":"大数据局"}"#)
            #expect(r.status == .notFound)

            r = try await world.call("supervisor", .POST, "/api/v1/leaders", json: #"{"name":"王新"}"#)
            #expect(r.status == .created)
            let leaderID = try #require((world.json(r) as? [String: Any])?["id"] as? Int)
            r = try await world.call("supervisor", .PATCH, "/api/v1/leaders/\(leaderID)", json: #"{"name":"孙益锋"}"#)
            #expect(r.status == .conflict)
            r = try await world.call("supervisor", .PATCH, "/api/v1/leaders/\(leaderID)", json: #"{"name":"王鑫"}"#)
            #expect(r.status == .ok)
            let actions = try await AuditRecord.query(on: world.app.db).filter(
                \.$action ~~ [
                    "directory.unit.add", "directory.alias.add",
                    "directory.alias.remove", "directory.leader.add", "directory.leader.rename",
                ]
            ).all().map(\.action)
            #expect(Set(actions).count == 5)
        }
    }

    @Test func theDirectoryPageIsKeptThroughItsForms() async throws {
        try await WebWorld.with { world in
            var page = try await world.page("supervisor", "/directory")
            #expect(page.contains("id=\"add-unit-form\"") && page.contains("href=\"/directory/units/\(world.leadUnitID)\""))
            let unitPage = try await world.page("unit", "/directory")
            #expect(!unitPage.contains("add-unit-form") && !unitPage.contains("/directory/units/"), "a liaison reads the directory only")
            _ = try await world.page("unit", "/directory/units/\(world.leadUnitID)", status: .forbidden)

            var r = try await world.submit("supervisor", "/directory/units/\(world.leadUnitID)/aliases", ["alias": "区发改"])
            #expect(r.status == .seeOther, "\(r.body.string)")
            page = try await world.page("supervisor", "/directory/units/\(world.leadUnitID)")
            #expect(page.contains("区发改") && page.contains("for=\"new-alias\""))
            r = try await world.submit("supervisor", "/directory/units", ["name": "区数据局", "kind": "department"])
            #expect(r.status == .seeOther)
            page = try await world.page("supervisor", "/directory")
            #expect(page.contains("区数据局") && page.contains("区发改"))
            let before = try await world.fingerprint()
            r = try await world.submit("unit", "/directory/units", ["name": "越权单位"])
            #expect(r.status == .forbidden)
            #expect(try await world.fingerprint() == before)
        }
    }

    @Test func theOfficeNamesACollectivesMembersOnItsPageAndThroughTheAPI() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            let collective = world.collectiveUnitID
            var page = try await world.page("supervisor", "/directory/units/\(collective)")
            #expect(page.contains("id=\"members-form\"") && page.contains("按名称和单位类别自动包含"))
            let beigang = try #require(
                try await UnitRecord.query(on: world.app.db).filter(\.$governmentID == world.governmentID)
                    .filter(\.$name == "北港街道").first()?.requireID())
            #expect(page.contains("value=\"\(beigang)\" checked=\"checked\""), "the rule's members start ticked")

            var r = try await world.submit("supervisor", "/directory/units/\(collective)/members", ["members[]": String(beigang)])
            #expect(r.status == .seeOther, "\(r.body.string)")
            r = try await world.call("supervisor", .GET, "/api/v1/units/\(collective)/members")
            spec.validate(r, method: "get", path: "/api/v1/units/{id}/members")
            var body = world.json(r) as? [String: Any]
            #expect(body?["source"] as? String == "office")
            #expect((body?["members"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["北港街道"])
            page = try await world.page("supervisor", "/directory/units/\(collective)")
            #expect(page.contains("由督查室指定，共1个单位"))

            r = try await world.call("supervisor", .PUT, "/api/v1/units/\(collective)/members", json: #"{"memberIDs":[]}"#)
            spec.validate(r, method: "put", path: "/api/v1/units/{id}/members")
            body = world.json(r) as? [String: Any]
            #expect(body?["source"] as? String == "rule" && ((body?["members"] as? [Any])?.count ?? 0) >= 5)

            let before = try await world.fingerprint()
            r = try await world.call("supervisor", .PUT, "/api/v1/units/\(world.leadUnitID)/members", json: #"{"memberIDs":[]}"#)
            #expect(r.status == .conflict, "发改局 is a single unit: \(r.body.string)")
            r = try await world.call("supervisor", .PUT, "/api/v1/units/\(collective)/members", json: #"{"memberIDs":[2147483647]}"#)
            #expect(r.status == .notFound)
            r = try await world.call("supervisor", .PUT, "/api/v1/units/\(collective)/members", json: #"{"memberIDs":"北港街道"}"#)
            #expect(r.status == .unprocessableEntity || r.status == .badRequest)
            #expect(try await world.fingerprint() == before)
            page = try await world.page("supervisor", "/directory/units/\(world.leadUnitID)")
            #expect(!page.contains("members-form"))
        }
    }
}
