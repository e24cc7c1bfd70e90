import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Where the data lives: an SQLite file by default, PostgreSQL when `DATABASE_URL` is set
/// (the way past one machine: stateless app servers on one database).
public enum DatabaseBackend: Sendable, Equatable {
    case sqliteFile(String)
    case sqliteMemory
    case postgres(String)

    public static let defaultPath = "duban.sqlite"

    /// Flags over environment over defaults: `--db PATH` wins, then `DATABASE_URL`, then `duban.sqlite`.
    public static func resolve(dbPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> DatabaseBackend {
        if let dbPath { return dbPath == ":memory:" ? .sqliteMemory : .sqliteFile(dbPath) }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .postgres(url) }
        return .sqliteFile(defaultPath)
    }

    public var isPostgres: Bool { if case .postgres = self { true } else { false } }

    /// `DUBAN_DB_POOL`: PostgreSQL connections per event loop (one loop per core). Every app
    /// server holds up to cores × pool connections, so servers × cores × pool must stay under
    /// the server's `max_connections` (100 by default). SQLite's driver keeps one connection per
    /// loop whatever it is asked; readers and the writer get separate ones (`StoreRuntime`).
    public func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseConfigurationFactory {
        let pool = environment["DUBAN_DB_POOL"].flatMap(Int.init).map { min(max($0, 1), 64) }
        switch self {
        case .sqliteFile(let path):
            return .sqlite(.file(path))
        case .sqliteMemory:
            return .sqlite(.memory)
        case .postgres(let url):
            return try .postgres(url: url, maxConnectionsPerEventLoop: pool ?? 8)
        }
    }

    /// A file: readers and the writer on separate connections (see `StoreRuntime.init`).
    var hasSeparateWriter: Bool { if case .sqliteFile = self { true } else { false } }

    public var id: DatabaseID { isPostgres ? .psql : .sqlite }

    /// Settings kept in the database file itself. Write-ahead logging lets readers go on while
    /// a report is written, and a commit costs one sync instead of several; every commit is
    /// still synced (synchronous stays FULL), so a reply of 2xx means the report is on disk.
    public func prepare(_ db: any Database) async throws {
        guard case .sqliteFile = self, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    /// For logs and the health endpoint: never the password.
    public var description: String {
        switch self {
        case .sqliteFile(let path): "SQLite \(path)"
        case .sqliteMemory: "SQLite (内存)"
        case .postgres(let url):
            "PostgreSQL " + (URLComponents(string: url).map { "\($0.host ?? "")/\($0.path.dropFirst())" } ?? "")
        }
    }
}
