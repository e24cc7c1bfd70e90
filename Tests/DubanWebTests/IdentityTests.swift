import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Issue 12, identity: an office never holds a password it can use (M1), logins resist guessing
/// (M3), a login cannot redirect off the site (M4), cookies and tokens (M5), usernames fold.
@Suite struct IdentityTests {
    static let initial = "Chushi-mima-2022"
    static let own = "Benren-mima-2022"

    /// Logs in through the API; answers the response and, on success, the session.
    static func signIn(_ world: WebWorld, _ username: String, _ password: String) async throws -> (TestingHTTPResponse, WebWorld.Session?) {
        let body = try JSONSerialization.data(withJSONObject: ["username": username, "password": password])
        let response = try await world.app.testing().sendRequest(
            .POST, "/api/v1/session", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(data: body))
        guard response.status == .ok else { return (response, nil) }
        let cookie = response.headers.setCookie?[ActorMiddlewareCookie.name]?.string ?? ""
        let me = world.json(response) as? [String: Any]
        return (response, WebWorld.Session(cookie: cookie, csrf: me?["csrfToken"] as? String ?? ""))
    }

    /// The office makes a liaison for the lead unit with a password it chose.
    static func officeMakesLiaison(_ world: WebWorld, _ username: String) async throws -> Int {
        let body =
            #"{"username":"\#(username)","displayName":"发改局二号","password":"\#(initial)","role":"unit","governmentID":\#(world.governmentID),"unitID":\#(world.leadUnitID)}"#
        let made = try await world.call("supervisor", .POST, "/api/v1/accounts", json: body)
        #expect(made.status == .created, "\(made.body.string)")
        return (world.json(made) as? [String: Any])?["id"] as? Int ?? 0
    }

    // MARK: M1

    @Test func anAccountTheOfficeCreatedMustChooseItsOwnPassword() async throws {
        try await WebWorld.with { world in
            _ = try await Self.officeMakesLiaison(world, "fgj-2")
            let (login, session) = try await Self.signIn(world, "fgj-2", Self.initial)
            #expect(login.status == .ok)
            #expect((world.json(login) as? [String: Any])?["mustChangePassword"] as? Bool == true)
            var w = world
            w.sessions["fgj-2"] = try #require(session)
            // Nothing but changing the password: the API refuses with a reason, pages lead to the form.
            let tasks = try await w.call("fgj-2", .GET, "/api/v1/my/tasks")
            #expect(tasks.status == .forbidden)
            #expect(tasks.body.string.contains("修改初始密码"))
            let report = try await w.call("fgj-2", .POST, "/api/v1/tasks/\(world.taskID)/reports", json: #"{"period":7,"narrative":"代报"}"#)
            #expect(report.status == .forbidden)
            let home = try await w.app.testing().sendRequest(.GET, "/", headers: ["Accept": "text/html", "Cookie": "duban_session=\(session?.cookie ?? "")"])
            #expect(home.status == .seeOther && home.headers.first(name: .location) == "/account/password")
            #expect(try await w.page("fgj-2", "/account/password").contains("password-form"))
            // The change: the current password, a new one twice.
            var r = try await w.call("fgj-2", .PUT, "/api/v1/me/password", json: #"{"old":"wrong-password-1","new":"\#(Self.own)","repeat":"\#(Self.own)"}"#)
            #expect(r.status == .unprocessableEntity)
            let counted = try await AccountRecord.query(on: world.app.db).filter(\.$username == "fgj-2").first()?.failedLogins
            #expect(counted == 1, "a wrong current password counts as a failed login")
            r = try await w.call("fgj-2", .PUT, "/api/v1/me/password", json: #"{"old":"\#(Self.initial)","new":"\#(Self.own)","repeat":"Other-mima-2022"}"#)
            #expect(r.status == .unprocessableEntity)
            r = try await w.call("fgj-2", .PUT, "/api/v1/me/password", json: #"{"old":"\#(Self.initial)","new":"\#(Self.own)","repeat":"\#(Self.own)"}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            #expect(try await w.call("fgj-2", .GET, "/api/v1/my/tasks").status == .ok)
            // The office's password no longer works; the owner's does, without a forced change.
            #expect(try await Self.signIn(world, "fgj-2", Self.initial).0.status == .unauthorized)
            let again = try await Self.signIn(world, "fgj-2", Self.own).0
            #expect((world.json(again) as? [String: Any])?["mustChangePassword"] as? Bool == false)
            #expect(try await AuditRecord.query(on: world.app.db).filter(\.$action == "account.password.change").count() == 1)
            // Accounts the system made (the harness, the demo, the CLI) sign in directly.
            #expect(try await world.call("unit", .GET, "/api/v1/my/tasks").status == .ok)
        }
    }

    @Test func theOfficeCanResetAPasswordButNotSetOne() async throws {
        try await WebWorld.with { world in
            let id = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$username == "unit").first()?.requireID())
            let reset = try await world.call("supervisor", .POST, "/api/v1/accounts/\(id)/password-reset")
            #expect(reset.status == .ok, "\(reset.body.string)")
            let oneTime = try #require((world.json(reset) as? [String: Any])?["oneTimePassword"] as? String)
            // The holder's open session ends, the old password stops working, the new one is one-time.
            #expect(try await world.call("unit", .GET, "/api/v1/me").status == .unauthorized)
            #expect(try await Self.signIn(world, "unit", WebWorld.password).0.status == .unauthorized)
            let (login, _) = try await Self.signIn(world, "unit", oneTime)
            #expect((world.json(login) as? [String: Any])?["mustChangePassword"] as? Bool == true)
            // Another government's office, and the unit itself, may not reset it.
            #expect(try await world.call("otherSupervisor", .POST, "/api/v1/accounts/\(id)/password-reset").status == .forbidden)
            let supervisorID = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$username == "supervisor").first()?.requireID())
            #expect(try await world.call("otherUnit", .POST, "/api/v1/accounts/\(supervisorID)/password-reset").status == .forbidden)
            #expect(try await AuditRecord.query(on: world.app.db).filter(\.$action == "account.password.reset").count() == 1)
            // Switching off through the API goes through the same use case, audited.
            #expect(try await world.call("supervisor", .PUT, "/api/v1/accounts/\(id)/active", json: #"{"active":false}"#).status == .ok)
            #expect(try await AccountRecord.find(id, on: world.app.db)?.active == false)
            #expect(try await AuditRecord.query(on: world.app.db).filter(\.$action == "account.disable").count() == 1)
        }
    }

    /// The attack M1 describes: the office makes a second liaison account, reports as the unit,
    /// then accepts its own report. The review is refused and the queue flags the report.
    @Test func theOfficeCannotReviewAReportFromAnAccountItIssued() async throws {
        try await WebWorld.with { world in
            _ = try await Self.officeMakesLiaison(world, "fgj-2")
            var w = world
            w.sessions["fgj-2"] = try #require(try await Self.signIn(world, "fgj-2", Self.initial).1)
            #expect(
                try await w.call(
                    "fgj-2", .PUT, "/api/v1/me/password",
                    json: #"{"old":"\#(Self.initial)","new":"\#(Self.own)","repeat":"\#(Self.own)"}"#
                ).status == .ok)
            let submitted = try await w.call(
                "fgj-2", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                json: #"{"period":7,"narrative":"1-7月地区生产总值增长3.1%","values":{"\#(world.indicatorID)":3.1}}"#)
            #expect(submitted.status == .created, "\(submitted.body.string)")
            let reportID = try #require((world.json(submitted) as? [String: Any])?["id"] as? Int)

            let queue = try await w.call("supervisor", .GET, "/api/v1/reviews")
            #expect(queue.status == .ok, "\(queue.body.string)")
            let item = (world.json(queue) as? [[String: Any]])?.first { $0["reportID"] as? Int == reportID }
            #expect(item?["authorAccountIssuedByYou"] as? Bool == true)
            #expect(try await w.page("supervisor", "/").contains("issued-by-you"))

            let review = try await w.call("supervisor", .POST, "/api/v1/reports/\(reportID)/review", json: #"{"accept":true}"#)
            #expect(review.status == .forbidden)
            #expect(review.body.string.contains("其他人员审核"))
            #expect(try await ReportRecord.find(reportID, on: world.app.db)?.status == "submitted")
            // The city administrator, who holds every key anyway, may clear it.
            #expect(try await w.call("admin", .POST, "/api/v1/reports/\(reportID)/review", json: #"{"accept":true}"#).status == .ok)
        }
    }

    // MARK: M3

    @Test func parallelWrongPasswordsStillLockTheAccount() async throws {
        try await WebWorld.with { world in
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for i in 0..<20 {
                    group.addTask { try await Self.signIn(world, "viewer", "wrong-password-\(i)").0.status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .unauthorized })
            let account = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$username == "viewer").first())
            #expect(account.lockedUntil.map { $0 > WebWorld.clockDate } == true, "20 parallel failures must lock the account")
            #expect(try await Self.signIn(world, "viewer", WebWorld.password).0.status == .unauthorized)
            #expect(try await AuditRecord.query(on: world.app.db).filter(\.$action == "login.failed").count() >= 5)
        }
    }

    /// Locked, switched off, unknown or wrong: the same status and the same sentence. The owner
    /// learns of the lock from a notification.
    @Test func lockedAndInactiveAccountsAnswerLikeAWrongPassword() async throws {
        try await WebWorld.with { world in
            let wrong = try await Self.signIn(world, "viewer", "wrong-password-0").0
            let unknown = try await Self.signIn(world, "no-such-user", "wrong-password-0").0
            for i in 1..<5 { _ = try await Self.signIn(world, "viewer", "wrong-password-\(i)") }
            let locked = try await Self.signIn(world, "viewer", WebWorld.password).0
            let leader = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$username == "leader").first())
            leader.active = false
            try await leader.save(on: world.app.db)
            let inactive = try await Self.signIn(world, "leader", WebWorld.password).0
            for response in [unknown, locked, inactive] {
                #expect(response.status == wrong.status && response.status == .unauthorized)
                #expect((world.json(response) as? NSDictionary) == (world.json(wrong) as? NSDictionary))
            }
            let viewerID = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$username == "viewer").first()?.requireID())
            #expect(
                try await NotificationRecord.query(on: world.app.db).filter(\.$accountID == viewerID)
                    .filter(\.$kind == "account.locked").count() == 1)
        }
    }

    @Test func loginsFromOneAddressAreThrottled() async throws {
        try await Self.withApp({
            $0.loginBurst = 3
            $0.loginsPerMinute = 1
        }) { app in
            func attempt(_ forwarded: String) async throws -> TestingHTTPResponse {
                try await app.testing().sendRequest(
                    .POST, "/api/v1/session",
                    headers: [
                        "Content-Type": "application/json", "X-Forwarded-For": forwarded,
                    ], body: ByteBuffer(string: #"{"username":"who","password":"wrong-password-1"}"#))
            }
            for i in 0..<3 { #expect(try await attempt("10.0.0.\(i)").status == .unauthorized) }
            // A forwarded address from a proxy nobody said to trust buys no new attempts.
            let refused = try await attempt("10.0.0.9")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("过于频繁"))
        }
    }

    @Test func bcryptRunsAFewAtATimeAndRefusesBeyondTheQueue() async throws {
        let limiter = HashLimiter(permits: 2, maxWaiting: 3)
        let counter = Counter()
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    do {
                        try await limiter.run {
                            await counter.enter()
                            try await Task.sleep(nanoseconds: 50_000_000)
                            await counter.leave()
                        }
                        return true
                    } catch { return false }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(await counter.peak == 2)
        #expect(outcomes.filter { $0 }.count == 5)
    }

    // MARK: M4

    @Test func loginRedirectsOnlyWithinTheSite() async throws {
        try await WebWorld.with { world in
            func next(_ target: String) async throws -> String? {
                var allowed = CharacterSet.alphanumerics
                allowed.insert(charactersIn: "-._~")
                let form = ["username": "viewer", "password": WebWorld.password, "next": target]
                    .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
                let r = try await world.app.testing().sendRequest(
                    .POST, "/login", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: form))
                #expect(r.status == .seeOther)
                return r.headers.first(name: .location)
            }
            for evil in ["/\\evil.com", "//evil.com", "/%5Cevil.com", "https://evil.com", "/\t/evil.com", "\\\\evil.com", "/%2F%2Fevil.com", "evil.com"] {
                #expect(try await next(evil) == "/", "\(evil)")
            }
            #expect(try await next("/tasks/\(world.taskID)?tab=reports") == "/tasks/\(world.taskID)?tab=reports")
            let page = try await world.app.testing().sendRequest(.GET, "/login?next=%2F%5Cevil.com")
            #expect(!page.body.string.contains("evil.com"))
        }
    }

    // MARK: M5

    @Test func cookiesAreSecureAndHSTSIsSentOverHTTPS() async throws {
        try await Self.withApp({ $0.publicURL = "https://duban.example.gov.cn" }) { app in
            let login = try await app.testing().sendRequest(
                .POST, "/api/v1/session", headers: ["Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"username":"who","password":"\#(WebWorld.password)"}"#))
            #expect(login.status == .ok)
            #expect(login.headers.setCookie?["duban_session"]?.isSecure == true)
            #expect(login.headers.first(name: "Strict-Transport-Security")?.contains("max-age=") == true)
        }
        // Plain http, and an X-Forwarded-Proto from a proxy nobody trusts: neither.
        try await Self.withApp({ _ in }) { app in
            let login = try await app.testing().sendRequest(
                .POST, "/api/v1/session", headers: ["Content-Type": "application/json", "X-Forwarded-Proto": "https"],
                body: ByteBuffer(string: #"{"username":"who","password":"\#(WebWorld.password)"}"#))
            #expect(login.status == .ok)
            #expect(login.headers.setCookie?["duban_session"]?.isSecure == false)
            #expect(login.headers.first(name: "Strict-Transport-Security") == nil)
        }
        // Behind a trusted proxy on loopback that says https.
        let port = Int.random(in: 20_000..<40_000)
        try await Self.withApp({
            $0.trustedProxies = ["loopback"]
            $0.port = port
        }) { app in
            let login = try await app.testing(method: .running(hostname: "127.0.0.1", port: port)).sendRequest(
                .POST, "/api/v1/session", headers: ["Content-Type": "application/json", "X-Forwarded-Proto": "https"],
                body: ByteBuffer(string: #"{"username":"who","password":"\#(WebWorld.password)"}"#))
            #expect(login.status == .ok)
            #expect(login.headers.setCookie?["duban_session"]?.isSecure == true)
        }
    }

    @Test func apiTokensAreNamedExpiringListedAndRevocable() async throws {
        try await WebWorld.with { world in
            #expect(try await world.call("unit", .POST, "/api/v1/tokens", json: #"{"name":"  "}"#).status == .unprocessableEntity)
            #expect(try await world.call("unit", .POST, "/api/v1/tokens", json: #"{"name":"脚本","days":400}"#).status == .unprocessableEntity)
            let made = try await world.call("unit", .POST, "/api/v1/tokens", json: #"{"name":"报送脚本"}"#)
            #expect(made.status == .ok)
            let body = try #require(world.json(made) as? [String: Any])
            let token = try #require(body["token"] as? String)
            let id = try #require(body["id"] as? Int)
            let expires = try #require((body["expiresAt"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) })
            #expect(abs(expires.timeIntervalSince(WebWorld.clockDate) - 90 * 86_400) < 60)
            // The secret is neither stored nor written to the audit trail.
            let stored = try #require(try await APITokenRecord.find(id, on: world.app.db))
            #expect(stored.tokenHash != token && stored.tokenHash.count == 64)
            #expect(try await AuditRecord.query(on: world.app.db).all().allSatisfy { !$0.after.contains(token) && !$0.before.contains(token) })

            let list = try await world.call("unit", .GET, "/api/v1/tokens")
            let rows = try #require(world.json(list) as? [[String: Any]])
            #expect(rows.count == 1 && rows[0]["name"] as? String == "报送脚本" && rows[0]["token"] == nil && rows[0]["tokenHash"] == nil)
            #expect((world.json(try await world.call("otherUnit", .GET, "/api/v1/tokens")) as? [[String: Any]])?.isEmpty == true)

            func bearer(_ path: String) async throws -> HTTPStatus {
                try await world.app.testing().sendRequest(.GET, path, headers: ["Authorization": "Bearer \(token)", "Accept": "application/json"]).status
            }
            #expect(try await bearer("/api/v1/my/tasks") == .ok)
            // Only its owner (or the administrator) revokes it.
            #expect(try await world.call("otherUnit", .DELETE, "/api/v1/tokens/\(id)").status == .notFound)
            #expect(try await world.call("supervisor", .DELETE, "/api/v1/tokens/\(id)").status == .notFound)
            #expect(try await world.call("unit", .DELETE, "/api/v1/tokens/\(id)").status == .ok)
            #expect(try await bearer("/api/v1/my/tasks") == .unauthorized)
            #expect(try await AuditRecord.query(on: world.app.db).filter(\.$action ~~ ["token.create", "token.revoke"]).count() == 2)
            // An expired token stops working.
            let second = try await world.call("unit", .POST, "/api/v1/tokens", json: #"{"name":"短期","days":1}"#)
            let secret = try #require((world.json(second) as? [String: Any])?["token"] as? String)
            let record = try #require(try await APITokenRecord.query(on: world.app.db).filter(\.$name == "短期").first())
            record.expiresAt = WebWorld.clockDate.addingTimeInterval(-1)
            try await record.save(on: world.app.db)
            let expired = try await world.app.testing().sendRequest(
                .GET, "/api/v1/my/tasks", headers: ["Authorization": "Bearer \(secret)", "Accept": "application/json"])
            #expect(expired.status == .unauthorized)
        }
    }

    // MARK: Usernames

    @Test func usernamesAreTrimmedAndCompareWithoutCase() async throws {
        try await WebWorld.with { world in
            let body = #"{"username":"  FGJ-Wang ","displayName":"王","password":"Abcdefgh1234","role":"viewer","governmentID":\#(world.governmentID)}"#
            #expect(try await world.call("supervisor", .POST, "/api/v1/accounts", json: body).status == .created)
            let made = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$displayName == "王").first())
            #expect(made.username == "FGJ-Wang")
            for clash in ["fgj-wang", "ＦＧＪ-wang"] {
                let again = #"{"username":"\#(clash)","displayName":"王二","password":"Abcdefgh1234","role":"viewer","governmentID":\#(world.governmentID)}"#
                #expect(try await world.call("supervisor", .POST, "/api/v1/accounts", json: again).status == .conflict, "\(clash)")
            }
            #expect(try await Self.signIn(world, " fgj-WANG ", "Abcdefgh1234").0.status == .ok)
            #expect(try await Self.signIn(world, "VIEWER", WebWorld.password).0.status == .ok)
        }
    }

    /// An installation upgrading: accounts and tokens made before the migration keep working,
    /// their usernames folded as new ones are, old tokens given an expiry.
    @Test func theMigrationKeepsExistingAccountsWorking() async throws {
        try await WebWorld.with { world in
            let migration = try #require(DubanMigrations.all.first { String(describing: type(of: $0)) == "AddAccountSecurity" })
            let db = world.app.db
            try await migration.revert(on: db).get()
            let sql = try #require(db as? any SQLDatabase)
            let hash = try await world.app.password.async.hash("Old-clerk-2020")
            try await sql.insert(into: "accounts")
                .columns("username", "display_name", "password_hash", "role", "government_id", "failed_logins", "active")
                .values(SQLBind("Old-Clerk"), SQLBind("老账户"), SQLBind(hash), SQLBind("viewer"), SQLBind(world.governmentID), SQLBind(0), SQLBind(true))
                .run()
            let old = try await sql.select().column("id").from("accounts").where("username", .equal, "Old-Clerk").first(decodingColumn: "id", as: Int.self)
            try await sql.insert(into: "api_tokens").columns("token_hash", "account_id", "name")
                .values(SQLBind(String(repeating: "a", count: 64)), SQLBind(try #require(old)), SQLBind("旧令牌")).run()
            try await migration.prepare(on: db).get()

            let account = try #require(try await AccountRecord.query(on: db).filter(\.$username == "Old-Clerk").first())
            #expect(account.usernameKey == "old-clerk" && account.mustChangePassword != true)
            #expect(try await APITokenRecord.query(on: db).filter(\.$name == "旧令牌").first()?.expiresAt != nil)
            #expect(try await Self.signIn(world, "old-clerk", "Old-clerk-2020").0.status == .ok)
            // Every account the harness made before the round trip still signs in too.
            #expect(try await Self.signIn(world, "Supervisor", WebWorld.password).0.status == .ok)
        }
    }

    // MARK: Support

    /// An application with one system-made account `who` and the settings changed as asked.
    static func withApp(_ adjust: (inout AppConfig) -> Void, _ body: (Application) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        do {
            var config = AppConfig()
            config.backend = StoreBackends.current
            config.bcryptCost = 4
            config.sweepSeconds = 0
            adjust(&config)
            try await configure(app, config, clock: FixedClock(WebWorld.clockDate))
            try await Accounts.create(
                Accounts.NewAccount(username: "who", displayName: "who", password: WebWorld.password, role: .viewer),
                by: nil, app: app)
            try await body(app)
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

/// How many ran at once, at most.
actor Counter {
    private var now = 0
    private(set) var peak = 0

    func enter() {
        now += 1
        peak = max(peak, now)
    }
    func leave() { now -= 1 }
}
