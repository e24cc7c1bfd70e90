import FluentKit

struct CreateCycle: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("periods").intID()
            .field("plan_id", .int, .required).field("number", .int, .required).field("label", .string, .required)
            .field("starts_at", .datetime, .required).field("ends_at", .datetime, .required)
            .field("due_at", .datetime, .required).field("grace_ends_at", .datetime, .required)
            .unique(on: "plan_id", "number").create()
        try await db.schema("acknowledgements").intID()
            .field("task_id", .int, .required).field("unit_id", .int, .required).field("account_id", .int, .required)
            .field("created_at", .datetime).unique(on: "task_id", "unit_id").create()
        try await db.schema("work_items").intID()
            .field("task_id", .int, .required).field("unit_id", .int, .required).field("title", .string, .required)
            .field("due_on", .string).field("done", .bool, .required).field("retired", .bool, .required)
            .field("account_id", .int, .required).field("created_at", .datetime).create()
        try await db.schema("reports").intID()
            .field("task_id", .int, .required).field("period_id", .int, .required).field("unit_id", .int, .required)
            .field("account_id", .int, .required).field("role", .string, .required).field("version", .int, .required)
            .field("narrative", .string, .required).field("percent_complete", .double)
            .field("problems", .string, .required).field("next_steps", .string, .required)
            .field("status", .string, .required).field("late", .bool, .required).field("submitted_at", .datetime, .required)
            .field("review_reason", .string).field("reviewed_by", .int).field("reviewed_at", .datetime)
            .unique(on: "task_id", "period_id", "unit_id", "version").create()
        try await db.schema("report_values").intID()
            .field("report_id", .int, .required).field("indicator_id", .int, .required).field("value", .double, .required).create()
        try await db.schema("evidence_files").intID()
            .field("report_id", .int, .required).field("filename", .string, .required).field("content_type", .string, .required)
            .field("size", .int, .required).field("sha256", .string, .required).field("data", .data, .required)
            .field("account_id", .int, .required).field("created_at", .datetime).create()
    }

    func revert(on db: any Database) async throws {
        for table in ["evidence_files", "report_values", "reports", "work_items", "acknowledgements", "periods"] { try await db.schema(table).delete() }
    }
}
