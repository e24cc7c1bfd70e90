import FluentKit

/// The DingTalk robot's signing secret (加签), kept beside its URL.
struct AddWebhookSecret: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("governments").field("webhook_secret", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("governments").deleteField("webhook_secret").update()
    }
}
