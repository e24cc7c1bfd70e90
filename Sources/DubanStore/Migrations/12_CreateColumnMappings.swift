import FluentKit

struct CreateColumnMappings: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("column_mappings").intID()
            .field("government_id", .int, .required).field("header_key", .string, .required).field("roles", .string, .required)
            .field("updated_by", .int, .required).field("updated_at", .datetime)
            .unique(on: "government_id", "header_key").create()
    }

    func revert(on db: any Database) async throws { try await db.schema("column_mappings").delete() }
}
