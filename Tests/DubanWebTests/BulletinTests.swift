import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// 月通报 from the live data: drafted, worded by the office, published and frozen, compared
/// with last month, downloaded as Word.
@Suite struct BulletinTests {
    @Test func draftEditPublishAndVersion() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            var r = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
            spec.validate(r, method: "post", path: "/api/v1/plans/{id}/bulletins")
            let id = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
            r = try await world.call("supervisor", .GET, "/api/v1/bulletins/\(id)")
            spec.validate(r, method: "get", path: "/api/v1/bulletins/{id}")
            let detail = world.json(r) as? [String: Any] ?? [:]
            let bulletin = detail["bulletin"] as? [String: Any] ?? [:]
            let counts = bulletin["counts"] as? [String: Int] ?? [:]
            let tasks = try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.planID).count()
            #expect(counts.values.reduce(0, +) == tasks, "every task is counted once")
            #expect((bulletin["title"] as? String)?.contains("7月") == true)
            #expect(detail["status"] as? String == "draft")

            // A unit sees no draft, and cannot open one.
            r = try await world.call("unit", .GET, "/api/v1/plans/\(world.planID)/bulletins")
            #expect((world.json(r) as? [Any])?.isEmpty == true)
            #expect(try await world.call("unit", .GET, "/api/v1/bulletins/\(id)").status == .forbidden)

            r = try await world.call("supervisor", .PATCH, "/api/v1/bulletins/\(id)", json: #"{"summary":"七月总体平稳。","closing":"请于8月5日前报送。"}"#)
            #expect((world.json(r) as? [String: Any])?["id"] as? Int == id, "a draft is edited in place")
            r = try await world.call("supervisor", .POST, "/api/v1/bulletins/\(id)/publish")
            #expect(r.status == .ok)
            #expect(try await world.call("supervisor", .POST, "/api/v1/bulletins/\(id)/publish").status == .conflict)
            r = try await world.call("unit", .GET, "/api/v1/bulletins/\(id)")
            #expect(((world.json(r) as? [String: Any])?["bulletin"] as? [String: Any])?["summary"] as? String == "七月总体平稳。")

            // Frozen: an edit now is the next version; the published one stays as it was.
            r = try await world.call("supervisor", .PATCH, "/api/v1/bulletins/\(id)", json: #"{"summary":"改过的文字","closing":"同上"}"#)
            let second = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
            #expect(second != id)
            let v1 = try await BulletinRecord.find(id, on: world.app.db)
            let v2 = try await BulletinRecord.find(second, on: world.app.db)
            #expect(v1?.status == "published" && v1?.content.contains("七月总体平稳") == true)
            #expect(v2?.version == 2 && v2?.status == "draft" && v2?.content.contains("改过的文字") == true)

            // August's reports are due on 5 September: on 10 August there is no August bulletin yet.
            r = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":8}"#)
            #expect(r.status == .conflict)
            #expect(r.body.string.contains("8月份进展报告9月5日截止"))

            // A July bulletin drafted after June's was published compares with it: every light
            // has a change figure.
            r = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":6}"#)
            let june = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
            #expect(try await world.call("supervisor", .POST, "/api/v1/bulletins/\(june)/publish").status == .ok)
            r = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
            let july = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
            r = try await world.call("supervisor", .GET, "/api/v1/bulletins/\(july)")
            let changes = ((world.json(r) as? [String: Any])?["bulletin"] as? [String: Any])?["changes"] as? [String: Int]
            #expect(changes?.isEmpty == false)

            r = try await world.call("unit", .GET, "/api/v1/bulletins/\(id)/docx")
            #expect(r.status == .ok)
            #expect(Array(r.body.readableBytesView.prefix(2)) == Array("PK".utf8), "a zip container, as .docx is")
            let audit = try await AuditRecord.query(on: world.app.db).filter(\.$subjectType == "bulletin").all().map(\.action)
            #expect(Set(audit) == ["bulletin.draft", "bulletin.edit", "bulletin.publish"])
        }
    }

    @Test func theBulletinPagePrintsAndOffersTheWordFile() async throws {
        try await WebWorld.with { world in
            let r = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
            let id = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
            var headers: HTTPHeaders = ["Accept": "text/html"]
            headers.add(name: .cookie, value: "duban_session=\(world.sessions["supervisor"]!.cookie)")
            let page = try await world.app.testing().sendRequest(.GET, "/bulletins/\(id)", headers: headers)
            let html = page.body.string
            #expect(page.status == .ok)
            #expect(html.contains("/bulletins/\(id)/docx") && html.contains("牵头单位排名") && html.contains("bulletin-edit-form"))
            let list = try await world.app.testing().sendRequest(.GET, "/plans/\(world.planID)/bulletins", headers: headers)
            #expect(list.body.string.contains("/bulletins/\(id)"))
        }
    }

    /// The bulletin of the round that is due is read from the board of the same day: its counts
    /// are the board's, light by light.
    @Test func aBulletinsCountsEqualTheBoards() async throws {
        try await WebWorld.with { world in
            let r = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
            let id = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
            let record = try #require(try await BulletinRecord.find(id, on: world.app.db))
            let bulletin = try #require(JSONText.decode(Bulletin.self, record.content))
            let board = try await TaskBoard.rows(planID: world.planID, now: WebWorld.clockDate, on: world.app.db)
            for light in Light.allCases {
                #expect(bulletin.count(light) == board.filter { $0.light == light }.count, "\(light)")
            }
            #expect(bulletin.summary.hasPrefix("本通报依据7月份进展报告（8月5日截止），数据统计至8月10日。"))
            // Replies count from the day it is drafted: Wednesday 10 August + 5 working days
            // (11, 12, 15, 16, 17 August).
            #expect(bulletin.closing.contains("于8月17日前"))
        }
    }
}
