import DubanCore
import DubanExport
import DubanStore
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// Every route the server registers is in a route × role table: the JSON API in
/// `PermissionRouteTests.routes` (plus the identity routes below), the pages here, and the few
/// routes anyone may call, each with its reason. A new route without a row fails the first test.
@Suite(.serialized) struct RouteCoverageTests {
    typealias Route = PermissionRouteTests.Route
    static let signedIn: Set<String> = Set(WebWorld.roles)
    static let readers: Set<String> = ["supervisor", "admin", "leader", "unit", "otherUnit", "viewer"]
    static let office: Set<String> = ["supervisor", "admin"]
    /// Who uses a plan's progress sheets: the office for any unit, each unit for itself.
    static let sheetUsers: Set<String> = office.union(["unit", "otherUnit"])

    /// Open to anyone, signed in or not, by design.
    static let open: [String: String] = [
        "GET /healthz": "the load balancer's health check",
        "GET /api/v1/openapi.json": "the API's description",
        "GET /assets/app.css": "static", "GET /assets/app.js": "static",
        "GET /login": "the login form", "POST /login": "logging in", "POST /api/v1/session": "logging in",
        "DELETE /api/v1/session": "logging out; without a session it changes nothing",
        "POST /logout": "logging out; without a session it changes nothing",
        "GET /api/v1/search": "scoped by Permissions.scope: visitors find published plans only",
        "GET /search": "scoped by Permissions.scope: visitors find published plans only",
        "GET /open/plans/:id/tasks.json": "open data of a published plan", "GET /open/plans/:id/tasks.csv": "open data of a published plan",
        "GET /open/units/:id/calendar.ics": "a unit's published due dates, for calendar subscriptions",
        "GET /auth/oidc/login": "signing in through the identity provider",
        "GET /auth/oidc/callback": "signing in through the identity provider: a one-time state bound to the browser",
        "GET /metrics": "Prometheus: this machine, or the metrics token (MetricsEndpointTests)",
    ]

    /// API routes of accounts and tokens (issue 12 M1/M5), refused as the table above is.
    static let identityRoutes: [Route] = [
        Route(method: .GET, path: "/api/v1/tokens", allowed: signedIn),
        Route(method: .PUT, path: "/api/v1/me/password", body: #"{"old":"Wrong-pass-2022","new":"Matrix-pass-2099","repeat":"Matrix-pass-2099"}"#, allowed: []),
        Route(method: .PUT, path: "/api/v1/accounts/{viewerAccount}/active", body: #"{"active":false}"#, allowed: office),
        Route(method: .POST, path: "/api/v1/accounts/{viewerAccount}/password-reset", allowed: office),
        Route(method: .GET, path: "/api/v1/reviews?government={gov}", allowed: office),
        Route(method: .DELETE, path: "/api/v1/tokens/{token}", allowed: ["viewer", "admin"]),
        Route(method: .GET, path: "/api/v1/plans", allowed: signedIn),
        Route(method: .POST, path: "/api/v1/imports", allowed: []),
        Route(method: .GET, path: "/api/v1/units/{leadUnit}/tasks", allowed: readers.union(["anonymous"])),
        Route(method: .GET, path: "/api/v1/leaders/{leader}/tasks", allowed: readers.union(["anonymous"])),
        Route(method: .GET, path: "/api/v1/my/tasks", allowed: signedIn),
        Route(method: .GET, path: "/api/v1/evidence/{evidence}", allowed: readers),
        Route(method: .DELETE, path: "/api/v1/sections/{draftSection}", allowed: office),
        Route(method: .GET, path: "/api/v1/plans/{plan}/bulletins", allowed: readers.union(["anonymous"])),
        Route(method: .GET, path: "/api/v1/bulletins/{bulletin}/docx", allowed: office),
        Route(method: .POST, path: "/api/v1/notifications/{notification}/read", allowed: ["unit"]),
        Route(method: .DELETE, path: "/api/v1/units/{leadUnit}/aliases", body: #"{"alias":"区发改"}"#, allowed: office),
        Route(method: .GET, path: "/api/v1/units/{collective}/members", allowed: office),
        Route(method: .GET, path: "/api/v1/plans/{plan}/rules", allowed: readers.union(["anonymous"])),
        Route(method: .PATCH, path: "/api/v1/leaders/{leader}", body: #"{"name":"孙益锋"}"#, allowed: office),
        Route(method: .GET, path: "/api/v1/tasks/{task}/change-requests", allowed: readers),
        Route(method: .POST, path: "/api/v1/change-requests/{changeRequest}/decision", body: #"{"approve":false,"note":"理由不足"}"#, allowed: office),
        Route(method: .GET, path: "/api/v1/plans/{plan}/sheet", allowed: sheetUsers),
        Route(method: .POST, path: "/api/v1/plans/{plan}/sheets", allowed: []),
        Route(method: .GET, path: "/api/v1/sheets/uploads/{sheetUpload}", allowed: ["unit"]),
        Route(method: .POST, path: "/api/v1/sheets/uploads/{sheetUpload}/confirm", allowed: []),
        Route(method: .GET, path: "/api/v1/report-drafts", allowed: ["unit", "otherUnit"]),
        Route(method: .GET, path: "/api/v1/change-request-files/{changeRequestFile}", allowed: readers),
        // Only a unit leader's account signs, and no role of the table is one (SignOffStoreTests has the leader).
        Route(method: .POST, path: "/api/v1/report-drafts/{reportDraft}/decision", body: #"{"sign":true}"#, allowed: []),
        Route(method: .PUT, path: "/api/v1/governments/{gov}/sign-off", body: #"{"required":false}"#, allowed: office),
        Route(method: .PUT, path: "/api/v1/accounts/{unitAccount}/signer", body: #"{"signer":false}"#, allowed: office),
        Route(method: .PUT, path: "/api/v1/accounts/{unitAccount}/oidc-subject", body: #"{"subject":null}"#, allowed: office),
    ]

    /// The pages. POST bodies are form fields; an empty `allowed` means refusals only are checked
    /// here (the forms' successes are in the page tests).
    static let pages: [Route] = [
        Route(method: .GET, path: "/", allowed: signedIn),
        Route(method: .GET, path: "/plans/{plan}", allowed: readers.union(["anonymous"])),
        Route(method: .GET, path: "/plans/{draft}", allowed: office),
        Route(method: .POST, path: "/plans/{draft}/publish", allowed: office),
        Route(method: .POST, path: "/plans/{draft}/confirmations", body: "reason=已核对", allowed: office),
        Route(method: .POST, path: "/tasks/{qualTask}/rating", body: "grade=良好", allowed: office),
        Route(method: .GET, path: "/tasks/{task}", allowed: readers.union(["anonymous"])),
        Route(method: .POST, path: "/tasks/{task}/acknowledge", allowed: ["unit"]),
        Route(method: .POST, path: "/tasks/{task}/reports", body: "narrative=越权", allowed: ["unit"]),
        Route(method: .POST, path: "/reports/{report}/review", body: "decision=accept", allowed: office),
        Route(method: .POST, path: "/tasks/{task}/urgings", body: "message=请报送", allowed: office),
        Route(method: .POST, path: "/urgings/{urging}/answer", body: "answer=已报送", allowed: ["unit"]),
        Route(method: .POST, path: "/urgings/{urging}/escalate", body: "note=升级", allowed: office),
        Route(method: .POST, path: "/tasks/{task}/instructions", body: "text=请抓紧", allowed: ["leader"]),
        Route(method: .POST, path: "/tasks/{task}/close", allowed: office),
        Route(method: .POST, path: "/tasks/{task}/amend", body: "reason=调整&text=地区生产总值增长7%25左右。", allowed: office),
        Route(method: .GET, path: "/tasks/{draftTask}/edit", allowed: office),
        Route(method: .POST, path: "/tasks/{draftTask}/edit", body: "text=新增高新技术企业120家。", allowed: []),
        Route(method: .POST, path: "/tasks/{draftTask}/delete", allowed: office),
        Route(method: .POST, path: "/plans/{draft}/tasks", body: "text=新建口袋公园5个。", allowed: []),
        Route(method: .POST, path: "/plans/{draft}/unit-mappings", body: "unitID={proposedUnit}&targetUnitID={leadUnit}", allowed: []),
        Route(method: .GET, path: "/plans/new", allowed: office.union(["otherSupervisor"])),
        Route(method: .POST, path: "/plans/new", body: "title=空白&year=2023&sections=一、经济", allowed: []),
        Route(method: .POST, path: "/tasks/{draftTask}/split", body: "parts=新增高新技术企业100家%0A新建口袋公园5个", allowed: []),
        Route(method: .POST, path: "/tasks/{draftTask}/merge", allowed: []),
        Route(method: .POST, path: "/tasks/{draftTask}/move", body: "direction=down", allowed: []),
        Route(method: .POST, path: "/plans/{draft}/sections", body: "title=新栏目", allowed: []),
        Route(method: .POST, path: "/sections/{draftSection}/rename", body: "title=改名", allowed: []),
        Route(method: .POST, path: "/sections/{draftSection}/delete", allowed: []),
        Route(method: .GET, path: "/plans/{plan}/bulletins", allowed: readers.union(["anonymous"])),
        Route(method: .POST, path: "/plans/{plan}/bulletins", body: "month=7", allowed: office),
        Route(method: .GET, path: "/bulletins/{bulletin}", allowed: office),
        Route(method: .GET, path: "/bulletins/{bulletin}/docx", allowed: office),
        Route(method: .POST, path: "/bulletins/{bulletin}/edit", body: "summary=改写&closing=改写", allowed: []),
        Route(method: .POST, path: "/bulletins/{bulletin}/publish", allowed: office),
        Route(method: .GET, path: "/plans/{plan}/assessment", allowed: office),
        Route(method: .GET, path: "/plans/{plan}/assessment.xlsx", allowed: office),
        Route(method: .POST, path: "/plans/{plan}/assessment/weights", body: "attainment=70", allowed: []),
        Route(method: .GET, path: "/plans/{plan}/inspection", allowed: office),
        Route(method: .GET, path: "/plans/{plan}/inspection.xlsx", allowed: office),
        Route(method: .POST, path: "/plans/{plan}/inspection/rules", body: "noProgressPeriods=3&offTrajectoryPoints=10", allowed: []),
        Route(method: .GET, path: "/plans/{plan}/rules", allowed: office),
        Route(method: .POST, path: "/plans/{plan}/rules", body: "yellowGap=10&redGap=30&levelTolerance=10&correctionDays=3&minimumToRank=3", allowed: []),
        Route(method: .GET, path: "/import", allowed: office.union(["otherSupervisor"])),
        Route(method: .POST, path: "/import", allowed: []),
        Route(method: .POST, path: "/import/columns", allowed: []),
        Route(method: .GET, path: "/notifications", allowed: signedIn),
        Route(method: .POST, path: "/notifications/read", allowed: signedIn),
        Route(method: .GET, path: "/directory", allowed: signedIn),
        Route(method: .GET, path: "/directory/units/{leadUnit}", allowed: office),
        Route(method: .POST, path: "/directory/units", body: "name=区数据局&kind=department", allowed: []),
        Route(method: .POST, path: "/directory/units/{leadUnit}", body: "name=区发展和改革局", allowed: []),
        Route(method: .POST, path: "/directory/units/{leadUnit}/aliases", body: "alias=区发改", allowed: []),
        Route(method: .POST, path: "/directory/units/{leadUnit}/aliases/remove", body: "alias=区发改", allowed: []),
        Route(method: .POST, path: "/directory/units/{collective}/members", body: "members[]={leadUnit}", allowed: []),
        Route(method: .POST, path: "/directory/leaders", body: "name=王新", allowed: []),
        Route(method: .POST, path: "/directory/leaders/{leader}", body: "name=孙益锋", allowed: []),
        Route(method: .GET, path: "/units/{leadUnit}", allowed: readers.union(["anonymous"])),
        Route(method: .GET, path: "/leaders/{leader}", allowed: readers.union(["anonymous"])),
        Route(method: .GET, path: "/accounts", allowed: office.union(["otherSupervisor"])),
        Route(method: .POST, path: "/accounts", body: "username=x1&displayName=x&role=viewer&password=Abcdefgh1234", allowed: []),
        Route(method: .POST, path: "/accounts/{viewerAccount}/active", body: "active=0", allowed: []),
        Route(method: .POST, path: "/accounts/{viewerAccount}/password", allowed: []),
        Route(method: .GET, path: "/account/password", allowed: signedIn),
        Route(method: .POST, path: "/account/password", body: "old=x&new=y&repeat=y", allowed: []),
        Route(method: .GET, path: "/city", allowed: ["admin"]),
        Route(method: .GET, path: "/calendar", allowed: signedIn),
        Route(method: .POST, path: "/calendar/days", body: "day=2025-05-06&workday=false&note=本市调整", allowed: []),
        Route(method: .POST, path: "/calendar/days/remove", body: "day=2025-05-06", allowed: []),
        Route(method: .POST, path: "/tasks/{task}/change-requests", body: "kind=extension&reason=越权&deadline=2023-03", allowed: ["unit"]),
        Route(method: .POST, path: "/change-requests/{changeRequest}/decision", body: "decision=refuse&note=理由不足", allowed: office),
        Route(method: .GET, path: "/plans/{plan}/sheets", allowed: sheetUsers),
        Route(method: .GET, path: "/plans/{plan}/sheets/download", allowed: sheetUsers),
        Route(method: .POST, path: "/plans/{plan}/sheets", allowed: []),
        Route(method: .GET, path: "/sheets/uploads/{sheetUpload}", allowed: ["unit"]),
        Route(method: .POST, path: "/sheets/uploads/{sheetUpload}/confirm", allowed: []),
        Route(method: .POST, path: "/report-drafts/{reportDraft}/decision", body: "decision=sign", allowed: []),
        Route(method: .POST, path: "/accounts/{unitAccount}/signer", allowed: []),
        Route(method: .POST, path: "/accounts/sign-off", body: "required=1", allowed: []),
    ]

    /// Who may at least try each POST page whose `allowed` is empty above: refused for the rest.
    static let formWriters: [String: Set<String>] = [
        "/tasks/{draftTask}/edit": office, "/plans/{draft}/tasks": office, "/plans/{draft}/unit-mappings": office,
        "/plans/new": office.union(["otherSupervisor"]), "/tasks/{draftTask}/split": office, "/tasks/{draftTask}/merge": office,
        "/tasks/{draftTask}/move": office, "/plans/{draft}/sections": office, "/sections/{draftSection}/rename": office,
        "/sections/{draftSection}/delete": office, "/bulletins/{bulletin}/edit": office, "/plans/{plan}/assessment/weights": office,
        "/plans/{plan}/inspection/rules": office, "/plans/{plan}/rules": office, "/import": office.union(["otherSupervisor"]),
        "/import/columns": office.union(["otherSupervisor"]),
        "/directory/units": office.union(["otherSupervisor"]), "/directory/units/{leadUnit}": office, "/directory/units/{leadUnit}/aliases": office,
        "/directory/units/{leadUnit}/aliases/remove": office, "/directory/units/{collective}/members": office,
        "/directory/leaders": office.union(["otherSupervisor"]),
        "/directory/leaders/{leader}": office, "/accounts": office.union(["otherSupervisor"]), "/accounts/{viewerAccount}/active": office,
        "/accounts/{viewerAccount}/password": office, "/account/password": signedIn,
        "/calendar/days": ["admin"], "/calendar/days/remove": ["admin"],
        "/api/v1/me/password": signedIn, "/api/v1/imports": office.union(["otherSupervisor"]),
        "/plans/{plan}/sheets": sheetUsers, "/api/v1/plans/{plan}/sheets": sheetUsers,
        "/sheets/uploads/{sheetUpload}/confirm": ["unit"], "/api/v1/sheets/uploads/{sheetUpload}/confirm": ["unit"],
        "/accounts/{unitAccount}/signer": office, "/accounts/sign-off": office.union(["otherSupervisor"]),
    ]

    static func template(_ method: HTTPMethod, _ path: String) -> String {
        let bare = path.split(separator: "?").first.map(String.init) ?? path
        let parts = bare.split(separator: "/").map { $0.hasPrefix("{") ? ":id" : String($0) }
        return "\(method.rawValue) /" + parts.joined(separator: "/")
    }

    @Test func everyRegisteredRouteIsInTheMatrix() async throws {
        try await WebWorld.with { world in
            let registered = Set(world.app.routes.all.map { "\($0.method.rawValue) /\($0.path.map(\.description).joined(separator: "/"))" })
            let tabled = Set((PermissionRouteTests.routes + Self.identityRoutes + Self.pages + Self.levelRoutes).map { Self.template($0.method, $0.path) })
                .union(Self.open.keys)
            let missing = registered.subtracting(tabled).sorted()
            #expect(missing.isEmpty, "routes with no row in the route × role matrix: \(missing)")
            let stale = tabled.subtracting(registered).sorted()
            #expect(stale.isEmpty, "rows for routes that do not exist: \(stale)")
        }
    }

    /// Every role outside a route's allowed set is refused and nothing changes: 401 (or, for a
    /// page a browser asks for, the login page) without a session, 403 or 404 otherwise.
    @Test func everyOtherRoleIsRefusedEverywhere() async throws {
        try await WebWorld.with { world in
            let ids = try await Seed.make(world)
            var checked = 0
            for route in Self.identityRoutes + Self.pages + Self.levelRoutes {
                let mayTry = route.allowed.union(Self.formWriters[route.path] ?? [])
                for role in PermissionRouteTests.everyone where !mayTry.contains(role) {
                    let before = try await world.fingerprint()
                    let response = try await Seed.send(world, role, route, ids)
                    let status = response.status
                    let refused =
                        role == "anonymous"
                        ? status == .unauthorized
                            || (status == .seeOther || status == .found) && response.headers.first(name: .location)?.hasPrefix("/login") == true
                        : status == .forbidden || status == .notFound
                    #expect(refused, "\(role) \(route): \(status) \(response.body.string.prefix(200))")
                    #expect(try await world.fingerprint() == before, "\(role) \(route) changed something")
                    checked += 1
                }
            }
            #expect(checked > 300)
        }
    }

    /// The pages each allowed role opens answer 200.
    @Test func allowedRolesOpenTheirPages() async throws {
        try await WebWorld.with { world in
            let ids = try await Seed.make(world)
            for route in Self.pages + Self.identityRoutes + Self.levelRoutes where route.method == .GET {
                for role in route.allowed.sorted() {
                    let response = try await Seed.send(world, role, route, ids)
                    #expect(response.status == .ok, "\(role) \(route): \(response.status) \(response.body.string.prefix(200))")
                }
            }
        }
    }
}

/// Ids the tables name, made through the API as a user would, and one way to send any row.
enum Seed {
    struct Ids {
        var values: [String: Int]
    }

    static func make(_ world: WebWorld) async throws -> Ids {
        let pdf = Data("%PDF-1.4\n".utf8).base64EncodedString()
        let report = try await world.call(
            "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
            json: #"{"period":6,"narrative":"6月进展","evidence":[{"filename":"a.pdf","data":"\#(pdf)"}]}"#)
        let urging = try await world.call("supervisor", .POST, "/api/v1/tasks/\(world.taskID)/urgings", json: #"{"message":"请报送7月进展"}"#)
        let bulletin = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
        let token = try await world.call("viewer", .POST, "/api/v1/tokens", json: #"{"name":"脚本"}"#)
        let db = world.app.db
        func id(_ response: TestingHTTPResponse) -> Int { (world.json(response) as? [String: Any])?["id"] as? Int ?? 0 }
        let unitAccount = try await AccountRecord.query(on: db).filter(\.$username == "unit").first()?.requireID() ?? 0
        let sheetUpload = try await Self.sheetUpload(world, by: "unit")
        let change = try await world.call(
            "unit", .POST, "/api/v1/tasks/\(world.taskID)/change-requests",
            json: #"{"kind":"extension","reason":"资金未到位","deadline":"2023-03","evidence":[{"filename":"复函.pdf","data":"\#(pdf)"}]}"#)
        let reportDraft = try await Self.reportDraft(world)
        return Ids(values: [
            "report": id(report), "urging": id(urging), "bulletin": id(bulletin), "token": id(token),
            "evidence": try await EvidenceRecord.query(on: db).first()?.requireID() ?? 0,
            "notification": try await NotificationRecord.query(on: db).filter(\.$accountID == unitAccount).first()?.requireID() ?? 0,
            "viewerAccount": try await AccountRecord.query(on: db).filter(\.$username == "viewer").first()?.requireID() ?? 0,
            "leader": try await LeaderRecord.query(on: db).filter(\.$name == "孙益锋").first()?.requireID() ?? 0,
            "task": world.taskID, "plan": world.planID, "draft": world.draftPlanID, "draftTask": world.draftTaskID,
            "draftSection": world.draftSectionID, "proposedUnit": world.proposedUnitID, "leadUnit": world.leadUnitID,
            "gov": world.governmentID, "indicator": world.indicatorID, "qualTask": world.qualitativeTaskID,
            "collective": world.collectiveUnitID, "sheetUpload": sheetUpload, "changeRequest": id(change),
            "reportDraft": reportDraft, "unitAccount": unitAccount,
            "changeRequestFile": try await ChangeRequestFileRecord.query(on: db).first()?.requireID() ?? 0,
        ])
    }

    /// A report the unit's liaison wrote while 审签 was on, waiting for a unit leader's account
    /// made for it; 审签 is off again after, so the other rows see the world as before.
    static func reportDraft(_ world: WebWorld) async throws -> Int {
        let db = world.app.db
        let context = world.app.storeContext()
        let liaison = try #require(try await AccountRecord.query(on: db).filter(\.$username == "unit").first())
        let office = try #require(try await AccountRecord.query(on: db).filter(\.$username == "supervisor").first()).actor
        let leader = try await AccountAdmin.create(
            .init(username: "unit-leader", displayName: "单位领导", role: .unit, governmentID: world.governmentID, unitID: liaison.unitID, signer: true),
            password: "Leader-pass-2099", by: office, hash: { _ in "not-a-login" }, in: context)
        #expect(leader.signer == true)
        try await SignOffs.setRequired(true, governmentID: world.governmentID, actor: office, in: context)
        let filed = try await Reports.file(.init(taskID: world.taskID, periodNumber: 6, narrative: "待审签的6月进展"), actor: liaison.actor, in: context)
        try await SignOffs.setRequired(false, governmentID: world.governmentID, actor: office, in: context)
        guard case .heldForSignOff(let draft) = filed else { throw StoreError.conflict("not held") }
        return try draft.requireID()
    }

    /// A progress sheet the unit downloaded, filled in one row and uploaded: waiting for its confirmation.
    static func sheetUpload(_ world: WebWorld, by username: String) async throws -> Int {
        let account = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$username == username).first())
        let context = world.app.storeContext()
        var sheet = try await ProgressSheets.sheet(planID: world.planID, periodNumber: 6, unitID: nil, actor: account.actor, in: context)
        sheet.rows[0].filled.narrative = "离线填报的6月进展"
        let preview = try await SheetImports.upload(try ProgressSheetXlsx.write(sheet), fileName: "sheet.xlsx", actor: account.actor, in: context)
        return try #require(preview.uploadID)
    }

    static func fill(_ text: String, _ ids: Ids) -> String {
        ids.values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: String($1.value)) }
    }

    /// API rows as JSON with the session's CSRF header; page rows as a browser sends them.
    static func send(_ world: WebWorld, _ role: String, _ route: PermissionRouteTests.Route, _ ids: Ids) async throws -> TestingHTTPResponse {
        let path = fill(route.path, ids)
        let who = role == "anonymous" ? nil : role
        if path.hasPrefix("/api/") { return try await world.call(who, route.method, path, json: route.body.map { fill($0, ids) }) }
        var headers: HTTPHeaders = ["Accept": "text/html"]
        var body: ByteBuffer?
        if let who, let session = world.sessions[who] { headers.add(name: .cookie, value: "duban_session=\(session.cookie)") }
        if route.method == .POST {
            headers.add(name: .contentType, value: "application/x-www-form-urlencoded")
            let csrf = who.flatMap { world.sessions[$0]?.csrf } ?? ""
            let fields = [route.body.map { fill($0, ids) }, "_csrf=\(csrf)"].compactMap { $0 }.joined(separator: "&")
            body = ByteBuffer(string: fields)
        }
        return try await world.app.testing().sendRequest(route.method, path, headers: headers, body: body)
    }
}
