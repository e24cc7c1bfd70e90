import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 账户管理 as use cases: create an account, switch it off or on, reset its password. Each checks
/// `Permissions` and writes its audit entry in the same transaction; hashing is passed in.
public enum AccountAdmin {
    public struct Input: Sendable {
        public var username: String
        public var displayName: String
        public var role: Role
        public var governmentID: Int?
        public var unitID: Int?
        public var leaderID: Int?
        /// A unit account for the unit's leader, who signs off its reports (审签).
        public var signer: Bool

        public init(
            username: String, displayName: String, role: Role, governmentID: Int? = nil, unitID: Int? = nil, leaderID: Int? = nil,
            signer: Bool = false
        ) {
            self.signer = signer
            self.username = username
            self.displayName = displayName
            self.role = role
            self.governmentID = governmentID
            self.unitID = unitID
            self.leaderID = leaderID
        }
    }

    /// A new account. Made by an office (`actor` not nil), its password is only a first one: the
    /// owner must choose their own before doing anything. `by: nil` is the system (CLI, demo).
    @discardableResult
    public static func create(
        _ input: Input, password: String, by actor: Actor?, hash: PasswordHash,
        in context: StoreContext
    ) async throws -> AccountRecord {
        if let problem = UsernameKey.problem(input.username) { throw StoreError.invalid(problem) }
        if let problem = PasswordPolicy.problem(password: password, username: input.username) { throw StoreError.invalid(problem) }
        if let actor { try checkGrant(actor, input) }
        let passwordHash = try await hash(password)
        return try await context.write { ctx in
            try await insert(input, passwordHash: passwordHash, by: actor, ctx: ctx)
        }
    }

    /// Inside a write: an account whose password was hashed already (the demo hashes one
    /// password for many accounts). Checks as `create` does, apart from the password policy.
    @discardableResult
    public static func insert(_ input: Input, passwordHash: String, by actor: Actor?, ctx: StoreContext) async throws -> AccountRecord {
        if let problem = UsernameKey.problem(input.username) { throw StoreError.invalid(problem) }
        if let actor { try checkGrant(actor, input) }
        // A liaison or leader account speaks for a unit or person of its own government only.
        if let unitID = input.unitID {
            guard let unit = try await UnitRecord.find(unitID, on: ctx.db), unit.governmentID == input.governmentID else {
                throw StoreError.invalid(Strings.Web.unitNotInGovernment)
            }
        }
        if let leaderID = input.leaderID {
            guard let leader = try await LeaderRecord.find(leaderID, on: ctx.db), leader.governmentID == input.governmentID else {
                throw StoreError.invalid(Strings.Web.leaderNotInGovernment)
            }
        }
        let username = UsernameKey.trim(input.username)
        let key = UsernameKey.fold(username)
        if try await !LoginBook.accounts(named: username, on: ctx.db).isEmpty {
            throw StoreError.conflict(Strings.Web.usernameTaken)
        }
        let account = AccountRecord()
        account.username = username
        account.usernameKey = key
        account.displayName = input.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        account.passwordHash = passwordHash
        account.role = input.role.rawValue
        account.governmentID = input.governmentID
        account.unitID = input.unitID
        account.leaderID = input.leaderID
        account.signer = input.role == .unit && input.signer ? true : nil
        account.failedLogins = 0
        account.active = true
        account.createdBy = actor?.accountID
        account.mustChangePassword = actor != nil
        try await account.create(on: ctx.db)
        try await ctx.audit(
            actor, "account.create", "account", account.id, governmentID: input.governmentID,
            after: JSONText.encode(["username": username, "role": input.role.rawValue].merging(account.signer == true ? ["signer": "true"] : [:]) { $1 }))
        return account
    }

    /// Switches an account off (it can no longer sign in; what it wrote stays) or back on.
    public static func setActive(accountID: Int, active: Bool?, by actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            // Permission first: someone who may not manage accounts is refused, not told why not.
            let account = try await managed(accountID, by: actor, on: ctx.db)
            guard accountID != actor.accountID else { throw StoreError.invalid(Strings.AccountPages.notYourself) }
            let now = active ?? !account.active
            guard now != account.active else { return }
            try await AccountRecord.query(on: ctx.db).filter(\.$id == accountID).set(\.$active, to: now).update()
            try await ctx.audit(
                actor, now ? "account.enable" : "account.disable", "account", accountID,
                governmentID: account.governmentID, after: account.username)
        }
    }

    /// A new one-time password, answered once and never stored in clear: the owner must change
    /// it at the next login, and every open session of the account ends. The office never sets a
    /// password it could go on using.
    public static func resetPassword(accountID: Int, by actor: Actor, hash: PasswordHash, in context: StoreContext) async throws -> String {
        // Refuse before spending a bcrypt hash on someone the actor may not manage.
        _ = try await managed(accountID, by: actor, on: context.db)
        guard accountID != actor.accountID else { throw StoreError.invalid(Strings.Identity.notYourselfReset) }
        let password = OneTimePassword.make()
        let passwordHash = try await hash(password)
        try await context.write { ctx in
            let account = try await managed(accountID, by: actor, on: ctx.db)
            try await AccountRecord.query(on: ctx.db).filter(\.$id == accountID)
                .set(\.$passwordHash, to: passwordHash).set(\.$mustChangePassword, to: true)
                .set(\.$passwordResetBy, to: actor.accountID).set(\.$failedLogins, to: 0).set(\.$lockedUntil, to: nil).update()
            try await LoginSessionRecord.query(on: ctx.db).filter(\.$accountID == accountID).filter(\.$expiresAt > ctx.now)
                .set(\.$expiresAt, to: ctx.now).update()
            try await ctx.audit(
                actor, "account.password.reset", "account", accountID, governmentID: account.governmentID,
                after: account.username)
        }
        return password
    }

    /// Only the city administrator makes administrators, or accounts of another government.
    static func checkGrant(_ actor: Actor, _ input: Input) throws {
        try Guard.require(actor, .manageAccounts, .government(input.governmentID))
        if actor.role != .admin {
            guard input.role != .admin else { throw StoreError.forbidden(Strings.Web.cannotGrantAdmin) }
            guard input.governmentID != nil, input.governmentID == actor.governmentID else {
                throw StoreError.forbidden(Strings.Web.otherGovernmentAccount)
            }
        }
    }

    /// An account the actor may manage: of its government, and an administrator only for an administrator.
    /// Marks a unit account as its unit leader's (审签人), or no longer.
    public static func setSigner(accountID: Int, signer: Bool, by actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let account = try await managed(accountID, by: actor, on: ctx.db)
            guard account.role == Role.unit.rawValue else { throw StoreError.conflict(Strings.SignOff.signerNeedsUnit) }
            guard (account.signer == true) != signer else { return }
            try await AccountRecord.query(on: ctx.db).filter(\.$id == accountID).set(\.$signer, to: signer ? true : nil).update()
            try await ctx.audit(
                actor, signer ? "account.signer" : "account.signer.remove", "account", accountID, governmentID: account.governmentID,
                after: account.username)
        }
    }

    /// Binds an account to a user of the government's identity provider (their `sub`), or
    /// unbinds it (nil). A subject binds one account.
    public static func setProviderSubject(accountID: Int, subject: String?, by actor: Actor, in context: StoreContext) async throws {
        let subject = subject?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let subject, subject.count > 255 { throw StoreError.invalid(Strings.Identity.providerSubjectTooLong) }
        let bound = (subject?.isEmpty ?? true) ? nil : subject
        try await context.write { ctx in
            let account = try await managed(accountID, by: actor, on: ctx.db)
            guard account.oidcSubject != bound else { return }
            if let bound, let holder = try await AccountRecord.query(on: ctx.db).filter(\.$oidcSubject == bound).first(), holder.id != accountID {
                throw StoreError.conflict(Strings.Identity.providerSubjectTaken(holder.username))
            }
            try await AccountRecord.query(on: ctx.db).filter(\.$id == accountID).set(\.$oidcSubject, to: bound).update()
            try await ctx.audit(
                actor, bound == nil ? "account.provider.unbind" : "account.provider.bind", "account", accountID,
                governmentID: account.governmentID, before: account.oidcSubject ?? "", after: bound ?? "")
        }
    }

    static func managed(_ accountID: Int, by actor: Actor, on db: any Database) async throws -> AccountRecord {
        guard let account = try await AccountRecord.find(accountID, on: db) else { throw StoreError.notFound(Strings.Identity.accountNotFound) }
        try Guard.require(actor, .manageAccounts, .government(account.governmentID))
        if actor.role != .admin && account.role == Role.admin.rawValue { throw StoreError.forbidden(Strings.Web.cannotGrantAdmin) }
        return account
    }
}

/// A password for one login, easy to read out: no 0/O, 1/l/I.
enum OneTimePassword {
    static let letters = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")
    static let digits = Array("23456789")

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let all = letters + digits
        var characters = (0..<12).map { _ in all.randomElement(using: &generator)! }
        // At least one of each, as the policy asks.
        characters[Int.random(in: 0..<6, using: &generator)] = letters.randomElement(using: &generator)!
        characters[Int.random(in: 6..<12, using: &generator)] = digits.randomElement(using: &generator)!
        return String(characters)
    }
}
