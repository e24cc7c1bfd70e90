import DubanStrings
import FluentKit
import SQLKit

/// Foreign keys where rows belong to rows. What a person entered is never deleted with its parent
/// (`RESTRICT`: a task with reports, a report with evidence); only the parts of a draft row
/// (units, leaders), a report's values, a unit's aliases and an account's sessions go
/// with what they belong to (`CASCADE`). A link that may lapse is cleared (`SET NULL`).
///
/// PostgreSQL adds each constraint in place. SQLite cannot add one to a table, so each table is
/// rebuilt (its own CREATE statement plus the keys, rows copied, indexes and triggers made again),
/// parents before children, so no key ever points at a table while it is being replaced.
/// Either way an installation with a row that points nowhere stops here, names it and changes nothing.
struct AddForeignKeys: AsyncMigration {
    enum Rule: String {
        case cascade = "CASCADE"
        case restrict = "RESTRICT"
        case setNull = "SET NULL"
    }

    struct Key {
        let table: String
        let column: String
        let parent: String
        let rule: Rule
        var name: String { "fk_\(table)_\(column)" }
    }

    /// Parents before children (the SQLite rebuild relies on this order).
    static let keys: [Key] = [
        Key(table: "units", column: "government_id", parent: "governments", rule: .restrict),
        Key(table: "unit_aliases", column: "unit_id", parent: "units", rule: .cascade),
        Key(table: "unit_aliases", column: "government_id", parent: "governments", rule: .restrict),
        Key(table: "unit_members", column: "collective_id", parent: "units", rule: .cascade),
        Key(table: "unit_members", column: "member_id", parent: "units", rule: .cascade),
        Key(table: "leaders", column: "government_id", parent: "governments", rule: .restrict),
        Key(table: "accounts", column: "government_id", parent: "governments", rule: .restrict),
        Key(table: "accounts", column: "unit_id", parent: "units", rule: .restrict),
        Key(table: "accounts", column: "leader_id", parent: "leaders", rule: .restrict),
        Key(table: "sessions", column: "account_id", parent: "accounts", rule: .cascade),
        Key(table: "api_tokens", column: "account_id", parent: "accounts", rule: .cascade),
        Key(table: "plans", column: "government_id", parent: "governments", rule: .restrict),
        Key(table: "plan_attachments", column: "plan_id", parent: "plans", rule: .restrict),
        Key(table: "plan_groups", column: "plan_id", parent: "plans", rule: .restrict),
        Key(table: "plan_settings", column: "plan_id", parent: "plans", rule: .cascade),
        Key(table: "periods", column: "plan_id", parent: "plans", rule: .restrict),
        Key(table: "tasks", column: "plan_id", parent: "plans", rule: .restrict),
        Key(table: "tasks", column: "government_id", parent: "governments", rule: .restrict),
        Key(table: "tasks", column: "group_id", parent: "plan_groups", rule: .restrict),
        Key(table: "task_versions", column: "task_id", parent: "tasks", rule: .restrict),
        // Not `indicators.task_id`: an amendment that rewords a task detaches its old indicators by
        // negating their task id (`TaskActions.amend`), so old reports keep showing their values.
        Key(table: "task_units", column: "task_id", parent: "tasks", rule: .cascade),
        Key(table: "task_units", column: "unit_id", parent: "units", rule: .restrict),
        Key(table: "task_leaders", column: "task_id", parent: "tasks", rule: .cascade),
        Key(table: "task_leaders", column: "leader_id", parent: "leaders", rule: .restrict),
        Key(table: "acknowledgements", column: "task_id", parent: "tasks", rule: .restrict),
        Key(table: "acknowledgements", column: "unit_id", parent: "units", rule: .restrict),
        Key(table: "work_items", column: "task_id", parent: "tasks", rule: .restrict),
        Key(table: "reports", column: "task_id", parent: "tasks", rule: .restrict),
        Key(table: "reports", column: "period_id", parent: "periods", rule: .restrict),
        Key(table: "reports", column: "unit_id", parent: "units", rule: .restrict),
        Key(table: "report_values", column: "report_id", parent: "reports", rule: .cascade),
        Key(table: "report_values", column: "indicator_id", parent: "indicators", rule: .restrict),
        Key(table: "evidence_files", column: "report_id", parent: "reports", rule: .restrict),
        Key(table: "urgings", column: "task_id", parent: "tasks", rule: .restrict),
        Key(table: "urgings", column: "unit_id", parent: "units", rule: .restrict),
        Key(table: "instructions", column: "task_id", parent: "tasks", rule: .restrict),
        Key(table: "notifications", column: "account_id", parent: "accounts", rule: .cascade),
        Key(table: "notifications", column: "task_id", parent: "tasks", rule: .setNull),
        Key(table: "bulletins", column: "plan_id", parent: "plans", rule: .restrict),
        Key(table: "column_mappings", column: "government_id", parent: "governments", rule: .cascade),
        Key(table: "webhook_outbox", column: "government_id", parent: "governments", rule: .cascade),
    ]

    /// The tables in the order they are rebuilt, each with its keys.
    static var tables: [(table: String, keys: [Key])] {
        var order: [String] = []
        for key in keys where !order.contains(key.table) { order.append(key.table) }
        return order.map { table in (table, keys.filter { $0.table == table }) }
    }

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for key in Self.keys { try await Self.requireNoOrphans(key, on: sql) }
        if sql.dialect.name == "postgresql" {
            for key in Self.keys {
                try await sql.raw(
                    """
                    ALTER TABLE \(ident: key.table) ADD CONSTRAINT \(ident: key.name) FOREIGN KEY (\(ident: key.column)) \
                    REFERENCES \(ident: key.parent) (id) ON DELETE \(unsafeRaw: key.rule.rawValue)
                    """
                ).run()
            }
            return
        }
        for (table, keys) in Self.tables {
            try await db.transaction { tx in try await SQLiteRebuild.addKeys(keys, to: table, on: tx as! any SQLDatabase) }
        }
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        for key in Self.keys.reversed() {
            try await sql.raw("ALTER TABLE \(ident: key.table) DROP CONSTRAINT IF EXISTS \(ident: key.name)").run()
        }
    }

    /// A row that points at nothing would make the key fail half-way; name it instead.
    static func requireNoOrphans(_ key: Key, on sql: any SQLDatabase) async throws {
        struct Count: Decodable { let n: Int }
        let found = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM \(ident: key.table) AS child WHERE child.\(ident: key.column) IS NOT NULL \
            AND NOT EXISTS (SELECT 1 FROM \(ident: key.parent) AS parent WHERE parent.id = child.\(ident: key.column))
            """
        ).first(decoding: Count.self)
        if let found, found.n > 0 {
            throw StoreError.conflict(Strings.Store.danglingRows(found.n, table: key.table, column: key.column, parent: key.parent))
        }
    }
}
