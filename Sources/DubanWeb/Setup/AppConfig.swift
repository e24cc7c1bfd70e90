import DubanCore
import DubanStore
import Foundation

/// Configuration read in one place: flags over environment over defaults.
public struct AppConfig: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var backend: DatabaseBackend = .sqliteFile(DatabaseBackend.defaultPath)
    public var demo = false
    /// Largest request body (plan uploads, evidence files).
    public var uploadLimitBytes = 50_000_000
    public var evidenceLimitBytes = 10_000_000
    /// Largest body of every other request (forms, JSON), signed in or not.
    public var formLimitBytes = 1_000_000
    public var sessionHours = 12
    /// `DUBAN_WEBHOOK_URL`: a DingTalk or WeCom group robot for every government without its own.
    public var webhookURL: String?
    /// `DUBAN_WEBHOOK_ALLOWED_HOSTS`: hosts inside the installation's own network that robots may
    /// post to (a relay); every other robot address must be public https.
    public var webhookAllowedHosts: Set<String> = []
    /// `DUBAN_WEBHOOK_TIMEOUT`: seconds one robot may take to answer.
    public var webhookTimeoutSeconds = 10
    /// `DUBAN_SWEEP_SECONDS`: sweep for reminders and escalations every N seconds (0: never;
    /// tests trigger it by hand).
    public var sweepSeconds = 300
    /// bcrypt cost; tests and the demo may lower it, production keeps the default.
    public var bcryptCost = 11
    /// Run migrations at start (`serve` does; a second app server may be told not to).
    public var autoMigrate = true
    /// `DUBAN_PUBLIC_URL`: the address users type; when https, cookies are Secure and HSTS is sent.
    public var publicURL: String?
    /// `DUBAN_TRUSTED_PROXY`: comma-separated proxy addresses, or `loopback`, whose
    /// X-Forwarded-For and X-Forwarded-Proto are believed. Nobody else's are.
    public var trustedProxies: [String] = []
    /// Login attempts per client address: a burst, then so many a minute.
    public var loginBurst = 30
    public var loginsPerMinute = 30

    /// `DUBAN_OIDC_*`: sign-in through the government's identity provider, if it has one.
    public var provider: ProviderSettings?
    /// `DUBAN_PASSWORD_LOGIN=off`: only the identity provider signs people in (API tokens and
    /// the console's commands still work).
    public var passwordLogin = true
    /// `DUBAN_METRICS_TOKEN`: a bearer token that lets a scraper elsewhere read /metrics.
    public var metricsToken: String?
    /// `DUBAN_LOG_FORMAT=json`: one JSON object per log line, for a log collector.
    public var jsonLogs = false

    public init() {}

    public var webhookAddress: WebhookAddress { WebhookAddress(allowedHosts: webhookAllowedHosts) }

    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> AppConfig {
        var config = AppConfig()
        config.backend = DatabaseBackend.resolve(dbPath: nil, environment: env)
        if let port = env["PORT"].flatMap(Int.init) { config.port = port }
        if let host = env["HOST"] { config.host = host }
        if let limit = env["DUBAN_UPLOAD_LIMIT_MB"].flatMap(Int.init) { config.uploadLimitBytes = limit * 1_000_000 }
        if let limit = env["DUBAN_EVIDENCE_LIMIT_MB"].flatMap(Int.init) { config.evidenceLimitBytes = limit * 1_000_000 }
        if let url = env["DUBAN_WEBHOOK_URL"], !url.isEmpty { config.webhookURL = url }
        if let hosts = env["DUBAN_WEBHOOK_ALLOWED_HOSTS"] {
            config.webhookAllowedHosts = Set(hosts.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        if let seconds = env["DUBAN_WEBHOOK_TIMEOUT"].flatMap(Int.init), seconds > 0 { config.webhookTimeoutSeconds = seconds }
        if let seconds = env["DUBAN_SWEEP_SECONDS"].flatMap(Int.init), seconds >= 0 { config.sweepSeconds = seconds }
        config.provider = ProviderSettings(env)
        if let token = env["DUBAN_METRICS_TOKEN"], token.count >= 16 { config.metricsToken = token }
        config.jsonLogs = env["DUBAN_LOG_FORMAT"]?.lowercased() == "json"
        if let value = env["DUBAN_PASSWORD_LOGIN"]?.lowercased(), ["off", "false", "0", "no"].contains(value) { config.passwordLogin = false }
        if let cost = env["DUBAN_BCRYPT_COST"].flatMap(Int.init) { config.bcryptCost = cost }
        if let url = env["DUBAN_PUBLIC_URL"], !url.isEmpty { config.publicURL = url }
        if let proxies = env["DUBAN_TRUSTED_PROXY"] {
            config.trustedProxies = proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return config
    }
}
