import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// Account creation for the admin pages, the API, the CLI and the demo: the store's use case,
/// with Vapor's bcrypt handed in.
public enum Accounts {
    public static func check(password: String, username: String) -> String? {
        PasswordPolicy.problem(password: password, username: username)
    }

    public struct NewAccount: Sendable, Codable {
        public var username: String
        public var displayName: String
        public var password: String
        public var role: Role
        public var governmentID: Int?
        public var unitID: Int?
        public var leaderID: Int?
        /// A unit account for its leader, who signs off the unit's reports (审签).
        public var signer: Bool?

        public init(
            username: String, displayName: String, password: String, role: Role,
            governmentID: Int? = nil, unitID: Int? = nil, leaderID: Int? = nil, signer: Bool? = nil
        ) {
            self.signer = signer
            self.username = username
            self.displayName = displayName
            self.password = password
            self.role = role
            self.governmentID = governmentID
            self.unitID = unitID
            self.leaderID = leaderID
        }

        var input: AccountAdmin.Input {
            AccountAdmin.Input(
                username: username, displayName: displayName, role: role, governmentID: governmentID, unitID: unitID, leaderID: leaderID,
                signer: signer == true)
        }
    }

    /// `by: nil` is the system (CLI, demo): its accounts sign in with the password given. An
    /// office's accounts must change theirs at the first login.
    @discardableResult
    public static func create(_ input: NewAccount, by actor: Actor?, app: Application) async throws -> AccountEntry {
        AccountEntry(try await AccountAdmin.create(input.input, password: input.password, by: actor, hash: app.passwordHash, in: app.storeContext()))
    }
}
