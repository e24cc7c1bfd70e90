import FluentKit
import SQLKit

/// Full-text search that works for Chinese, where words are not separated by spaces: SQLite's
/// FTS5 with the trigram tokenizer, kept in step with `tasks` by triggers; PostgreSQL's pg_trgm
/// index under ILIKE. The one place with raw SQL: neither has a schema-builder form.
struct CreateSearch: AsyncMigration {
    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm").run()
            try await sql.raw("CREATE INDEX IF NOT EXISTS idx_tasks_text_trgm ON tasks USING gin (text gin_trgm_ops)").run()
            try await sql.raw("CREATE INDEX IF NOT EXISTS idx_units_name_trgm ON units USING gin (name gin_trgm_ops)").run()
            return
        }
        try await sql.raw("CREATE VIRTUAL TABLE task_search USING fts5(text, content='tasks', content_rowid='id', tokenize='trigram')").run()
        try await sql.raw(
            """
            CREATE TRIGGER task_search_insert AFTER INSERT ON tasks BEGIN
              INSERT INTO task_search(rowid, text) VALUES (new.id, new.text);
            END
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER task_search_delete AFTER DELETE ON tasks BEGIN
              INSERT INTO task_search(task_search, rowid, text) VALUES ('delete', old.id, old.text);
            END
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER task_search_update AFTER UPDATE OF text ON tasks BEGIN
              INSERT INTO task_search(task_search, rowid, text) VALUES ('delete', old.id, old.text);
              INSERT INTO task_search(rowid, text) VALUES (new.id, new.text);
            END
            """
        ).run()
        try await sql.raw("INSERT INTO task_search(task_search) VALUES ('rebuild')").run()
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP INDEX IF EXISTS idx_tasks_text_trgm").run()
            try await sql.raw("DROP INDEX IF EXISTS idx_units_name_trgm").run()
            return
        }
        for trigger in ["task_search_insert", "task_search_delete", "task_search_update"] {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
        }
        try await sql.raw("DROP TABLE IF EXISTS task_search").run()
    }
}
