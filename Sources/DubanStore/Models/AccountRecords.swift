import FluentKit
import Foundation

public final class AccountRecord: Model, @unchecked Sendable {
    public static let schema = "accounts"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    /// bcrypt
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "role") public var role: String
    @OptionalField(key: "government_id") public var governmentID: Int?
    @OptionalField(key: "unit_id") public var unitID: Int?
    @OptionalField(key: "leader_id") public var leaderID: Int?
    /// A unit account that is the unit leader's (审签人).
    @OptionalField(key: "signer") public var signer: Bool?
    @Field(key: "failed_logins") public var failedLogins: Int
    @OptionalField(key: "locked_until") public var lockedUntil: Date?
    @Field(key: "active") public var active: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// The username trimmed and case-folded (`UsernameKey.fold`): what login and uniqueness compare.
    @OptionalField(key: "username_key") public var usernameKey: String?
    /// Set when someone other than the owner chose the password (an office creating or resetting
    /// it): every route but changing it refuses until the owner has.
    @OptionalField(key: "must_change_password") public var mustChangePassword: Bool?
    /// Who created the account (nil: the system, the CLI or the demo).
    @OptionalField(key: "created_by") public var createdBy: Int?
    /// Who last reset its password.
    @OptionalField(key: "password_reset_by") public var passwordResetBy: Int?
    /// The identity provider's subject (`sub`) an administrator bound to this account.
    @OptionalField(key: "oidc_subject") public var oidcSubject: String?

    public init() {}

    /// Accounts whose credential this account handed out: a review by it is not independent.
    public func credentialIssued(by accountID: Int) -> Bool {
        createdBy == accountID || passwordResetBy == accountID
    }
}

/// A signed-in browser. The cookie carries a random token; only its hash is stored.
public final class LoginSessionRecord: Model, @unchecked Sendable {
    public static let schema = "sessions"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "account_id") public var accountID: Int
    @Field(key: "csrf_token") public var csrfToken: String
    @Field(key: "expires_at") public var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// A token for the JSON API; only its hash is stored.
public final class APITokenRecord: Model, @unchecked Sendable {
    public static let schema = "api_tokens"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "account_id") public var accountID: Int
    @Field(key: "name") public var name: String
    @OptionalField(key: "expires_at") public var expiresAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// Append-only, each entry's hash covering the previous one's, so a changed or removed entry shows.
public final class AuditRecord: Model, @unchecked Sendable {
    public static let schema = "audit_entries"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "sequence") public var sequence: Int
    @Field(key: "at") public var at: Date
    @OptionalField(key: "account_id") public var accountID: Int?
    @OptionalField(key: "government_id") public var governmentID: Int?
    @Field(key: "action") public var action: String
    @Field(key: "subject_type") public var subjectType: String
    @OptionalField(key: "subject_id") public var subjectID: Int?
    @Field(key: "before") public var before: String
    @Field(key: "after") public var after: String
    @Field(key: "previous_hash") public var previousHash: String
    @Field(key: "hash") public var hash: String

    public init() {}
}
