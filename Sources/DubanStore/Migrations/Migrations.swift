import Fluent
import SQLKit

/// Every migration, in order, each named for what it does. Schema builder and SQLKit builders
/// only, so SQLite and PostgreSQL take the same list; the search index is the one exception.
public enum DubanMigrations {
    public static let all: [any Migration] = [
        CreateDirectory(),  // governments, units, aliases, collective members, leaders
        CreatePlans(),  // plans, attachments, groups, tasks, versions, indicators, responsibility
        CreateCycle(),  // periods, acknowledgements, work items, reports, values, evidence
        CreateFollowUp(),  // urgings, instructions, notifications
        CreateAccounts(),  // accounts, sessions, API tokens
        CreateAudit(),  // the hash-chained audit trail
        CreateIndexes(),  // the lookups the app's questions make
        CreateOutbox(),  // webhook messages waiting to be sent
        CreateDataRevision(),  // the number every write raises, for caches on every app server
        CreateProducts(),  // monthly bulletins and their versions
        CreateSearch(),  // full-text search for Chinese (FTS5 trigram, pg_trgm)
        CreateColumnMappings(),  // what a clerk said a table's columns are, per government and header
        AddWebhookSecret(),  // the DingTalk robot's signing secret (加签)
        AddAccountSecurity(),  // folded usernames, must-change-password, who issued a password, token expiry
        AddTaskRating(),  // the office's rating of a qualitative or milestone task (评定等次)
        AddSupervisionRules(),  // the office's light thresholds, correction window and ranking minimum
    ]
}

extension SchemaBuilder {
    /// An auto-incrementing integer key, on SQLite and PostgreSQL alike.
    func intID() -> Self { field(.id, .int, .identifier(auto: true)) }
}

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

struct CreateFollowUp: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("urgings").intID()
            .field("task_id", .int, .required).field("unit_id", .int, .required).field("message", .string, .required)
            .field("sent_by", .int, .required).field("sent_at", .datetime, .required).field("reply_by", .datetime, .required)
            .field("answer", .string).field("answered_by", .int).field("answered_at", .datetime)
            .field("escalated_at", .datetime).field("escalation_note", .string).create()
        try await db.schema("instructions").intID()
            .field("task_id", .int, .required).field("account_id", .int, .required).field("text", .string, .required)
            .field("created_at", .datetime).create()
        try await db.schema("notifications").intID()
            .field("account_id", .int, .required).field("kind", .string, .required).field("title", .string, .required)
            .field("body", .string, .required).field("task_id", .int).field("read_at", .datetime).field("created_at", .datetime).create()
    }

    func revert(on db: any Database) async throws {
        for table in ["notifications", "instructions", "urgings"] { try await db.schema(table).delete() }
    }
}

struct CreateAccounts: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("accounts").intID()
            .field("username", .string, .required).unique(on: "username")
            .field("display_name", .string, .required).field("password_hash", .string, .required)
            .field("role", .string, .required).field("government_id", .int).field("unit_id", .int).field("leader_id", .int)
            .field("failed_logins", .int, .required).field("locked_until", .datetime).field("active", .bool, .required)
            .field("created_at", .datetime).create()
        try await db.schema("sessions").intID()
            .field("token_hash", .string, .required).unique(on: "token_hash")
            .field("account_id", .int, .required).field("csrf_token", .string, .required)
            .field("expires_at", .datetime, .required).field("created_at", .datetime).create()
        try await db.schema("api_tokens").intID()
            .field("token_hash", .string, .required).unique(on: "token_hash")
            .field("account_id", .int, .required).field("name", .string, .required)
            .field("expires_at", .datetime).field("created_at", .datetime).create()
    }

    func revert(on db: any Database) async throws {
        for table in ["api_tokens", "sessions", "accounts"] { try await db.schema(table).delete() }
    }
}

struct CreateAudit: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // A unique sequence makes two writers racing for the same place in the chain collide,
        // so one retries on the new head instead of forking the chain.
        try await db.schema("audit_entries").intID()
            .field("sequence", .int, .required).unique(on: "sequence")
            .field("at", .datetime, .required).field("account_id", .int).field("government_id", .int)
            .field("action", .string, .required).field("subject_type", .string, .required).field("subject_id", .int)
            .field("before", .string, .required).field("after", .string, .required)
            .field("previous_hash", .string, .required).field("hash", .string, .required).create()
    }

    func revert(on db: any Database) async throws { try await db.schema("audit_entries").delete() }
}

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

struct CreateOutbox: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("webhook_outbox").intID()
            .field("government_id", .int, .required).field("url", .string, .required).field("payload", .string, .required)
            .field("attempts", .int, .required).field("sent_at", .datetime).field("last_error", .string)
            .field("created_at", .datetime).create()
    }

    func revert(on db: any Database) async throws { try await db.schema("webhook_outbox").delete() }
}

struct CreateColumnMappings: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("column_mappings").intID()
            .field("government_id", .int, .required).field("header_key", .string, .required).field("roles", .string, .required)
            .field("updated_by", .int, .required).field("updated_at", .datetime)
            .unique(on: "government_id", "header_key").create()
    }

    func revert(on db: any Database) async throws { try await db.schema("column_mappings").delete() }
}
