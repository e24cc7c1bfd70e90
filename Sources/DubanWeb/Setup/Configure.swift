import DubanCore
import DubanStore
import Vapor

/// Builds the application: the one function `serve` and the tests both call.
public func configure(_ app: Application, _ config: AppConfig, clock: any Clock = SystemClock()) async throws {
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    // Forms and JSON are small; only the upload routes take more, and only from someone signed in.
    app.routes.defaultMaxBodySize = ByteCount(integerLiteral: config.formLimitBytes)
    let runtime = try StoreRuntime(backend: config.backend, logger: app.logger, eventLoopGroup: app.eventLoopGroup, threadPool: app.threadPool)
    app.lifecycle.use(StoreShutdown(runtime: runtime))
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    // A robot answering with a redirect must not lead the server to an address it would refuse.
    app.http.client.configuration.redirectConfiguration = .disallow
    app.storage[DubanKey.self] = DubanServices(config: config, clock: clock, runtime: runtime, gate: WriteGate(), cache: ReadCache())
    app.storage[IdentityGuards.Key.self] = IdentityGuards(config: config)
    if config.autoMigrate { try await runtime.migrate() } else { try await runtime.prepare() }

    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(MethodNotAllowedMiddleware())
    app.middleware.use(ActorMiddleware())
    app.middleware.use(RequestContractMiddleware())
    try routes(app)
}

/// Shared services the routes reach through `req.duban`.
public struct DubanServices: Sendable {
    public var config: AppConfig
    public var clock: any Clock
    /// The database this server opened (closed when the application shuts down).
    public var runtime: StoreRuntime
    public var gate: WriteGate
    /// Read answers shared by this server's requests while the data revision holds.
    public var cache: ReadCache
}

struct DubanKey: StorageKey { typealias Value = DubanServices }

extension Application {
    public var duban: DubanServices {
        guard let services = storage[DubanKey.self] else { fatalError("configure(_:_:) was not called") }
        return services
    }

    public func storeContext() -> StoreContext {
        duban.runtime.context(clock: duban.clock, gate: duban.gate, cache: duban.cache)
    }
}

extension Request {
    var duban: DubanServices { application.duban }

    var store: StoreContext {
        duban.runtime.context(logger: logger, on: eventLoop, clock: duban.clock, gate: duban.gate, cache: duban.cache)
    }

    var now: Date { duban.clock.now() }
}

/// Closes the database after the server has stopped taking requests.
struct StoreShutdown: LifecycleHandler {
    let runtime: StoreRuntime

    func shutdownAsync(_ application: Application) async { await runtime.shutdown() }
}
