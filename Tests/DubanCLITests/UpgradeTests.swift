import Crypto
import DubanStore
import DubanTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

/// An installation left by an earlier build (`Tests/Fixtures/upgrade/`, made by
/// `scripts/make-upgrade-fixture.sh`: the demo, then reports with evidence) is migrated by this
/// build with nothing lost: every row of every table it had, every evidence file's bytes, and the
/// audit chain up to the head recorded when the fixture was made (`duban audit verify --expect`).
@Suite(.serialized, .tags(.cliProcess), .unlessSkipped(.cliProcess)) struct UpgradeTests {
    static let fixtures = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/upgrade")
    static let postgresURL = ProcessInfo.processInfo.environment["DUBAN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    @Test func anSQLiteInstallationUpgradesWithNothingLost() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("duban.sqlite").path
        let compressed = try Data(contentsOf: Self.fixtures.appendingPathComponent("duban.sqlite.gz"))
        try Self.shell("sh", ["-c", "gunzip -c > '\(path)'"], stdin: compressed)
        let head = try Self.head("sqlite.head")
        try await Self.upgrade(.sqliteFile(path), head: head, cli: ["--db", path], environment: [:])
    }

    @Test(.tags(.postgres), .enabled(if: postgresURL != nil), .unlessSkipped(.postgres)) func aPostgreSQLInstallationUpgradesWithNothingLost() async throws {
        // A database of its own, restored from the dump as an operator would restore a backup.
        let base = try #require(Self.postgresURL)
        let name = "duban_upgrade_\(UInt32.random(in: 0...UInt32.max))"
        let admin = base.components(separatedBy: "?")[0]
        let url = admin.replacingOccurrences(of: "/" + (URL(string: admin)?.lastPathComponent ?? ""), with: "/" + name)
        try Self.shell("psql", [admin, "-qc", "CREATE DATABASE \(name)"])
        defer { _ = try? Self.shell("psql", [admin, "-qc", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"]) }
        let dump = try Data(contentsOf: Self.fixtures.appendingPathComponent("duban.pg.sql.gz"))
        try Self.shell("sh", ["-c", "gunzip -c | psql -q -v ON_ERROR_STOP=1 '\(url)'"], stdin: dump)
        let head = try Self.head("postgres.head")
        try await Self.upgrade(.postgres(url + "?tlsmode=disable"), head: head, cli: [], environment: ["DATABASE_URL": url + "?tlsmode=disable"])
    }

    static func head(_ file: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Counts and evidence before, the migration, the same after, then the audit chain.
    static func upgrade(_ backend: DatabaseBackend, head: String, cli: [String], environment: [String: String?]) async throws {
        let before = try await Contents.read(backend)
        #expect(before.rows["reports", default: 0] > 0 && before.rows["audit_entries", default: 0] > 0)
        #expect(before.evidence.count >= 2, "the fixture holds reports with evidence")
        try await Maintenance.migrate(backend)
        let after = try await Contents.read(backend)
        for (table, count) in before.rows.sorted(by: { $0.key < $1.key }) where table != "_fluent_migrations" {
            #expect(after.rows[table] == count, "\(table): \(count) rows before the upgrade, \(after.rows[table] ?? -1) after")
        }
        #expect(after.evidence == before.evidence)
        #expect(after.evidence.allSatisfy { $0.value.stored == $0.value.computed }, "each evidence file still has the bytes it was hashed from")
        #expect(after.migrations.isSuperset(of: before.migrations))
        #expect(after.migrations.count == DubanMigrations.all.count, "every migration of this build has run")
        // The fixtures predate the foreign keys: the upgrade added them over the rows it kept.
        #expect(before.foreignKeys.isEmpty)
        #expect(
            after.foreignKeys.isSuperset(of: [
                "reports.task_id>tasks", "report_values.report_id>reports", "evidence_files.report_id>reports", "tasks.plan_id>plans",
            ]))
        #expect(after.foreignKeys.count >= 40, "\(after.foreignKeys.count) foreign keys")
        let verify = try Support.run(Support.dubanExecutable, ["audit", "verify"] + cli + ["--expect", head], input: nil, environment: environment)
        #expect(verify.status == 0, "duban audit verify --expect \(head): \(verify.stdout)\(verify.stderr)")
    }

    /// What an installation holds: rows per table, evidence hashes, migrations run.
    struct Contents {
        var rows: [String: Int] = [:]
        /// Evidence id → (the hash stored with it, the hash of its bytes now).
        var evidence: [Int: Hashes] = [:]
        var migrations: Set<String> = []
        /// `child.column>parent`, as the database reports its foreign keys.
        var foreignKeys: Set<String> = []

        struct Hashes: Equatable {
            var stored: String
            var computed: String
        }

        static func read(_ backend: DatabaseBackend) async throws -> Contents {
            try await StoreRuntime.with(backend) { runtime in
                let sql = try #require(runtime.database() as? any SQLDatabase)
                let tables =
                    backend.isPostgres
                    ? try await sql.raw("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'").all()
                    : try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
                var contents = Contents()
                for row in tables {
                    let table = try row.decode(column: "name", as: String.self)
                    let count = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
                    contents.rows[table] = try count?.decode(column: "n", as: Int.self) ?? -1
                }
                for row in try await sql.raw("SELECT id, sha256, data FROM evidence_files").all() {
                    let data = try row.decode(column: "data", as: Data.self)
                    contents.evidence[try row.decode(column: "id", as: Int.self)] = Hashes(
                        stored: try row.decode(column: "sha256", as: String.self),
                        computed: SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
                }
                contents.foreignKeys = try await UpgradeTests.foreignKeys(sql, backend: backend, tables: Array(contents.rows.keys))
                for row in try await sql.raw("SELECT name FROM _fluent_migrations").all() {
                    contents.migrations.insert(try row.decode(column: "name", as: String.self))
                }
                return contents
            }
        }
    }

    static func foreignKeys(_ sql: any SQLDatabase, backend: DatabaseBackend, tables: [String]) async throws -> Set<String> {
        var keys: Set<String> = []
        if backend.isPostgres {
            let rows = try await sql.raw(
                """
                SELECT child.relname AS child, attribute.attname AS column, parent.relname AS parent
                FROM pg_constraint c JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
                JOIN pg_attribute attribute ON attribute.attrelid = c.conrelid AND attribute.attnum = c.conkey[1]
                WHERE c.contype = 'f'
                """
            ).all()
            for row in rows {
                keys.insert(
                    "\(try row.decode(column: "child", as: String.self)).\(try row.decode(column: "column", as: String.self))>"
                        + (try row.decode(column: "parent", as: String.self)))
            }
            return keys
        }
        for table in tables where !table.hasPrefix("task_search") {
            for row in try await sql.raw("SELECT \"from\" AS column, \"table\" AS parent FROM pragma_foreign_key_list(\(bind: table))").all() {
                keys.insert("\(table).\(try row.decode(column: "column", as: String.self))>" + (try row.decode(column: "parent", as: String.self)))
            }
        }
        return keys
    }

    /// A command that must succeed (psql, gunzip), from PATH.
    @discardableResult
    static func shell(_ command: String, _ arguments: [String], stdin: Data? = nil) throws -> Support.Run {
        let run = try Support.run("/usr/bin/env", [command] + arguments, input: stdin)
        #expect(run.status == 0, "\(command) \(arguments): \(run.stdout)\(run.stderr)")
        return run
    }
}
