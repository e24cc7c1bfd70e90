import DubanCore
import DubanStore
import DubanStrings
import Foundation
import Vapor

/// What `serve --demo` loads, supplied by the demo module (DubanDemo): the day the demo's clock
/// starts on, and the loader, which returns the accounts to print.
public struct DemoSeed: Sendable {
    public struct Login: Sendable {
        public var username: String
        public var password: String
        public var role: String
        public var who: String

        public init(username: String, password: String, role: String, who: String) {
            self.username = username
            self.password = password
            self.role = role
            self.who = who
        }
    }

    public var day: Date
    public var load: @Sendable (Application) async throws -> [Login]

    public init(day: Date, load: @escaping @Sendable (Application) async throws -> [Login]) {
        self.day = day
        self.load = load
    }
}

/// Runs the server until stopped: the shared entry of `duban serve`.
public enum Server {
    public static func run(_ config: AppConfig, demo: DemoSeed?, printer: @escaping @Sendable (String) -> Void) async throws {
        let seed = config.demo ? demo : nil
        let clock: any Clock = seed.map { OffsetClock(anchor: $0.day) } ?? SystemClock()
        // Vapor's own serve command does the listening and the signal handling (SIGINT, SIGTERM).
        var env = Environment(name: "production", arguments: ["duban", "serve", "--hostname", config.host, "--port", String(config.port)])
        if config.jsonLogs {
            LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        } else {
            try LoggingSystem.bootstrap(from: &env)
        }
        ServerMetrics.bootstrap()
        let app = try await Application.make(env)
        do {
            try await configure(app, config, clock: clock)
            try await AuditTrail.markKeyed(in: app.storeContext())
            if let seed {
                let logins = try await seed.load(app)
                printer(Strings.CLI.demoAccountsHeading)
                for login in logins { printer(Strings.CLI.demoAccount(login.username, login.password, role: login.role, who: login.who)) }
            }
            let sweeper = Task { await Sweeper.loops(app: app, seconds: config.sweepSeconds) }
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
/// Escalation and delivery run as two loops, so a robot that hangs never delays an escalation.
public enum Sweeper {
    static func loops(app: Application, seconds: Int) async {
        guard seconds > 0 else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await every(seconds, app: app) { try await escalate(app: app) } }
            group.addTask { await every(max(5, seconds / 5), app: app) { try await deliverWebhooks(app: app) } }
        }
    }

    private static func every(_ seconds: Int, app: Application, _ work: @Sendable () async throws -> Void) async {
        // Wait first: the application must have booted before the sweep touches its HTTP client.
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(seconds) * 1_000_000_000)
            if Task.isCancelled { return }
            do { try await work() } catch { app.logger.report(error: error) }
        }
    }

    /// Both chores once, in order (the tests' and the CLI's sweep).
    public static func runOnce(app: Application) async throws {
        try await escalate(app: app)
        try await deliverWebhooks(app: app)
    }

    public static func escalate(app: Application) async throws {
        let escalated = try await Urgings.escalateOverdue(in: app.storeContext())
        if escalated > 0 { app.logger.info("escalated \(escalated) overdue urgings") }
        try await Reminders.send(in: app.storeContext())
    }

    public static func deliverWebhooks(app: Application) async throws {
        guard try await WebhookDelivery.hasPending(on: app.storeContext().db) else { return }
        let client = app.client
        let address = app.duban.config.webhookAddress
        let timeout = Int64(app.duban.config.webhookTimeoutSeconds)
        try await WebhookDelivery.deliver(in: app.storeContext()) { message in
            await post(message, client: client, address: address, timeout: timeout)
        }
    }

    static func post(
        _ message: WebhookDelivery.Message, client: any Client, address: WebhookAddress,
        timeout: Int64
    ) async -> WebhookDelivery.Outcome {
        // Checked again on what the name resolves to now: the office typed a name, not an address.
        guard address.problem(with: message.url) == nil else { return .failed(Strings.Security.webhookResolvedPrivate) }
        let host = URLComponents(string: message.url)?.host ?? ""
        guard address.allowsResolved(host: host, addresses: HostResolver.addresses(of: host)) else {
            return .failed(Strings.Security.webhookResolvedPrivate)
        }
        do {
            let response = try await client.post(URI(string: message.url)) { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: message.payload)
                request.timeout = .seconds(timeout)
            }
            return (200..<300).contains(response.status.code) ? .sent : .failed(Strings.Store.webhookHTTPStatus + " \(response.status.code)")
        } catch {
            let text = String(describing: error)
            return .failed(
                text.lowercased().contains("timeout") || text.contains("deadline")
                    ? Strings.Security.webhookTimedOut
                    : WebhookSettings.redacted(text))
        }
    }
}
