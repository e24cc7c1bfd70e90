import DubanCore
import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The database a process opens: FluentKit's registry for one backend and Duban's migrations.
/// The web server, the CLI's chores and the tests all open it the same way, and none of them
/// needs the web framework to do so.
public final class StoreRuntime: Sendable {
    public let backend: DatabaseBackend
    private let databases: Databases
    /// SQLite files only: the writer's connections and the one thread they run on.
    private let writers: Databases?
    private let writerThread: NIOThreadPool?
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger
    /// SQLite files: the data revisions read without the driver (`RevisionProbe`).
    private let probe: RevisionProbe?

    /// The event loops and thread pool are the caller's (the web server's), or NIO's shared ones.
    public init(
        backend: DatabaseBackend, logger: Logger = Logger(label: "duban.store"),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, threadPool: NIOThreadPool = .singleton
    ) throws {
        self.backend = backend
        self.eventLoopGroup = eventLoopGroup
        self.logger = logger
        databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        databases.use(try backend.configuration(), as: backend.id)
        // SQLite's driver opens one connection per event loop, and runs every statement on the
        // blocking pool. Were writes to share both with reads, a write's statements would queue
        // behind the reads that its own previous write sent to recompute, and every read on its
        // loop would wait for its whole transaction. So writes get their own connections and
        // their own thread; write-ahead logging lets readers go on meanwhile.
        if case .sqliteFile(let path) = backend { probe = RevisionProbe(path: path) } else { probe = nil }
        if backend.hasSeparateWriter {
            let thread = NIOThreadPool(numberOfThreads: 1)
            thread.start()
            let writers = Databases(threadPool: thread, on: eventLoopGroup)
            writers.use(try backend.configuration(), as: backend.id)
            self.writers = writers
            writerThread = thread
        } else {
            writers = nil
            writerThread = nil
        }
    }

    /// A handle on one event loop: a request's own, or any.
    public func database(logger: Logger? = nil, on eventLoop: (any EventLoop)? = nil) -> any Database {
        // The one backend registered in init, so the registry always answers.
        databases.database(backend.id, logger: logger ?? self.logger, on: eventLoop ?? eventLoopGroup.any())!
    }

    /// The handle `StoreContext.write` runs its transactions on: SQLite's writer connections, or
    /// the same pool as reads where the server has many connections (PostgreSQL).
    public func writer(logger: Logger? = nil, on eventLoop: (any EventLoop)? = nil) -> any Database {
        guard let writers else { return database(logger: logger, on: eventLoop) }
        return writers.database(backend.id, logger: logger ?? self.logger, on: eventLoop ?? eventLoopGroup.any())!
    }

    /// A store context on this runtime's reader and writer: a request's own loop, or any.
    public func context(
        logger: Logger? = nil, on eventLoop: (any EventLoop)? = nil,
        clock: any Clock = SystemClock(), gate: WriteGate = WriteGate(), cache: ReadCache = ReadCache()
    ) -> StoreContext {
        StoreContext(
            db: database(logger: logger, on: eventLoop), writer: writer(logger: logger, on: eventLoop), clock: clock, backend: backend,
            gate: gate, cache: cache, probe: probe)
    }

    /// Settings kept in the file, then every migration not yet run, in one batch.
    public func migrate() async throws {
        try await prepare()
        let migrations = Migrations()
        migrations.add(DubanMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any())
        guard backend.isPostgres else {
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            return
        }
        // App servers started together each migrate at start: one at a time, or the second
        // finds half-made tables. A session lock on a connection held meanwhile; it ends with
        // the session if this process dies.
        try await database().withConnection { connection in
            guard let sql = connection as? any SQLDatabase else { return }
            try await sql.raw("SELECT pg_advisory_lock(7309)").run()
            do {
                try await migrator.setupIfNeeded().get()
                try await migrator.prepareBatch().get()
            } catch {
                try? await sql.raw("SELECT pg_advisory_unlock(7309)").run()
                throw error
            }
            try await sql.raw("SELECT pg_advisory_unlock(7309)").run()
        }
    }

    public func prepare() async throws { try await backend.prepare(database()) }

    public func shutdown() async {
        await databases.shutdownAsync()
        await writers?.shutdownAsync()
        probe?.close()
        try? await writerThread?.shutdownGracefully()
    }

    /// Opens the database for one chore and closes it after, whatever the chore does.
    public static func with<T: Sendable>(_ backend: DatabaseBackend, _ body: (StoreRuntime) async throws -> T) async throws -> T {
        var logger = Logger(label: "duban.store")
        logger.logLevel = .error
        let runtime = try StoreRuntime(backend: backend, logger: logger)
        do {
            try await runtime.prepare()
            let result = try await body(runtime)
            await runtime.shutdown()
            return result
        } catch {
            await runtime.shutdown()
            throw error
        }
    }
}
