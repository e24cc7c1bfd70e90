import FluentKit
import SQLKit

/// 季督查 as issued (issue 17): the list the office sent out, so the burden meter counts the
/// inspections units actually received, in the month they received them.
struct CreateInspectionRounds: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(InspectionRoundRecord.schema).intID()
            .field("plan_id", .int, .required, .references("plans", "id", onDelete: .cascade))
            .field("year", .int, .required).field("quarter", .int, .required).field("month", .int, .required)
            .field("task_ids", .string, .required).field("issued_by", .int).field("issued_at", .datetime, .required)
            .unique(on: "plan_id", "year", "quarter", name: "uq_inspection_rounds_plan_quarter")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(InspectionRoundRecord.schema).delete()
    }
}
