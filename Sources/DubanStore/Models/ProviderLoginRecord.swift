import FluentKit
import Foundation

/// A sign-in that left for the identity provider and has not come back yet. Only hashes of the
/// state and of the browser's cookie are kept; the nonce and PKCE verifier are needed in clear
/// when the browser returns, and die with the row's ten minutes.
public final class ProviderLoginRecord: Model, @unchecked Sendable {
    public static let schema = "provider_logins"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "state_hash") public var stateHash: String
    @Field(key: "browser_hash") public var browserHash: String
    @Field(key: "nonce") public var nonce: String
    @Field(key: "verifier") public var verifier: String
    @Field(key: "next") public var next: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "used_at") public var usedAt: Date?

    public init() {}
}
