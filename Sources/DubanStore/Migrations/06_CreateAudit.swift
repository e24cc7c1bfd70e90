import FluentKit

struct CreateAudit: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // A unique sequence makes two writers racing for the same place in the chain collide,
        // so one retries on the new head instead of forking the chain.
        try await db.schema("audit_entries").intID()
            .field("sequence", .int, .required).unique(on: "sequence")
            .field("at", .datetime, .required).field("account_id", .int).field("government_id", .int)
            .field("action", .string, .required).field("subject_type", .string, .required).field("subject_id", .int)
            .field("before", .string, .required).field("after", .string, .required)
            .field("previous_hash", .string, .required).field("hash", .string, .required).create()
    }

    func revert(on db: any Database) async throws { try await db.schema("audit_entries").delete() }
}
