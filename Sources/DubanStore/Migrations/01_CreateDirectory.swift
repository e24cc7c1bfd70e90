import FluentKit

struct CreateDirectory: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("governments").intID()
            .field("name", .string, .required).unique(on: "name")
            .field("webhook_url", .string).field("webhook_kind", .string)
            .field("created_at", .datetime).create()
        try await db.schema("units").intID()
            .field("government_id", .int, .required).field("name", .string, .required)
            .field("kind", .string, .required).field("confirmed", .bool, .required).field("created_at", .datetime)
            .unique(on: "government_id", "name").create()
        try await db.schema("unit_aliases").intID()
            .field("unit_id", .int, .required).field("government_id", .int, .required)
            .field("alias", .string, .required).unique(on: "government_id", "alias").create()
        try await db.schema("unit_members").intID()
            .field("collective_id", .int, .required).field("member_id", .int, .required)
            .unique(on: "collective_id", "member_id").create()
        try await db.schema("leaders").intID()
            .field("government_id", .int, .required).field("name", .string, .required)
            .field("created_at", .datetime).unique(on: "government_id", "name").create()
    }

    func revert(on db: any Database) async throws {
        for table in ["leaders", "unit_members", "unit_aliases", "units", "governments"] { try await db.schema(table).delete() }
    }
}
