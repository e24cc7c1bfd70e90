import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The office sets its government's group robot. The URL carries the robot's access token and
/// the secret signs every message, so neither is written to the audit trail.
public enum WebhookSettings {
    public struct Change: Sendable {
        /// Empty or nil: no robot.
        public var url: String?
        public var kind: Webhooks.Kind
        /// DingTalk 加签: nil keeps the saved secret, empty removes it.
        public var secret: String?

        public init(url: String?, kind: Webhooks.Kind = .dingtalk, secret: String? = nil) {
            self.url = url
            self.kind = kind
            self.secret = secret
        }
    }

    public static func set(
        governmentID: Int, _ change: Change, address: WebhookAddress, actor: Actor,
        in context: StoreContext
    ) async throws {
        let url = change.url?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if !url.isEmpty, let problem = address.problem(with: url) { throw StoreError.invalid(problem) }
        let secret = change.secret?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let secret, !secret.isEmpty, !(secret.hasPrefix("SEC") && secret.utf8.count <= 200 && secret.allSatisfy(\.isASCII)) {
            throw StoreError.invalid(Strings.Security.webhookSecretMalformed)
        }
        try await context.write { ctx in
            try Guard.require(actor, .manageDirectory, .government(governmentID))
            guard let government = try await GovernmentRecord.find(governmentID, on: ctx.db) else {
                throw StoreError.notFound(Strings.Web.notFound)
            }
            let before = describe(government)
            government.webhookURL = url.isEmpty ? nil : url
            government.webhookKind = change.kind.rawValue
            if let secret { government.webhookSecret = secret.isEmpty ? nil : secret }
            if url.isEmpty { government.webhookSecret = nil }
            try await government.save(on: ctx.db)
            try await ctx.audit(
                actor, "government.webhook", "government", governmentID, governmentID: governmentID,
                before: before, after: describe(government))
        }
    }

    /// What the audit trail may keep: the kind, the address without its token, whether it signs.
    static func describe(_ government: GovernmentRecord) -> String {
        guard let url = government.webhookURL, !url.isEmpty else { return "" }
        let signed = government.webhookSecret?.isEmpty == false ? " 加签" : ""
        return "\(government.webhookKind ?? "") \(redacted(url))\(signed)"
    }

    /// Query values (access_token=…, key=…) replaced, so a log or audit line cannot post as the robot.
    public static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "***" }
        components.user = nil
        components.password = nil
        if let items = components.queryItems, !items.isEmpty {
            components.queryItems = items.map { URLQueryItem(name: $0.name, value: "***") }
        }
        return components.string ?? "***"
    }
}
