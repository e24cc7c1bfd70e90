import FluentKit
import Foundation

/// A webhook message waiting to be sent. Written in the same transaction as its cause, sent by
/// whichever app server sweeps next, so no message depends on one server staying up.
public final class OutboxRecord: Model, @unchecked Sendable {
    public static let schema = "webhook_outbox"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "url") public var url: String
    @Field(key: "payload") public var payload: String
    @Field(key: "attempts") public var attempts: Int
    @OptionalField(key: "sent_at") public var sentAt: Date?
    @OptionalField(key: "last_error") public var lastError: String?
    /// Set while one app server sends it; another leaves it alone until then.
    @OptionalField(key: "claimed_until") public var claimedUntil: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}
