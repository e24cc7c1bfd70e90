import FluentKit
import SQLKit

struct CreateIndexes: AsyncMigration {
    static let indexes: [(String, String, [String])] = [
        ("tasks_plan", "tasks", ["plan_id", "position"]),
        ("tasks_government", "tasks", ["government_id"]),
        ("task_units_unit", "task_units", ["unit_id", "task_id"]),
        ("task_units_task", "task_units", ["task_id"]),
        ("task_leaders_task", "task_leaders", ["task_id"]),
        ("task_leaders_leader", "task_leaders", ["leader_id"]),
        ("indicators_task", "indicators", ["task_id"]),
        ("reports_task", "reports", ["task_id", "period_id"]),
        ("report_values_report", "report_values", ["report_id"]),
        ("evidence_report", "evidence_files", ["report_id"]),
        ("urgings_task", "urgings", ["task_id"]),
        ("instructions_task", "instructions", ["task_id"]),
        ("notifications_account", "notifications", ["account_id", "read_at"]),
        ("periods_plan", "periods", ["plan_id"]),
        ("audit_subject", "audit_entries", ["subject_type", "subject_id"]),
    ]

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for (name, table, columns) in Self.indexes {
            var builder = sql.create(index: "idx_\(name)").on(table)
            for column in columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for (name, _, _) in Self.indexes { try await sql.drop(index: "idx_\(name)").run() }
    }
}
