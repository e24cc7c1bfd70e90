import FluentKit

struct CreateProducts: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(BulletinRecord.schema).field(.id, .int, .identifier(auto: true))
            .field("plan_id", .int, .required).field("government_id", .int, .required)
            .field("year", .int, .required).field("month", .int, .required).field("version", .int, .required)
            .field("status", .string, .required).field("content", .string, .required).field("lights", .string, .required)
            .field("created_by", .int, .required).field("created_at", .datetime).field("published_at", .datetime)
            .unique(on: "plan_id", "month", "version").create()
        try await db.schema(PlanSettingsRecord.schema).field(.id, .int, .identifier(auto: true))
            .field("plan_id", .int, .required).unique(on: "plan_id")
            .field("assessment_weights", .string, .required).field("inspection_rules", .string, .required).create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(PlanSettingsRecord.schema).delete()
        try await db.schema(BulletinRecord.schema).delete()
    }
}
