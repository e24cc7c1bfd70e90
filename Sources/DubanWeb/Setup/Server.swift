import DubanStrings
import DubanCore
import DubanStore
import Fluent
import Foundation
import Vapor

/// Runs the server until stopped: the shared entry of `duban serve`.
public enum Server {
    public static func run(_ config: AppConfig, samplesDirectory: String?, printer: @escaping @Sendable (String) -> Void) async throws {
        let clock: any Clock = config.demo ? OffsetClock(anchor: DemoLoader.demoDate) : SystemClock()
        // Vapor's own serve command does the listening and the signal handling (SIGINT, SIGTERM).
        var env = Environment(name: "production", arguments: ["duban", "serve", "--hostname", config.host, "--port", String(config.port)])
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, config, clock: clock)
            if config.demo, let samplesDirectory {
                let logins = try await DemoLoader.load(app: app, samplesDirectory: samplesDirectory)
                printer(Strings.CLI.demoAccountsHeading)
                for login in logins { printer(Strings.CLI.demoAccount(login.username, login.password, role: login.role, who: login.who)) }
            }
            let sweeper = Task { await Sweeper.loop(app: app, seconds: config.sweepSeconds) }
            printer(Strings.CLI.listening(host: config.host, port: config.port, database: config.backend.description))
            try await app.execute()
            sweeper.cancel()
            await sweeper.value
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

/// The demo's clock: it starts on the demo day and runs at the real pace from there.
public struct OffsetClock: Clock {
    let offset: TimeInterval

    public init(anchor: Date, started: Date = Date()) {
        offset = anchor.timeIntervalSince(started)
    }

    public func now() -> Date { Date().addingTimeInterval(offset) }
}

/// Periodic work that no request triggers: overdue urgings become supervision notices, and
/// queued webhook messages go out. Any app server may run it; the database keeps it single.
public enum Sweeper {
    static func loop(app: Application, seconds: Int) async {
        guard seconds > 0 else { return }
        // Wait first: the application must have booted before the sweep touches its HTTP client.
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(seconds) * 1_000_000_000)
            if Task.isCancelled { return }
            do {
                try await runOnce(app: app)
            } catch {
                app.logger.report(error: error)
            }
        }
    }

    public static func runOnce(app: Application) async throws {
        let escalated = try await Urgings.escalateOverdue(in: app.storeContext())
        if escalated > 0 { app.logger.info("escalated \(escalated) overdue urgings") }
        try await Reminders.send(in: app.storeContext())
        guard try await OutboxRecord.query(on: app.db).filter(\.$sentAt == nil).count() > 0 else { return }
        let client = app.client
        _ = try await Webhooks.deliver(on: app.db) { url, payload in
            let response = try await client.post(URI(string: url)) { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: payload)
            }
            return (200..<300).contains(response.status.code)
        }
    }
}
