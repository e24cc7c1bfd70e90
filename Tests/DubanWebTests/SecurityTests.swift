import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// Login lockout, sessions, CSRF, cookies and headers.
@Suite struct SecurityTests {
    @Test func lockoutAfterRepeatedFailures() async throws {
        try await WebWorld.with { world in
            for _ in 0..<5 {
                let r = try await world.app.testing().sendRequest(
                    .POST, "/api/v1/session", headers: ["Content-Type": "application/json"],
                    body: ByteBuffer(string: #"{"username":"viewer","password":"wrong-password-1"}"#))
                #expect(r.status == .unauthorized)
            }
            let locked = try await world.app.testing().sendRequest(
                .POST, "/api/v1/session", headers: ["Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"username":"viewer","password":"\#(WebWorld.password)"}"#))
            // Issue 12 M3(d): a locked account answers like a wrong password (the sentence mentions locks).
            #expect(locked.status == .unauthorized, "\(locked.body.string)")
            #expect(locked.body.string.contains("锁定"))
        }
    }

    @Test func csrfTokenIsRequiredForCookieWrites() async throws {
        try await WebWorld.with { world in
            let before = try await world.fingerprint()
            let response = try await world.call(
                "supervisor", .POST, "/api/v1/tasks/\(world.taskID)/urgings",
                json: #"{"message":"无令牌"}"#, csrf: false)
            #expect(response.status == .forbidden)
            #expect(try await world.fingerprint() == before)
        }
    }

    @Test func sessionCookieAndSecurityHeaders() async throws {
        try await WebWorld.with { world in
            let login = try await world.app.testing().sendRequest(
                .POST, "/api/v1/session", headers: ["Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"username":"viewer","password":"\#(WebWorld.password)"}"#))
            let cookie = try #require(login.headers.setCookie?["duban_session"])
            #expect(cookie.isHTTPOnly && cookie.sameSite == .lax)
            let page = try await world.app.testing().sendRequest(.GET, "/login")
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
            #expect(page.headers.first(name: "X-Frame-Options") == "DENY")
            #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(page.body.string.contains("用户名"))
        }
    }

    @Test func expiredAndLoggedOutSessionsStopWorking() async throws {
        try await WebWorld.with { world in
            #expect(try await world.call("viewer", .GET, "/api/v1/me").status == .ok)
            #expect(try await world.call("viewer", .DELETE, "/api/v1/session").status == .ok)
            #expect(try await world.call("viewer", .GET, "/api/v1/me").status == .unauthorized)
            let leaderID = try await AccountRecord.query(on: world.app.db).filter(\.$username == "leader").first()!.requireID()
            let session = try await LoginSessionRecord.query(on: world.app.db).filter(\.$accountID == leaderID).first()!
            session.expiresAt = WebWorld.clockDate.addingTimeInterval(-1)
            try await session.save(on: world.app.db)
            #expect(try await world.call("leader", .GET, "/api/v1/me").status == .unauthorized)
        }
    }

    /// C1: a district office cannot make itself city administrator, nor an account of another
    /// government; H1: nor bind an account to another government's unit or leader.
    @Test func accountCreationStaysInTheOfficesGovernment() async throws {
        try await WebWorld.with { world in
            func create(_ role: String, government: Int, extra: String = "") async throws -> HTTPStatus {
                let body =
                    #"{"username":"new-\#(role)-\#(government)","displayName":"新","password":"Abcdefgh1234","role":"\#(role)","governmentID":\#(government)\#(extra)}"#
                return try await world.call("supervisor", .POST, "/api/v1/accounts", json: body).status
            }
            #expect(try await create("admin", government: world.governmentID) == .forbidden)
            #expect(try await create("viewer", government: world.otherGovernmentID) == .forbidden)
            let foreign = UnitRecord(governmentID: world.otherGovernmentID, name: "外区发改局", kind: "department")
            try await foreign.create(on: world.app.db)
            let foreignUnit = try foreign.requireID()
            #expect(try await create("unit", government: world.governmentID, extra: #","unitID":\#(foreignUnit)"#).code / 100 == 4)
            #expect(try await create("viewer", government: world.governmentID) == .created)
            #expect(try await AccountRecord.query(on: world.app.db).filter(\.$role == "admin").count() == 1)
        }
    }

    @Test func weakPasswordsAreRefused() async throws {
        try await WebWorld.with { world in
            for password in ["short1", "onlyletterslong", "123456789012", "admin-user-12345"] {
                let body = #"{"username":"admin-user","displayName":"x","password":"\#(password)","role":"viewer","governmentID":\#(world.governmentID)}"#
                let response = try await world.call("supervisor", .POST, "/api/v1/accounts", json: body)
                #expect(response.status == .unprocessableEntity, "\(password): \(response.body.string)")
            }
        }
    }

    @Test func apiTokensWorkWithoutCSRF() async throws {
        try await WebWorld.with { world in
            let created = try await world.call("supervisor", .POST, "/api/v1/tokens", json: #"{"name":"脚本"}"#)
            let token = try #require((world.json(created) as? [String: Any])?["token"] as? String)
            let response = try await world.app.testing().sendRequest(
                .POST, "/api/v1/tasks/\(world.taskID)/urgings",
                headers: [
                    "Authorization": "Bearer \(token)", "Content-Type": "application/json", "Accept": "application/json",
                ], body: ByteBuffer(string: #"{"message":"令牌催办"}"#))
            #expect(response.status == .created, "\(response.body.string)")
        }
    }
}
