import SQLKit

/// SQLite's way to change a table's constraints (https://sqlite.org/lang_altertable.html, "other
/// kinds of table schema changes"): make the new table, copy the rows, drop the old, rename,
/// then make its indexes and triggers again. Runs inside the caller's transaction.
enum SQLiteRebuild {
    struct SchemaRow: Decodable {
        let type: String
        let sql: String
    }

    static func addKeys(_ keys: [AddForeignKeys.Key], to table: String, on sql: any SQLDatabase) async throws {
        let rows = try await sql.raw(
            "SELECT type, sql FROM sqlite_master WHERE tbl_name = \(bind: table) AND sql IS NOT NULL"
        ).all(decoding: SchemaRow.self)
        guard let create = rows.first(where: { $0.type == "table" })?.sql else { return }
        let temporary = "\(table)_rebuilt"
        let clauses = keys.map {
            "CONSTRAINT \"\($0.name)\" FOREIGN KEY (\"\($0.column)\") REFERENCES \"\($0.parent)\" (\"id\") ON DELETE \($0.rule.rawValue)"
        }
        let rebuilt = try withKeys(clauses, renamed: temporary, from: create, table: table)
        try await sql.raw("\(unsafeRaw: rebuilt)").run()
        try await sql.raw("INSERT INTO \(ident: temporary) SELECT * FROM \(ident: table)").run()
        try await sql.raw("DROP TABLE \(ident: table)").run()
        try await sql.raw("ALTER TABLE \(ident: temporary) RENAME TO \(ident: table)").run()
        for row in rows where row.type == "index" || row.type == "trigger" { try await sql.raw("\(unsafeRaw: row.sql)").run() }
    }

    /// `CREATE TABLE "units"(…)` → `CREATE TABLE "units_rebuilt"(…, CONSTRAINT … FOREIGN KEY …)`.
    static func withKeys(_ clauses: [String], renamed: String, from create: String, table: String) throws -> String {
        guard let close = create.lastIndex(of: ")") else { throw SQLiteRebuildError.unreadable(table) }
        var head = String(create[..<close])
        for quoted in ["\"\(table)\"", "`\(table)`", table] {
            if let range = head.range(of: quoted) {
                head.replaceSubrange(range, with: "\"\(renamed)\"")
                return head + ", " + clauses.joined(separator: ", ") + create[close...]
            }
        }
        throw SQLiteRebuildError.unreadable(table)
    }
}

enum SQLiteRebuildError: Error, CustomStringConvertible {
    case unreadable(String)
    var description: String {
        switch self {
        case .unreadable(let table): "the CREATE statement of \(table) could not be read"
        }
    }
}
