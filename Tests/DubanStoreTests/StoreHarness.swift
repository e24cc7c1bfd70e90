import DubanCore
import DubanStore
import DubanTestSupport
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix

/// A freshly migrated database per test: in-memory SQLite always, and the same suite on a real
/// PostgreSQL server when `DUBAN_TEST_POSTGRES_URL` is set (`.ci/run` starts one).
enum StoreHarness {
    static var backends: [DatabaseBackend] {
        var all: [DatabaseBackend] = [.sqliteMemory]
        if let url = ProcessInfo.processInfo.environment["DUBAN_TEST_POSTGRES_URL"], !url.isEmpty { all.append(.postgres(url)) }
        return all
    }

    static let root: URL = RepositoryRoot.url

    /// PostgreSQL tests share one database: they take turns.
    static let postgresTurn = TurnLock()

    static func withStore<T: Sendable>(
        _ backend: DatabaseBackend, clock: any Clock = FixedClock(PlanCalendar.date(2022, 6, 1)),
        _ body: (StoreContext) async throws -> T
    ) async throws -> T {
        if backend.isPostgres { await postgresTurn.acquire() }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let databases = Databases(threadPool: pool, on: group)
        databases.use(try backend.configuration(), as: backend.id)
        var logger = Logger(label: "duban.tests")
        logger.logLevel = .error
        let migrations = Migrations()
        migrations.add(DubanMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: group.any())
        do {
            if backend.isPostgres {
                try await migrator.setupIfNeeded().get()
                try await migrator.revertAllBatches().get()
            }
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            let db = databases.database(backend.id, logger: logger, on: group.any())!
            let result = try await body(StoreContext(db: db, clock: clock, backend: backend))
            await databases.shutdownAsync()
            try await pool.shutdownGracefully()
            try await group.shutdownGracefully()
            if backend.isPostgres { await postgresTurn.release() }
            return result
        } catch {
            await databases.shutdownAsync()
            try? await pool.shutdownGracefully()
            try? await group.shutdownGracefully()
            if backend.isPostgres { await postgresTurn.release() }
            throw error
        }
    }
}

actor TurnLock {
    private var held = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if held { await withCheckedContinuation { waiters.append($0) } } else { held = true }
    }

    func release() {
        if waiters.isEmpty { held = false } else { waiters.removeFirst().resume() }
    }
}
