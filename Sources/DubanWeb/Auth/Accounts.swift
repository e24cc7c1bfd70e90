import DubanStrings
import DubanCore
import DubanStore
import Fluent
import Vapor

/// The password policy and account creation, used by the admin pages, the CLI and the demo.
public enum Accounts {
    public static func check(password: String, username: String) -> String? {
        if password.count < 10 { return Strings.Web.passwordTooShort }
        let hasLetter = password.contains { $0.isLetter }
        let hasDigit = password.contains { $0.isNumber }
        if !hasLetter || !hasDigit { return Strings.Web.passwordNeedsMix }
        if !username.isEmpty && password.lowercased().contains(username.lowercased()) { return Strings.Web.passwordContainsUsername }
        return nil
    }

    public struct NewAccount: Sendable, Codable {
        public var username: String
        public var displayName: String
        public var password: String
        public var role: Role
        public var governmentID: Int?
        public var unitID: Int?
        public var leaderID: Int?

        public init(username: String, displayName: String, password: String, role: Role,
                    governmentID: Int? = nil, unitID: Int? = nil, leaderID: Int? = nil) {
            self.username = username
            self.displayName = displayName
            self.password = password
            self.role = role
            self.governmentID = governmentID
            self.unitID = unitID
            self.leaderID = leaderID
        }
    }

    @discardableResult
    public static func create(_ input: NewAccount, by actor: Actor?, app: Application) async throws -> AccountRecord {
        if let problem = check(password: input.password, username: input.username) { throw StoreError.invalid(problem) }
        if let actor {
            if case .denied(let reason) = Permissions.decide(actor, .manageAccounts, .government(input.governmentID)) {
                throw StoreError.forbidden(reason)
            }
            // Only the city administrator makes administrators, or accounts of another government.
            if actor.role != .admin {
                guard input.role != .admin else { throw StoreError.forbidden(Strings.Web.cannotGrantAdmin) }
                guard input.governmentID != nil, input.governmentID == actor.governmentID else {
                    throw StoreError.forbidden(Strings.Web.otherGovernmentAccount)
                }
            }
        }
        let hash = try await app.password.async.hash(input.password)
        return try await app.storeContext().write { ctx in
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
            if try await AccountRecord.query(on: ctx.db).filter(\.$username == input.username).first() != nil {
                throw StoreError.conflict(Strings.Web.usernameTaken)
            }
            let account = AccountRecord()
            account.username = input.username
            account.displayName = input.displayName
            account.passwordHash = hash
            account.role = input.role.rawValue
            account.governmentID = input.governmentID
            account.unitID = input.unitID
            account.leaderID = input.leaderID
            account.failedLogins = 0
            account.active = true
            try await account.create(on: ctx.db)
            try await ctx.audit(actor, "account.create", "account", account.id, governmentID: input.governmentID,
                                after: JSONText.encode(["username": input.username, "role": input.role.rawValue]))
            return account
        }
    }
}
