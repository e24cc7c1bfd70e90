import FluentKit
import SQLKit

/// Levels of government (issue 17): each government's parent and its burden ceiling, the
/// parent's tasks passed down to children, and the links from children's tasks that take them up.
struct AddGovernmentLevels: AsyncMigration {
    // One column per statement: SQLite's ALTER TABLE adds one at a time.
    func prepare(on db: any Database) async throws {
        try await db.schema("governments").field("parent_id", .int).update()
        try await db.schema("governments").field("burden_ceiling", .int).update()
        try await db.schema(TaskHandoffRecord.schema).intID()
            .field("task_id", .int, .required, .references("tasks", "id", onDelete: .cascade))
            .field("government_id", .int, .required, .references("governments", "id", onDelete: .cascade))
            .field("source", .string, .required).field("passed_by", .int).field("weight", .double).field("created_at", .datetime, .required)
            .unique(on: "task_id", "government_id", name: "uq_task_handoffs_task_government")
            .create()
        try await db.schema(TaskLinkRecord.schema).intID()
            .field("child_task_id", .int, .required, .references("tasks", "id", onDelete: .cascade))
            .field("parent_task_id", .int, .required, .references("tasks", "id", onDelete: .cascade))
            .field("child_government_id", .int, .required, .references("governments", "id", onDelete: .cascade))
            .field("status", .string, .required).field("measures", .string, .required).field("similarity", .double, .required)
            .field("decided_by", .int).field("decided_at", .datetime).field("created_at", .datetime, .required)
            .unique(on: "child_task_id", name: "uq_task_links_child_task")
            .create()
        if let sql = db as? any SQLDatabase {
            try await sql.create(index: "idx_task_handoffs_government").on(TaskHandoffRecord.schema).column("government_id").run()
            try await sql.create(index: "idx_task_links_parent_task").on(TaskLinkRecord.schema).column("parent_task_id").run()
        }
    }

    func revert(on db: any Database) async throws {
        try await db.schema(TaskLinkRecord.schema).delete()
        try await db.schema(TaskHandoffRecord.schema).delete()
        try await db.schema("governments").deleteField("burden_ceiling").update()
        try await db.schema("governments").deleteField("parent_id").update()
    }
}
