import FluentKit

/// 延期申请, 目标调整申请, 退办 and 免会签, each with its decision (for a return, the unit it went
/// to; for a waiver, the period it covers).
struct CreateChangeRequests: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ChangeRequestRecord.schema).intID()
            .field("task_id", .int, .required, .references("tasks", "id", onDelete: .restrict))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .restrict))
            .field("account_id", .int, .required)
            .field("kind", .string, .required).field("reason", .string, .required).field("period_number", .int)
            .field("current_deadline", .string).field("requested_deadline", .string).field("requested_text", .string)
            .field("status", .string, .required).field("granted_deadline", .string).field("reassigned_to", .string).field("decision_note", .string)
            .field("decided_by", .int).field("decided_at", .datetime).field("created_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws { try await db.schema(ChangeRequestRecord.schema).delete() }
}
