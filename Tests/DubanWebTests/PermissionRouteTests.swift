import DubanCore
import DubanStore
import Foundation
import Testing
import Vapor
import VaporTesting

/// Every write route against every role: the pairs the rules forbid are refused (401 when not
/// logged in, 403 otherwise) and the database is exactly as before.
@Suite(.serialized) struct PermissionRouteTests {
    struct Route: Sendable, CustomStringConvertible {
        var method: HTTPMethod
        var path: String
        var body: String?
        /// Roles allowed; every other role must be refused.
        var allowed: Set<String>
        var description: String { "\(method) \(path)" }
    }

    /// `{task}`, `{plan}`, `{draft}`, `{draftSection}`, `{report}`, `{urging}`, `{gov}`, `{indicator}` are filled in per world.
    static let routes: [Route] = [
        Route(method: .POST, path: "/api/v1/tasks/{task}/acknowledge", allowed: ["unit"]),
        Route(method: .PUT, path: "/api/v1/tasks/{task}/work-items", body: #"[{"title":"拆分一","done":false}]"#, allowed: ["unit"]),
        Route(method: .POST, path: "/api/v1/tasks/{task}/reports", body: #"{"period":7,"narrative":"越权报告","values":{"{indicator}":5}}"#, allowed: ["unit"]),
        Route(method: .POST, path: "/api/v1/reports/{report}/review", body: #"{"accept":true}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/tasks/{task}/urgings", body: #"{"message":"请尽快报送"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/urgings/{urging}/answer", body: #"{"answer":"已报送"}"#, allowed: ["unit"]),
        Route(method: .POST, path: "/api/v1/urgings/{urging}/escalate", body: #"{"note":"升级"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/tasks/{task}/instructions", body: #"{"text":"请抓紧"}"#, allowed: ["leader"]),
        Route(
            method: .POST, path: "/api/v1/tasks/{task}/change-requests", body: #"{"kind":"extension","reason":"资金未到位","deadline":"2023-03"}"#,
            allowed: ["unit"]),
        Route(method: .POST, path: "/api/v1/tasks/{task}/close", allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/tasks/{task}/amendments", body: #"{"reason":"调整","text":"地区生产总值增长7%左右。"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/plans/{draft}/publish", allowed: ["supervisor", "admin"]),
        Route(method: .PUT, path: "/api/v1/tasks/{qualTask}/rating", body: #"{"grade":"良好"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/plans/{draft}/confirmations", body: #"{"reason":"已与原件核对"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .PATCH, path: "/api/v1/tasks/{draftTask}", body: #"{"text":"新增高新技术企业120家。","leadUnits":["科技局"]}"#, allowed: ["supervisor", "admin"]),
        Route(method: .DELETE, path: "/api/v1/tasks/{draftTask}", allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/plans/{draft}/tasks", body: #"{"text":"新建口袋公园5个。","leadUnits":["住建局"]}"#, allowed: ["supervisor", "admin"]),
        Route(method: .PUT, path: "/api/v1/plans/{plan}/rules", body: #"{"yellowGap":10,"redGap":30}"#, allowed: ["supervisor", "admin"]),
        Route(method: .PUT, path: "/api/v1/units/{collective}/members", body: #"{"memberIDs":[{leadUnit}]}"#, allowed: ["supervisor", "admin"]),
        Route(
            method: .POST, path: "/api/v1/plans/{draft}/unit-mappings", body: #"{"unitID":{proposedUnit},"targetUnitID":{leadUnit}}"#,
            allowed: ["supervisor", "admin"]),
        Route(
            method: .POST, path: "/api/v1/plans", body: #"{"title":"空白方案","year":2023,"sections":["一、经济"],"governmentID":{gov}}"#,
            allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/tasks/{draftTask}/split", body: #"{"parts":["新增高新技术企业100家","新建口袋公园5个"]}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/tasks/{draftTask}/merge-next", allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/tasks/{draftTask}/move", body: #"{"direction":"down"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/plans/{draft}/sections", body: #"{"title":"新栏目"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .PATCH, path: "/api/v1/sections/{draftSection}", body: #"{"title":"改名后的栏目"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/units", body: #"{"name":"区数据局","kind":"department","governmentID":{gov}}"#, allowed: ["supervisor", "admin"]),
        Route(method: .PATCH, path: "/api/v1/units/{leadUnit}", body: #"{"name":"区发展和改革局"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/units/{leadUnit}/aliases", body: #"{"alias":"区发改"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/leaders", body: #"{"name":"王新","governmentID":{gov}}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/plans/{plan}/bulletins", body: #"{"month":7}"#, allowed: ["supervisor", "admin"]),
        Route(method: .PUT, path: "/api/v1/plans/{plan}/assessment/weights", body: #"{"attainment":70}"#, allowed: ["supervisor", "admin"]),
        Route(method: .PUT, path: "/api/v1/plans/{plan}/inspection/rules", body: #"{"noProgressPeriods":3}"#, allowed: ["supervisor", "admin"]),
        Route(method: .GET, path: "/api/v1/plans/{plan}/assessment", allowed: ["supervisor", "admin"]),
        Route(method: .GET, path: "/api/v1/plans/{plan}/inspection", allowed: ["supervisor", "admin"]),
        Route(method: .GET, path: "/api/v1/city?year=2022", allowed: ["admin"]),
        Route(method: .GET, path: "/api/v1/calendar?year=2025", allowed: Set(WebWorld.roles)),
        Route(method: .PUT, path: "/api/v1/calendar/days", body: #"{"day":"2025-05-06","workday":false,"note":"本市调整"}"#, allowed: ["admin"]),
        // 7 May 2025 is set by `seed`, as a local day to clear.
        Route(method: .DELETE, path: "/api/v1/calendar/days", body: #"{"day":"2025-05-07"}"#, allowed: ["admin"]),
        Route(method: .PATCH, path: "/api/v1/bulletins/{bulletin}", body: #"{"summary":"改写","closing":"改写"}"#, allowed: ["supervisor", "admin"]),
        Route(method: .POST, path: "/api/v1/bulletins/{bulletin}/publish", allowed: ["supervisor", "admin"]),
        Route(method: .GET, path: "/api/v1/bulletins/{bulletin}", allowed: ["supervisor", "admin"]),
        Route(
            method: .PUT, path: "/api/v1/governments/{gov}/webhook", body: #"{"url":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x","kind":"wecom"}"#,
            allowed: ["supervisor", "admin"]),
        Route(
            method: .POST, path: "/api/v1/accounts",
            body: #"{"username":"new-user","displayName":"新","password":"Abcdefgh1234","role":"viewer","governmentID":{gov}}"#,
            allowed: ["supervisor", "admin"]),
        // These two answer for the caller's own government, so another district's office may call them too.
        Route(method: .GET, path: "/api/v1/audit/verify", allowed: ["supervisor", "admin", "otherSupervisor"]),
        Route(method: .GET, path: "/api/v1/accounts", allowed: ["supervisor", "admin", "otherSupervisor"]),
        Route(method: .GET, path: "/api/v1/tasks/{task}", allowed: ["supervisor", "admin", "leader", "unit", "otherUnit", "viewer", "anonymous"]),
        Route(method: .GET, path: "/api/v1/plans/{plan}/tasks", allowed: ["supervisor", "admin", "leader", "unit", "otherUnit", "viewer", "anonymous"]),
        Route(method: .GET, path: "/api/v1/plans/{draft}/tasks", allowed: ["supervisor", "admin"]),
        Route(method: .GET, path: "/api/v1/plans/{plan}", allowed: ["supervisor", "admin", "leader", "unit", "otherUnit", "viewer", "anonymous"]),
        Route(method: .GET, path: "/api/v1/units?government={gov}", allowed: ["supervisor", "admin", "leader", "unit", "otherUnit", "viewer"]),
        Route(method: .GET, path: "/api/v1/leaders?government={gov}", allowed: ["supervisor", "admin", "leader", "unit", "otherUnit", "viewer"]),
        Route(method: .GET, path: "/api/v1/notifications", allowed: Set(WebWorld.roles)),
        Route(method: .GET, path: "/api/v1/me", allowed: Set(WebWorld.roles)),
        Route(method: .POST, path: "/api/v1/tokens", body: #"{"name":"脚本"}"#, allowed: Set(WebWorld.roles)),
    ]

    static let everyone = WebWorld.roles + ["anonymous"]

    @Test func forbiddenPairsAreRefusedAndChangeNothing() async throws {
        try await WebWorld.with { world in
            let (reportID, urgingID, bulletinID) = try await seed(world)
            var checked = 0
            for route in Self.routes {
                for role in Self.everyone where !route.allowed.contains(role) {
                    let path = fill(route.path, world, reportID: reportID, urgingID: urgingID, bulletinID: bulletinID)
                    let body = route.body.map { fill($0, world, reportID: reportID, urgingID: urgingID, bulletinID: bulletinID) }
                    let before = try await world.fingerprint()
                    let response = try await world.call(role == "anonymous" ? nil : role, route.method, path, json: body)
                    let expected: HTTPResponseStatus = role == "anonymous" ? .unauthorized : .forbidden
                    #expect(response.status == expected, "\(role) \(route): \(response.status) \(response.body.string)")
                    let message = (world.json(response) as? [String: Any])?["error"] as? String ?? ""
                    #expect(message.unicodeScalars.contains { $0.value >= 0x4E00 }, "Chinese reason for \(role) \(route): \(message)")
                    #expect(try await world.fingerprint() == before, "\(role) \(route) changed something")
                    checked += 1
                }
            }
            #expect(checked > 60)
        }
    }

    /// The other side of the table: each allowed pair succeeds on a fresh world.
    @Test(arguments: routes.flatMap { route in route.allowed.sorted().map { (route, $0) } })
    func allowedPairsSucceed(route: Route, role: String) async throws {
        try await WebWorld.with { world in
            let (reportID, urgingID, bulletinID) = try await seed(world)
            let path = fill(route.path, world, reportID: reportID, urgingID: urgingID, bulletinID: bulletinID)
            let body = route.body.map { fill($0, world, reportID: reportID, urgingID: urgingID, bulletinID: bulletinID) }
            if route.path == "/api/v1/plans/{draft}/publish" {
                // A draft is published once its rows in doubt are answered.
                let confirmed = try await world.call(role, .POST, "/api/v1/plans/\(world.draftPlanID)/confirmations", json: #"{"reason":"已与原件核对"}"#)
                #expect(confirmed.status == .ok, "\(confirmed.body.string)")
            }
            let response = try await world.call(role == "anonymous" ? nil : role, route.method, path, json: body)
            #expect((200..<300).contains(response.status.code), "\(role) \(route): \(response.status) \(response.body.string)")
        }
    }

    /// A report waiting for review, an open urging to the lead unit, a draft bulletin and a local calendar day, made through the API.
    func seed(_ world: WebWorld) async throws -> (Int, Int, Int) {
        let report = try await world.call(
            "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
            json: #"{"period":6,"narrative":"6月进展","values":{"\#(world.indicatorID)":6.1}}"#)
        #expect(report.status == .created, "\(report.body.string)")
        let urging = try await world.call("supervisor", .POST, "/api/v1/tasks/\(world.taskID)/urgings", json: #"{"message":"请报送7月进展"}"#)
        #expect(urging.status == .created, "\(urging.body.string)")
        let reportID = (world.json(report) as? [String: Any])?["id"] as? Int ?? 0
        let urgingID = (world.json(urging) as? [String: Any])?["id"] as? Int ?? 0
        let bulletin = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
        #expect(bulletin.status == .created, "\(bulletin.body.string)")
        let bulletinID = (world.json(bulletin) as? [String: Any])?["id"] as? Int ?? 0
        let day = try await world.call("admin", .PUT, "/api/v1/calendar/days", json: #"{"day":"2025-05-07","workday":false,"note":"本市调整"}"#)
        #expect(day.status == .ok, "\(day.body.string)")
        return (reportID, urgingID, bulletinID)
    }

    func fill(_ text: String, _ world: WebWorld, reportID: Int, urgingID: Int, bulletinID: Int) -> String {
        let values: [(String, Int)] = [
            ("task", world.taskID), ("bulletin", bulletinID), ("plan", world.planID), ("draftTask", world.draftTaskID),
            ("draftSection", world.draftSectionID), ("draft", world.draftPlanID), ("proposedUnit", world.proposedUnitID),
            ("leadUnit", world.leadUnitID), ("collective", world.collectiveUnitID), ("report", reportID), ("urging", urgingID),
            ("gov", world.governmentID), ("indicator", world.indicatorID), ("qualTask", world.qualitativeTaskID),
        ]
        return values.reduce(text) { $0.replacingOccurrences(of: "{\($1.0)}", with: String($1.1)) }
    }
}
