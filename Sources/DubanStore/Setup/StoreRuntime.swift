import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix

/// The database a process opens: FluentKit's registry for one backend and Duban's migrations.
/// The web server, the CLI's chores and the tests all open it the same way, and none of them
/// needs the web framework to do so.
public final class StoreRuntime: Sendable {
    public let backend: DatabaseBackend
    private let databases: Databases
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger

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
    }

    /// A handle on one event loop: a request's own, or any.
    public func database(logger: Logger? = nil, on eventLoop: (any EventLoop)? = nil) -> any Database {
        // The one backend registered in init, so the registry always answers.
        databases.database(backend.id, logger: logger ?? self.logger, on: eventLoop ?? eventLoopGroup.any())!
    }

    /// Settings kept in the file, then every migration not yet run, in one batch.
    public func migrate() async throws {
        try await prepare()
        let migrations = Migrations()
        migrations.add(DubanMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    public func prepare() async throws { try await backend.prepare(database()) }

    public func shutdown() async { await databases.shutdownAsync() }

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
