import FluentKit
import Foundation

/// A liaison's report held for the unit leader's 审签. Its content is the submission as the
/// liaison gave it, so nothing typed is lost whether the leader signs it or returns it.
public final class ReportDraftRecord: Model, @unchecked Sendable {
    public static let schema = "report_drafts"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "period_id") public var periodID: Int
    @Field(key: "unit_id") public var unitID: Int
    @Field(key: "account_id") public var accountID: Int
    @Field(key: "role") public var role: String
    /// `ReportDraftContent` as JSON.
    @Field(key: "content") public var content: String
    /// `ReportDraftStatus`
    @Field(key: "status") public var status: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "decided_by") public var decidedBy: Int?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @OptionalField(key: "note") public var note: String?
    /// The report it became, once signed.
    @OptionalField(key: "report_id") public var reportID: Int?

    public init() {}
}

/// A file the liaison attached to a held report; it becomes 佐证材料 when the report is signed.
public final class ReportDraftFileRecord: Model, @unchecked Sendable {
    public static let schema = "report_draft_files"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "draft_id") public var draftID: Int
    @Field(key: "filename") public var filename: String
    @Field(key: "content_type") public var contentType: String
    @Field(key: "size") public var size: Int
    @Field(key: "data") public var data: Data

    public init() {}
}
