import DubanCore
import DubanStrings
import FluentKit
import Foundation
import SQLKit

/// Login bookkeeping: finding the account a username names, counting failures (atomically, so
/// parallel guesses cannot escape the lock), opening and closing sessions. Every write audited.
public enum LoginBook {
    public static let maxFailures = 5
    public static let lockMinutes = 15

    /// Accounts a typed username names: by the folded key, or by the exact name for a row
    /// written before keys existed. More than one only where old names differ just in case.
    public static func accounts(named username: String, on db: any Database) async throws -> [AccountRecord] {
        let trimmed = UsernameKey.trim(username)
        let key = UsernameKey.fold(trimmed)
        return try await AccountRecord.query(on: db).group(.or) { $0.filter(\.$usernameKey == key).filter(\.$username == trimmed) }.all()
    }

    /// The one account a login names; the exact spelling wins over an old case-variant.
    public static func account(named username: String, on db: any Database) async throws -> AccountRecord? {
        let found = try await accounts(named: username, on: db)
        if found.count <= 1 { return found.first }
        return found.first { $0.username == UsernameKey.trim(username) }
    }

    /// One more failed password for the account: the counter is raised by the database, not
    /// from a row read earlier, and the fifth failure locks the account and tells its owner.
    /// Answers whether this failure locked it.
    @discardableResult
    public static func recordFailure(accountID: Int, in context: StoreContext) async throws -> Bool {
        try await context.write(raisesRevision: false) { ctx in
            guard let sql = ctx.db as? any SQLDatabase else { throw StoreError.invalid("SQL database required") }
            try await sql.update("accounts").set("failed_logins", to: SQLRaw("failed_logins + 1")).where("id", .equal, accountID).run()
            // Read back inside the same transaction, after the update: the count every writer agrees on.
            guard let account = try await AccountRecord.find(accountID, on: ctx.db) else { return false }
            try await ctx.audit(nil, "login.failed", "account", accountID, governmentID: account.governmentID, after: account.username)
            guard account.failedLogins >= maxFailures else { return false }
            let until = ctx.now.addingTimeInterval(Double(lockMinutes) * 60)
            try await AccountRecord.query(on: ctx.db).filter(\.$id == accountID)
                .set(\.$failedLogins, to: 0).set(\.$lockedUntil, to: until).update()
            // The login answer does not say so (it would tell a stranger the name exists): the owner
            // reads it among their notifications.
            try await Notifications.notify(
                accounts: [accountID], kind: "account.locked", title: Strings.Identity.lockedTitle,
                body: Strings.Identity.lockedBody(minutes: lockMinutes), taskID: nil, on: ctx.db)
            try await ctx.audit(nil, "account.locked", "account", accountID, governmentID: account.governmentID, after: account.username)
            return true
        }
    }

    /// A successful login: the failure count starts again and a session opens (only the hash of
    /// its cookie token is kept).
    public static func recordSuccess(
        accountID: Int, tokenHash: String, csrfToken: String, hours: Int, viaProvider: Bool = false,
        in context: StoreContext
    ) async throws -> SessionEntry {
        try await context.write(raisesRevision: false) { ctx in
            guard let account = try await AccountRecord.find(accountID, on: ctx.db) else { throw StoreError.notFound(Strings.Identity.accountNotFound) }
            try await AccountRecord.query(on: ctx.db).filter(\.$id == accountID)
                .set(\.$failedLogins, to: 0).set(\.$lockedUntil, to: nil).update()
            let session = LoginSessionRecord()
            session.tokenHash = tokenHash
            session.accountID = accountID
            session.csrfToken = csrfToken
            session.expiresAt = ctx.now.addingTimeInterval(Double(hours) * 3600)
            try await session.create(on: ctx.db)
            try await ctx.audit(account.actor, "login", "account", accountID, governmentID: account.governmentID, after: viaProvider ? "oidc" : "")
            return SessionEntry(session)
        }
    }

    /// Ends a session now.
    public static func logout(sessionID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            // An update, not a change to the record: other requests may hold the same one.
            try await LoginSessionRecord.query(on: ctx.db).filter(\.$id == sessionID).set(\.$expiresAt, to: ctx.now).update()
            try await ctx.audit(actor, "logout", "account", actor.accountID, governmentID: actor.governmentID)
        }
    }
}

extension AccountRecord {
    /// The account as permissions see it.
    public var actor: Actor {
        Actor(
            accountID: id ?? 0, role: Role(rawValue: role) ?? .viewer, governmentID: governmentID, unitID: unitID, leaderID: leaderID,
            signer: signer == true ? true : nil)
    }

    /// Whether its owner must choose a password before anything else.
    public var passwordChangeRequired: Bool { mustChangePassword == true }
}
