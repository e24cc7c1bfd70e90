import Crypto
import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Sends queued robot messages. Each government's messages go out on their own: a robot that
/// never answers costs its own government one timeout per sweep, and nobody else anything.
public enum WebhookDelivery {
    /// One POST to make: the URL already signed, if the robot signs.
    public struct Message: Sendable {
        public var governmentID: Int
        public var url: String
        public var payload: String
    }

    public enum Outcome: Sendable, Equatable {
        case sent
        case failed(String)
    }

    public static func hasPending(on db: any Database) async throws -> Bool {
        try await OutboxRecord.query(on: db).filter(\.$sentAt == nil).count() > 0
    }

    /// Sends what is pending through `send`, at most `parallel` governments at a time. A failure
    /// stops that government's batch for this sweep: its later messages wait for the next.
    @discardableResult
    public static func deliver(
        in context: StoreContext, maxAttempts: Int = 5, parallel: Int = 8,
        send: @escaping @Sendable (Message) async -> Outcome
    ) async throws -> Int {
        let pending = try await claim(in: context, maxAttempts: maxAttempts)
        let byGovernment = Dictionary(grouping: pending, by: \.governmentID).sorted { $0.key < $1.key }
        let (db, clock) = (context.db, context.clock)
        var sent = 0
        try await withThrowingTaskGroup(of: Int.self) { group in
            var running = 0
            for (governmentID, messages) in byGovernment {
                if running == parallel {
                    sent += try await group.next() ?? 0
                    running -= 1
                }
                group.addTask { try await deliver(governmentID: governmentID, messages, on: db, clock: clock, send: send) }
                running += 1
            }
            for try await count in group { sent += count }
        }
        return sent
    }

    /// How long a claim holds: longer than a sweep's sending takes, so a server that died while
    /// sending gives its messages back, and no live server's are taken from it.
    static let claimSeconds: TimeInterval = 600

    /// Takes the pending messages no other server is sending, under the write lock that every
    /// server shares, so each message goes to one server. Bookkeeping, not a change anyone
    /// reads: cached answers stand.
    static func claim(in context: StoreContext, maxAttempts: Int) async throws -> [OutboxRecord] {
        try await context.write(raisesRevision: false) { ctx in
            let now = ctx.now
            let free = try await OutboxRecord.query(on: ctx.db).filter(\.$sentAt == nil).filter(\.$attempts < maxAttempts)
                .group(.or) { $0.filter(\.$claimedUntil == nil).filter(\.$claimedUntil < now) }
                .sort(\.$id).limit(500).all()
            let until = now.addingTimeInterval(claimSeconds)
            try await setClaim(until, ids: free.compactMap(\.id), on: ctx.db)
            for message in free { message.claimedUntil = until }
            return free
        }
    }

    static func setClaim(_ until: Date?, ids: [Int], on db: any Database) async throws {
        guard !ids.isEmpty else { return }
        try await OutboxRecord.query(on: db).filter(\.$id ~~ ids).set(\.$claimedUntil, to: until).update()
    }

    static func deliver(
        governmentID: Int, _ messages: [OutboxRecord], on db: any Database, clock: any Clock,
        send: @Sendable (Message) async -> Outcome
    ) async throws -> Int {
        let government = try await GovernmentRecord.find(governmentID, on: db)
        var sent = 0
        for (index, message) in messages.enumerated() {
            let url = signedURL(message.url, kind: government?.webhookKind, secret: government?.webhookSecret, at: clock.now())
            let outcome = await send(Message(governmentID: governmentID, url: url, payload: message.payload))
            message.attempts += 1
            switch outcome {
            case .sent:
                message.sentAt = clock.now()
                message.lastError = nil
                sent += 1
            case .failed(let reason):
                message.lastError = String(reason.prefix(500))
            }
            message.claimedUntil = nil
            try await message.save(on: db)
            if case .failed = outcome {
                // The rest wait for the next sweep, any server's: give them back now.
                try await setClaim(nil, ids: messages[(index + 1)...].compactMap(\.id), on: db)
                break
            }
        }
        return sent
    }

    /// DingTalk 加签: timestamp and sign (HMAC-SHA256 of "timestamp\nsecret", Base64, URL-encoded)
    /// appended to the URL; the robot refuses a timestamp more than an hour off.
    public static func signedURL(_ url: String, kind: String?, secret: String?, at date: Date) -> String {
        guard kind == Webhooks.Kind.dingtalk.rawValue, let secret, !secret.isEmpty else { return url }
        let timestamp = String(Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
        return url + (url.contains("?") ? "&" : "?") + "timestamp=\(timestamp)&sign=\(dingTalkSign(timestamp: timestamp, secret: secret))"
    }

    public static func dingTalkSign(timestamp: String, secret: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp)\n\(secret)".utf8), using: key)
        let base64 = Data(mac).base64EncodedString()
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return base64.addingPercentEncoding(withAllowedCharacters: allowed) ?? base64
    }
}
