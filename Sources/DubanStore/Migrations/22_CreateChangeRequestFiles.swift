import FluentKit

/// 佐证材料 attached to a 延期、目标调整、退办 or 免会签 application.
struct CreateChangeRequestFiles: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ChangeRequestFileRecord.schema).intID()
            .field("request_id", .int, .required, .references(ChangeRequestRecord.schema, "id", onDelete: .restrict))
            .field("filename", .string, .required).field("content_type", .string, .required)
            .field("size", .int, .required).field("sha256", .string, .required).field("data", .data, .required)
            .field("account_id", .int, .required).field("created_at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws { try await db.schema(ChangeRequestFileRecord.schema).delete() }
}
