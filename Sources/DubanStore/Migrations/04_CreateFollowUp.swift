import FluentKit

struct CreateFollowUp: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("urgings").intID()
            .field("task_id", .int, .required).field("unit_id", .int, .required).field("message", .string, .required)
            .field("sent_by", .int, .required).field("sent_at", .datetime, .required).field("reply_by", .datetime, .required)
            .field("answer", .string).field("answered_by", .int).field("answered_at", .datetime)
            .field("escalated_at", .datetime).field("escalation_note", .string).create()
        try await db.schema("instructions").intID()
            .field("task_id", .int, .required).field("account_id", .int, .required).field("text", .string, .required)
            .field("created_at", .datetime).create()
        try await db.schema("notifications").intID()
            .field("account_id", .int, .required).field("kind", .string, .required).field("title", .string, .required)
            .field("body", .string, .required).field("task_id", .int).field("read_at", .datetime).field("created_at", .datetime).create()
    }

    func revert(on db: any Database) async throws {
        for table in ["notifications", "instructions", "urgings"] { try await db.schema(table).delete() }
    }
}
