import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// 账户管理 in the browser: the office adds a liaison for one of its units, switches an account
/// off (it can no longer sign in), and nobody else may.
@Suite struct AccountPagesTests {
    func post(_ world: WebWorld, _ role: String, _ path: String, _ form: [(String, String)]) async throws -> TestingHTTPResponse {
        let session = world.sessions[role]!
        let body = ([("_csrf", session.csrf)] + form)
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "duban_session=\(session.cookie)"]
        headers.add(name: .accept, value: "text/html")
        return try await world.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func theOfficeAddsAndSwitchesOffAccounts() async throws {
        try await WebWorld.with { world in
            let page = try await world.call("supervisor", .GET, "/accounts")
            #expect(page.status == .ok && page.body.string.contains("account-form"))
            #expect(try await world.call("unit", .GET, "/accounts").status == .forbidden)

            var r = try await post(
                world, "supervisor", "/accounts",
                [
                    ("username", "fgj-li"), ("displayName", "发改局李"),
                    ("password", "Fagaiju-2022x"), ("role", "unit"), ("unitID", String(world.leadUnitID)), ("leaderID", ""),
                ])
            #expect(r.status == .seeOther, "\(r.body.string)")
            let made = try await AccountRecord.query(on: world.app.db).filter(\.$username == "fgj-li").first()
            #expect(made?.unitID == world.leadUnitID && made?.governmentID == world.governmentID && made?.role == "unit")

            // A liaison without a unit, and a weak password, are refused with a reason.
            r = try await post(
                world, "supervisor", "/accounts",
                [
                    ("username", "nobody"), ("displayName", "无"),
                    ("password", "Fagaiju-2022x"), ("role", "unit"), ("unitID", ""), ("leaderID", ""),
                ])
            #expect(r.status == .unprocessableEntity && r.body.string.contains("所属单位"))
            r = try await post(
                world, "supervisor", "/accounts",
                [
                    ("username", "weak"), ("displayName", "弱"),
                    ("password", "short"), ("role", "viewer"),
                ])
            #expect(r.status == .unprocessableEntity)

            r = try await post(world, "supervisor", "/accounts/\(made?.id ?? 0)/active", [])
            #expect(r.status == .seeOther)
            #expect(try await AccountRecord.find(made?.id, on: world.app.db)?.active == false)
            let login = try await world.app.testing().sendRequest(
                .POST, "/api/v1/session", headers: ["Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"username":"fgj-li","password":"Fagaiju-2022x"}"#))
            #expect(login.status == .unauthorized, "a switched-off account cannot sign in, and answers like a wrong password")
            let audit = try await AuditRecord.query(on: world.app.db).filter(\.$action ~~ ["account.create", "account.disable"]).count()
            #expect(audit >= 2)
        }
    }
}
