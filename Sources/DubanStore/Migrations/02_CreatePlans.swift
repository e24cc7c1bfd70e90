import FluentKit

struct CreatePlans: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("plans").intID()
            .field("government_id", .int, .required).field("year", .int, .required)
            .field("title", .string, .required).field("status", .string, .required)
            .field("source_name", .string, .required).field("source_format", .string, .required)
            .field("source_data", .data).field("import_report", .string, .required)
            .field("period_rules", .string, .required).field("published_at", .datetime)
            .field("created_by", .int, .required).field("created_at", .datetime).create()
        try await db.schema("plan_attachments").intID()
            .field("plan_id", .int, .required).field("number", .int, .required).field("title", .string, .required).create()
        try await db.schema("plan_groups").intID()
            .field("plan_id", .int, .required).field("attachment", .int, .required).field("parent_id", .int)
            .field("title", .string, .required).field("depth", .int, .required).field("position", .int, .required).create()
        try await db.schema("tasks").intID()
            .field("plan_id", .int, .required).field("government_id", .int, .required)
            .field("position", .int, .required).field("attachment", .int, .required).field("group_id", .int)
            .field("path", .string, .required).field("label", .string, .required).field("text", .string, .required)
            .field("kind", .string, .required).field("deadline", .string).field("status", .string, .required)
            .field("closed_at", .datetime).field("version", .int, .required).field("trajectory", .string)
            .field("warnings", .string, .required).field("source", .string, .required).create()
        try await db.schema("task_versions").intID()
            .field("task_id", .int, .required).field("version", .int, .required).field("snapshot", .string, .required)
            .field("reason", .string, .required).field("account_id", .int, .required).field("created_at", .datetime).create()
        try await db.schema("indicators").intID()
            .field("task_id", .int, .required).field("position", .int, .required).field("metric", .string, .required)
            .field("value", .double, .required).field("unit", .string, .required).field("comparator", .string, .required)
            .field("tier", .string).field("change", .string).create()
        try await db.schema("task_units").intID()
            .field("task_id", .int, .required).field("unit_id", .int, .required)
            .field("role", .string, .required).field("position", .int, .required).create()
        try await db.schema("task_leaders").intID()
            .field("task_id", .int, .required).field("leader_id", .int, .required).field("position", .int, .required).create()
    }

    func revert(on db: any Database) async throws {
        for table in ["task_leaders", "task_units", "indicators", "task_versions", "tasks", "plan_groups", "plan_attachments", "plans"] {
            try await db.schema(table).delete()
        }
    }
}
