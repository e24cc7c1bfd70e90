import FluentKit

struct CreateAccounts: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("accounts").intID()
            .field("username", .string, .required).unique(on: "username")
            .field("display_name", .string, .required).field("password_hash", .string, .required)
            .field("role", .string, .required).field("government_id", .int).field("unit_id", .int).field("leader_id", .int)
            .field("failed_logins", .int, .required).field("locked_until", .datetime).field("active", .bool, .required)
            .field("created_at", .datetime).create()
        try await db.schema("sessions").intID()
            .field("token_hash", .string, .required).unique(on: "token_hash")
            .field("account_id", .int, .required).field("csrf_token", .string, .required)
            .field("expires_at", .datetime, .required).field("created_at", .datetime).create()
        try await db.schema("api_tokens").intID()
            .field("token_hash", .string, .required).unique(on: "token_hash")
            .field("account_id", .int, .required).field("name", .string, .required)
            .field("expires_at", .datetime).field("created_at", .datetime).create()
    }

    func revert(on db: any Database) async throws {
        for table in ["api_tokens", "sessions", "accounts"] { try await db.schema(table).delete() }
    }
}
