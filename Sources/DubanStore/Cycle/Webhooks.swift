import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Group-robot messages for DingTalk (钉钉) and WeCom (企业微信), queued in the outbox.
public enum Webhooks {
    public enum Kind: String, Sendable, Codable {
        case dingtalk
        case wecom
    }

    /// The robot's JSON: both take markdown, under different keys.
    public static func payload(kind: Kind, title: String, text: String) -> String {
        let body: [String: Any]
        let markdown = "### \(title)\n\n\(text)"
        switch kind {
        case .dingtalk: body = ["msgtype": "markdown", "markdown": ["title": title, "text": markdown]]
        case .wecom: body = ["msgtype": "markdown", "markdown": ["content": markdown]]
        }
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Queues a message for the government's robot, if it has one.
    static func enqueue(governmentID: Int, title: String, text: String, on db: any Database) async throws {
        guard let government = try await GovernmentRecord.find(governmentID, on: db),
            let url = government.webhookURL, !url.isEmpty
        else { return }
        let record = OutboxRecord()
        record.governmentID = governmentID
        record.url = url
        record.payload = payload(kind: Kind(rawValue: government.webhookKind ?? "") ?? .dingtalk, title: title, text: text)
        record.attempts = 0
        try await record.create(on: db)
    }
}
