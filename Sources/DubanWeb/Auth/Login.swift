import DubanStrings
import DubanCore
import DubanStore
import Fluent
import Vapor

/// Password checks with lockout, and the session that a successful login opens.
enum Login {
    static let maxFailures = 5
    static let lockMinutes = 15

    static func attempt(username: String, password: String, on req: Request) async throws -> (AccountRecord, LoginSessionRecord, String) {
        let now = req.now
        guard let account = try await AccountRecord.query(on: req.db).filter(\.$username == username).first() else {
            // Same work and the same answer as a wrong password: no hint which usernames exist.
            _ = try? await req.password.async.verify(password, created: try await dummyHash(req))
            throw Abort(.unauthorized, reason: Strings.Web.badCredentials)
        }
        if let until = account.lockedUntil, until > now {
            throw Abort(.tooManyRequests, reason: Strings.Web.locked(minutes: max(1, Int(until.timeIntervalSince(now) / 60) + 1)))
        }
        guard account.active else { throw Abort(.forbidden, reason: Strings.Web.inactive) }
        let valid = (try? await req.password.async.verify(password, created: account.passwordHash)) ?? false
        let ctx = req.store
        guard valid else {
            try await ctx.write { ctx in
                account.failedLogins += 1
                if account.failedLogins >= maxFailures {
                    account.lockedUntil = now.addingTimeInterval(Double(lockMinutes) * 60)
                    account.failedLogins = 0
                }
                try await account.save(on: ctx.db)
                try await ctx.audit(nil, "login.failed", "account", account.id, governmentID: account.governmentID, after: username)
            }
            throw Abort(.unauthorized, reason: Strings.Web.badCredentials)
        }
        let token = Tokens.random()
        let session = LoginSessionRecord()
        session.tokenHash = Tokens.hash(token)
        session.accountID = try account.requireID()
        session.csrfToken = Tokens.random(bytes: 24)
        session.expiresAt = now.addingTimeInterval(Double(req.duban.config.sessionHours) * 3600)
        try await ctx.write { ctx in
            account.failedLogins = 0
            account.lockedUntil = nil
            try await account.save(on: ctx.db)
            try await session.create(on: ctx.db)
            try await ctx.audit(account.actor, "login", "account", account.id, governmentID: account.governmentID)
        }
        return (account, session, token)
    }

    /// A real hash at the configured cost, made once, to compare unknown usernames against.
    private static let dummy = DummyHash()

    static func dummyHash(_ req: Request) async throws -> String {
        if let hash = dummy.value { return hash }
        let hash = try await req.password.async.hash(Tokens.random())
        dummy.value = hash
        return hash
    }

    static func logout(_ req: Request) async throws {
        guard let signed = req.signedIn, let session = signed.session else { return }
        let sessionID = try session.requireID()
        try await req.store.write { ctx in
            // An update, not a change to the record: other requests may hold the same one.
            try await LoginSessionRecord.query(on: ctx.db).filter(\.$id == sessionID).set(\.$expiresAt, to: ctx.now).update()
            try await ctx.audit(signed.actor, "logout", "account", signed.account.id, governmentID: signed.account.governmentID)
        }
    }

    static func cookie(_ token: String, hours: Int) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: hours * 3600, path: "/", isSecure: false, isHTTPOnly: true, sameSite: .lax)
    }
}

extension AccountRecord {
    var actor: Actor {
        Actor(accountID: id ?? 0, role: Role(rawValue: role) ?? .viewer, governmentID: governmentID, unitID: unitID, leaderID: leaderID)
    }
}

final class DummyHash: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    var value: String? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
