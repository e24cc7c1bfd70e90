import DubanCore
import DubanStore
import DubanTestSupport
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// An application on a fresh database with the 钟楼 plan published and one account per role,
/// shut down whatever the test does.
struct WebWorld {
    var app: Application
    var planID: Int
    var draftPlanID: Int
    /// The draft's first task, on which a proposed unit (区发展改革局, not yet in the directory) leads.
    var draftTaskID: Int
    /// The section (group) the draft's first task sits in.
    var draftSectionID: Int
    var proposedUnitID: Int
    var governmentID: Int
    var otherGovernmentID: Int
    /// (5) 地区生产总值增长6.5%左右: leader 孙益锋, lead 发改局, coop 各街道.
    var taskID: Int
    var indicatorID: Int
    var leadUnitID: Int
    /// A qualitative task of the published plan, for the office's rating.
    var qualitativeTaskID: Int = 0
    /// 各街道, the collective name (5) cooperates through.
    var collectiveUnitID: Int = 0
    var sessions: [String: Session]

    struct Session {
        var cookie: String
        var csrf: String
    }

    static let password = "Test-password-2022"
    static let roles = ["admin", "supervisor", "leader", "unit", "otherUnit", "viewer", "otherSupervisor"]
    static let clockDate = PlanCalendar.date(2022, 8, 10, hour: 10)

    static func with<T>(config edit: (inout AppConfig) -> Void = { _ in }, _ body: (WebWorld) async throws -> T) async throws -> T {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error  // migrations log every step at info: noise in CI's output
        do {
            var config = AppConfig()
            config.backend = StoreBackends.current
            config.bcryptCost = 4
            config.sweepSeconds = 0
            edit(&config)
            try await configure(app, config, clock: FixedClock(clockDate))
            let world = try await build(app)
            let result = try await body(world)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func build(_ app: Application) async throws -> WebWorld {
        let ctx = app.storeContext()
        let government = GovernmentRecord(name: "常州市钟楼区人民政府")
        try await government.create(on: app.db)
        let other = GovernmentRecord(name: "常州市天宁区人民政府")
        try await other.create(on: app.db)
        let governmentID = try government.requireID()
        func make(_ username: String, _ role: Role, gov: Int?, unit: Int? = nil, leader: Int? = nil) async throws -> AccountEntry {
            try await Accounts.create(
                Accounts.NewAccount(
                    username: username, displayName: username, password: password, role: role,
                    governmentID: gov, unitID: unit, leaderID: leader), by: nil, app: app)
        }
        let supervisor = try await make("supervisor", .supervisor, gov: governmentID)
        let samples = RepositoryRoot.url
            .appendingPathComponent("Samples/zhonglou-2022.txt").path
        let plan = try PlanImporter().importPlan(path: samples)
        let early = ctx.withClock(FixedClock(PlanCalendar.date(2022, 2, 10)))
        let published = try await PlanDrafts.create(
            plan, source: nil, sourceName: "zhonglou-2022.txt", governmentID: governmentID,
            actor: supervisor.actor, in: early)
        try await Confirmations.confirm(planID: published.planID, taskIDs: nil, reason: "测试：已与原件核对", actor: supervisor.actor, in: early)
        try await Publishing.publish(planID: published.planID, actor: supervisor.actor, in: early)
        let draft = try await PlanDrafts.create(
            plan, source: nil, sourceName: "draft.txt", governmentID: governmentID,
            actor: supervisor.actor, in: early)
        let task = try await TaskRecord.query(on: app.db).filter(\.$planID == published.planID).filter(\.$label == "(5)").first()!
        let taskID = try task.requireID()
        let indicator = try await IndicatorRecord.query(on: app.db).filter(\.$taskID == taskID).first()!
        let lead = try await TaskUnitRecord.query(on: app.db).filter(\.$taskID == taskID).filter(\.$role == "lead").first()!.unitID
        let otherUnit = try await UnitRecord.query(on: app.db).filter(\.$name == "教育局").first()!.requireID()
        let leader = try await LeaderRecord.query(on: app.db).filter(\.$name == "孙益锋").first()!.requireID()
        _ = try await make("admin", .admin, gov: nil)
        _ = try await make("leader", .leader, gov: governmentID, leader: leader)
        _ = try await make("unit", .unit, gov: governmentID, unit: lead)
        _ = try await make("otherUnit", .unit, gov: governmentID, unit: otherUnit)
        _ = try await make("viewer", .viewer, gov: governmentID)
        _ = try await make("otherSupervisor", .supervisor, gov: try other.requireID())
        let draftTask = try await TaskRecord.query(on: app.db).filter(\.$planID == draft.planID).sort(\.$position).first()!
        let proposed = UnitRecord(governmentID: governmentID, name: "区发展改革局", kind: "department")
        proposed.confirmed = false
        try await proposed.create(on: app.db)
        try await TaskUnitRecord(taskID: try draftTask.requireID(), unitID: try proposed.requireID(), role: "coop", position: 9).create(on: app.db)
        var world = WebWorld(
            app: app, planID: published.planID, draftPlanID: draft.planID,
            draftTaskID: try draftTask.requireID(), draftSectionID: draftTask.groupID ?? 0, proposedUnitID: try proposed.requireID(),
            governmentID: governmentID,
            otherGovernmentID: try other.requireID(), taskID: taskID, indicatorID: try indicator.requireID(),
            leadUnitID: lead, sessions: [:])
        world.qualitativeTaskID =
            try await TaskRecord.query(on: app.db).filter(\.$planID == published.planID)
            .filter(\.$kind == "qualitative").sort(\.$position).first()?.requireID() ?? 0
        world.collectiveUnitID =
            try await UnitRecord.query(on: app.db).filter(\.$governmentID == governmentID)
            .filter(\.$name == "各街道").first()?.requireID() ?? 0
        for role in roles { world.sessions[role] = try await world.login(role) }
        return world
    }

    func login(_ username: String) async throws -> Session {
        let response = try await app.testing().sendRequest(
            .POST, "/api/v1/session", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(Self.password)"}"#))
        #expect(response.status == .ok, "login \(username): \(response.body.string)")
        let cookie = response.headers.setCookie?[ActorMiddlewareCookie.name]?.string ?? ""
        let me = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        return Session(cookie: cookie, csrf: me?["csrfToken"] as? String ?? "")
    }

    /// A JSON request as `role` (nil: not logged in), with the session's CSRF token.
    @discardableResult
    func call(_ role: String?, _ method: HTTPMethod, _ path: String, json: String? = nil, csrf: Bool = true) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Accept": "application/json"]
        if let json {
            headers.add(name: .contentType, value: "application/json")
            _ = json
        }
        if let role, let session = sessions[role] {
            headers.add(name: .cookie, value: "\(ActorMiddlewareCookie.name)=\(session.cookie)")
            if csrf { headers.add(name: "X-CSRF-Token", value: session.csrf) }
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    func json(_ response: TestingHTTPResponse) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    }

    /// Row counts of every table a write could touch: "nothing changed" is this being equal.
    func fingerprint() async throws -> [String: Int] {
        let db = app.db
        return [
            "audit": try await AuditRecord.query(on: db).count(),
            "reports": try await ReportRecord.query(on: db).count(),
            "acks": try await AcknowledgementRecord.query(on: db).count(),
            "items": try await WorkItemRecord.query(on: db).count(),
            "urgings": try await UrgingRecord.query(on: db).count(),
            "answered": try await UrgingRecord.query(on: db).filter(\.$answeredAt != nil).count(),
            "escalated": try await UrgingRecord.query(on: db).filter(\.$escalatedAt != nil).count(),
            "instructions": try await InstructionRecord.query(on: db).count(),
            "closed": try await TaskRecord.query(on: db).filter(\.$status == "closed").count(),
            "versions": try await TaskVersionRecord.query(on: db).count(),
            "plans": try await PlanRecord.query(on: db).count(),
            "published": try await PlanRecord.query(on: db).filter(\.$status == "published").count(),
            "accounts": try await AccountRecord.query(on: db).count(),
            "reviewed": try await ReportRecord.query(on: db).filter(\.$reviewedAt != nil).count(),
            "webhooks": try await GovernmentRecord.query(on: db).filter(\.$webhookURL != nil).count(),
            "tasks": try await TaskRecord.query(on: db).count(),
            "taskUnits": try await TaskUnitRecord.query(on: db).filter(\.$unitID == proposedUnitID).count(),
            "aliases": try await UnitAliasRecord.query(on: db).count(),
            "unitMembers": try await UnitMemberRecord.query(on: db).count(),
            "bulletins": try await BulletinRecord.query(on: db).count(),
            "bulletinsPublished": try await BulletinRecord.query(on: db).filter(\.$status == "published").count(),
            "units": try await UnitRecord.query(on: db).count(),
            "leaders": try await LeaderRecord.query(on: db).count(),
            "groups": try await GroupRecord.query(on: db).count(),
        ]
    }
}

enum ActorMiddlewareCookie { static let name = "duban_session" }

/// The database the web tests run on: SQLite in memory, or PostgreSQL when asked.
enum StoreBackends {
    static var current: DatabaseBackend {
        if let url = ProcessInfo.processInfo.environment["DUBAN_WEB_TEST_POSTGRES_URL"], !url.isEmpty { return .postgres(url) }
        return .sqliteMemory
    }
}

extension AccountRecord {
    func actor() -> Actor {
        Actor(accountID: id ?? 0, role: Role(rawValue: role) ?? .viewer, governmentID: governmentID, unitID: unitID, leaderID: leaderID)
    }
}

extension WebWorld {
    /// An HTML page as `role` sees it, expected to answer `status`.
    func page(
        _ role: String?, _ path: String, status: HTTPResponseStatus = .ok,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        var headers: HTTPHeaders = ["Accept": "text/html"]
        if let role, let session = sessions[role] { headers.add(name: .cookie, value: "\(ActorMiddlewareCookie.name)=\(session.cookie)") }
        let response = try await app.testing().sendRequest(.GET, path, headers: headers)
        #expect(response.status == status, "\(role ?? "anonymous") GET \(path): \(response.status)", sourceLocation: sourceLocation)
        return response.body.string
    }

    /// A page form posted as `role` with its CSRF token; answers the response (a redirect on success).
    func submit(_ role: String, _ path: String, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        let session = sessions[role]!
        headers.add(name: .cookie, value: "\(ActorMiddlewareCookie.name)=\(session.cookie)")
        var form = fields
        form["_csrf"] = session.csrf
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }
}

extension Application {
    /// The server's database, for a test to set up or check rows directly.
    var db: any Database { storeContext().db }
}
