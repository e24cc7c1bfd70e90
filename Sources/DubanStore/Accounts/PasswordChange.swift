import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The owner chooses their own password: the only way out of "must change password", and the
/// only way a password becomes one nobody else has seen.
public enum PasswordChange {
    /// Checks the current password, the policy and that the new one differs; then stores its
    /// hash, lifts the must-change mark and ends the account's other sessions.
    public static func change(
        actor: Actor, old: String, new: String, keepSessionID: Int?,
        verify: PasswordVerify, hash: PasswordHash, in context: StoreContext
    ) async throws {
        guard let account = try await AccountRecord.find(actor.accountID, on: context.db), account.active else {
            throw StoreError.notFound(Strings.Identity.accountNotFound)
        }
        guard try await verify(old, account.passwordHash) else {
            // A wrong current password counts as a failed login: a stolen session cannot be used
            // to guess the password at leisure.
            try await LoginBook.recordFailure(accountID: actor.accountID, in: context)
            throw StoreError.invalid(Strings.Identity.oldPasswordWrong)
        }
        if let problem = PasswordPolicy.problem(password: new, username: account.username) { throw StoreError.invalid(problem) }
        guard new != old else { throw StoreError.invalid(Strings.Identity.sameAsOld) }
        let passwordHash = try await hash(new)
        try await context.write { ctx in
            try await AccountRecord.query(on: ctx.db).filter(\.$id == actor.accountID)
                .set(\.$passwordHash, to: passwordHash).set(\.$mustChangePassword, to: false).update()
            var others = LoginSessionRecord.query(on: ctx.db).filter(\.$accountID == actor.accountID).filter(\.$expiresAt > ctx.now)
            if let keepSessionID { others = others.filter(\.$id != keepSessionID) }
            try await others.set(\.$expiresAt, to: ctx.now).update()
            try await ctx.audit(
                actor, "account.password.change", "account", actor.accountID, governmentID: actor.governmentID,
                after: account.username)
        }
    }
}
