import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Accounts made or repaired from the server's command line, by whoever may run it there: the
/// way back in when every administrator is locked out. Both are audited as the system's.
extension AccountAdmin {
    /// A city administrator with the password given (not a one-time one: the operator typed it).
    public static func createAdmin(
        username: String, displayName: String, password: String, hash: PasswordHash, in context: StoreContext
    ) async throws -> AccountRecord {
        try await create(Input(username: username, displayName: displayName, role: .admin), password: password, by: nil, hash: hash, in: context)
    }

    /// A one-time password for the named account, its lock lifted and its sessions ended.
    public static func resetFromConsole(username: String, hash: PasswordHash, in context: StoreContext) async throws -> String {
        guard let account = try await LoginBook.account(named: username, on: context.db), let accountID = account.id else {
            throw StoreError.notFound(Strings.Operations.accountNotFound(username))
        }
        let password = OneTimePassword.make()
        let passwordHash = try await hash(password)
        try await context.write { ctx in
            try await AccountRecord.query(on: ctx.db).filter(\.$id == accountID)
                .set(\.$passwordHash, to: passwordHash).set(\.$mustChangePassword, to: true).set(\.$passwordResetBy, to: nil)
                .set(\.$failedLogins, to: 0).set(\.$lockedUntil, to: nil).update()
            try await LoginSessionRecord.query(on: ctx.db).filter(\.$accountID == accountID).filter(\.$expiresAt > ctx.now)
                .set(\.$expiresAt, to: ctx.now).update()
            try await ctx.audit(
                nil, "account.password.reset", "account", accountID, governmentID: account.governmentID, after: account.username + " (console)")
        }
        return password
    }
}
