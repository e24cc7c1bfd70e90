import FluentKit

/// Which robot messages an app server is sending: with several servers sweeping, a message is
/// claimed by one of them, under the write lock, before it is sent.
struct AddOutboxClaims: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(OutboxRecord.schema).field("claimed_until", .datetime).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(OutboxRecord.schema).deleteField("claimed_until").update()
    }
}
