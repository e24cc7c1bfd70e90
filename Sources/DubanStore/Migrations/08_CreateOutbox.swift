import FluentKit

struct CreateOutbox: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("webhook_outbox").intID()
            .field("government_id", .int, .required).field("url", .string, .required).field("payload", .string, .required)
            .field("attempts", .int, .required).field("sent_at", .datetime).field("last_error", .string)
            .field("created_at", .datetime).create()
    }

    func revert(on db: any Database) async throws { try await db.schema("webhook_outbox").delete() }
}
