import FluentKit
import Foundation
import SQLKit

/// Issue 12 (identity): a folded username to log in by, who created or reset an account's
/// password and whether its owner must still choose one, and an expiry on every API token.
/// New columns are nullable, so existing rows stay valid on SQLite and PostgreSQL alike.
struct AddAccountSecurity: AsyncMigration {
    static let legacyTokenDays = 90

    func prepare(on db: any Database) async throws {
        // One column per statement: SQLite alters a table one column at a time.
        for (column, type) in [
            ("username_key", DatabaseSchema.DataType.string), ("must_change_password", .bool),
            ("created_by", .int), ("password_reset_by", .int),
        ] {
            try await db.schema("accounts").field(.string(column), type).update()
        }
        guard let sql = db as? any SQLDatabase else { return }
        // Existing accounts keep working: their key is their name folded the same way login folds.
        struct Row: Decodable {
            var id: Int
            var username: String
        }
        for row in try await sql.select().columns("id", "username").from("accounts").all(decoding: Row.self) {
            try await sql.update("accounts").set("username_key", to: UsernameKey.fold(row.username))
                .where("id", .equal, row.id).run()
        }
        try await sql.create(index: "idx_accounts_username_key").on("accounts").column("username_key").run()
        // A token made before expiries existed lasts 90 more days rather than for ever.
        let until = Date().addingTimeInterval(Double(Self.legacyTokenDays) * 86_400)
        try await sql.update("api_tokens").set("expires_at", to: until).where("expires_at", .is, SQLLiteral.null).run()
        try await sql.create(index: "idx_api_tokens_account").on("api_tokens").column("account_id").run()
    }

    func revert(on db: any Database) async throws {
        if let sql = db as? any SQLDatabase {
            try await sql.drop(index: "idx_api_tokens_account").run()
            try await sql.drop(index: "idx_accounts_username_key").run()
        }
        for column in ["username_key", "must_change_password", "created_by", "password_reset_by"] {
            try await db.schema("accounts").deleteField(.string(column)).update()
        }
    }
}
