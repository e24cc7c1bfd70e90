import FluentKit

/// 审签: whether a government's unit reports need their leader's sign-off, which unit accounts
/// are the leaders', the liaisons' reports waiting for it (with their files), and who signed each
/// report that reached the office.
struct AddSignOff: AsyncMigration {
    // One column per statement: SQLite's ALTER TABLE adds one at a time.
    func prepare(on db: any Database) async throws {
        try await db.schema("governments").field("sign_off", .bool).update()
        try await db.schema("accounts").field("signer", .bool).update()
        try await db.schema("reports").field("signed_by", .int).update()
        try await db.schema(ReportDraftRecord.schema).intID()
            .field("task_id", .int, .required, .references("tasks", "id", onDelete: .restrict))
            .field("period_id", .int, .required, .references("periods", "id", onDelete: .restrict))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .restrict))
            .field("account_id", .int, .required).field("role", .string, .required)
            .field("content", .string, .required).field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("decided_by", .int).field("decided_at", .datetime).field("note", .string).field("report_id", .int)
            .create()
        try await db.schema(ReportDraftFileRecord.schema).intID()
            .field("draft_id", .int, .required, .references(ReportDraftRecord.schema, "id", onDelete: .cascade))
            .field("filename", .string, .required).field("content_type", .string, .required)
            .field("size", .int, .required).field("data", .data, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(ReportDraftFileRecord.schema).delete()
        try await db.schema(ReportDraftRecord.schema).delete()
        try await db.schema("reports").deleteField("signed_by").update()
        try await db.schema("accounts").deleteField("signer").update()
        try await db.schema("governments").deleteField("sign_off").update()
    }
}
