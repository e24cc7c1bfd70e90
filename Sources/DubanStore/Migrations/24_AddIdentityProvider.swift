import FluentKit

/// Sign-in through the government's identity provider (统一身份认证): the provider's subject an
/// administrator bound to an account, and the sign-ins under way (one row per browser that left
/// for the provider, used once).
struct AddIdentityProvider: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("accounts").field("oidc_subject", .string).update()
        try await db.schema(ProviderLoginRecord.schema).intID()
            .field("state_hash", .string, .required).field("browser_hash", .string, .required)
            .field("nonce", .string, .required).field("verifier", .string, .required).field("next", .string, .required)
            .field("created_at", .datetime, .required).field("expires_at", .datetime, .required).field("used_at", .datetime)
            .unique(on: "state_hash", name: "uq_provider_logins_state")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(ProviderLoginRecord.schema).delete()
        try await db.schema("accounts").deleteField("oidc_subject").update()
    }
}
