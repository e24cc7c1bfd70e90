import FluentKit
import Foundation

/// A day the installation treats otherwise than the State Council's notices and the weekday say:
/// a local holiday, a notice not yet in this build, a day worked.
public final class CalendarDayRecord: Model, @unchecked Sendable {
    public static let schema = "calendar_days"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    /// `2025-02-08`.
    @Field(key: "day") public var day: String
    @Field(key: "workday") public var workday: Bool
    @Field(key: "note") public var note: String
    @Field(key: "account_id") public var accountID: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}
