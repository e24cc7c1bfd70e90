import FluentKit
import Foundation

/// 签收: a lead unit accepts a task.
public final class AcknowledgementRecord: Model, @unchecked Sendable {
    public static let schema = "acknowledgements"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "unit_id") public var unitID: Int
    @Field(key: "account_id") public var accountID: Int
    /// Set from the write's clock (`WriteClock.now`), so the demo's replayed months date alike.
    @OptionalField(key: "created_at") public var createdAt: Date?

    public init() {}
}

/// 二次分解: a unit's own breakdown of a task. Edits are new rows; the old ones are retired, not deleted.
public final class WorkItemRecord: Model, @unchecked Sendable {
    public static let schema = "work_items"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "unit_id") public var unitID: Int
    @Field(key: "title") public var title: String
    @OptionalField(key: "due_on") public var dueOn: String?
    @Field(key: "done") public var done: Bool
    @Field(key: "retired") public var retired: Bool
    @Field(key: "account_id") public var accountID: Int
    /// Set from the write's clock (`WriteClock.now`), so the demo's replayed months date alike.
    @OptionalField(key: "created_at") public var createdAt: Date?

    public init() {}
}

/// A progress report (反馈), one version of it: a correction is a new row, never an overwrite.
public final class ReportRecord: Model, @unchecked Sendable {
    public static let schema = "reports"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "period_id") public var periodID: Int
    @Field(key: "unit_id") public var unitID: Int
    @Field(key: "account_id") public var accountID: Int
    /// lead (the report) or coop (a cooperating unit's contribution)
    @Field(key: "role") public var role: String
    @Field(key: "version") public var version: Int
    @Field(key: "narrative") public var narrative: String
    @OptionalField(key: "percent_complete") public var percentComplete: Double?
    @Field(key: "problems") public var problems: String
    @Field(key: "next_steps") public var nextSteps: String
    /// submitted, accepted, returned, superseded
    @Field(key: "status") public var status: String
    @Field(key: "late") public var late: Bool
    @Field(key: "submitted_at") public var submittedAt: Date
    @OptionalField(key: "review_reason") public var reviewReason: String?
    @OptionalField(key: "reviewed_by") public var reviewedBy: Int?
    @OptionalField(key: "reviewed_at") public var reviewedAt: Date?
    /// 审签: the unit leader's account that let this report go to the office.
    @OptionalField(key: "signed_by") public var signedBy: Int?

    public init() {}
}

/// The value a report gives for one indicator.
public final class ReportValueRecord: Model, @unchecked Sendable {
    public static let schema = "report_values"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "report_id") public var reportID: Int
    @Field(key: "indicator_id") public var indicatorID: Int
    @Field(key: "value") public var value: Double

    public init() {}
}

/// 佐证材料, stored in the database so that app servers hold no state.
public final class EvidenceRecord: Model, @unchecked Sendable {
    public static let schema = "evidence_files"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "report_id") public var reportID: Int
    @Field(key: "filename") public var filename: String
    @Field(key: "content_type") public var contentType: String
    @Field(key: "size") public var size: Int
    @Field(key: "sha256") public var sha256: String
    @Field(key: "data") public var data: Data
    @Field(key: "account_id") public var accountID: Int
    /// Set from the write's clock (`WriteClock.now`), so the demo's replayed months date alike.
    @OptionalField(key: "created_at") public var createdAt: Date?

    public init() {}
}

/// 催办, escalating to 督办单 when the reply deadline passes unanswered.
public final class UrgingRecord: Model, @unchecked Sendable {
    public static let schema = "urgings"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "unit_id") public var unitID: Int
    @Field(key: "message") public var message: String
    @Field(key: "sent_by") public var sentBy: Int
    @Field(key: "sent_at") public var sentAt: Date
    @Field(key: "reply_by") public var replyBy: Date
    @OptionalField(key: "answer") public var answer: String?
    @OptionalField(key: "answered_by") public var answeredBy: Int?
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @OptionalField(key: "escalated_at") public var escalatedAt: Date?
    @OptionalField(key: "escalation_note") public var escalationNote: String?

    public init() {}
}

/// 批示: a leader's written direction on a task.
public final class InstructionRecord: Model, @unchecked Sendable {
    public static let schema = "instructions"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "account_id") public var accountID: Int
    @Field(key: "text") public var text: String
    /// Set from the write's clock (`WriteClock.now`), so the demo's replayed months date alike.
    @OptionalField(key: "created_at") public var createdAt: Date?

    public init() {}
}

/// An in-app notification for one account.
public final class NotificationRecord: Model, @unchecked Sendable {
    public static let schema = "notifications"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "account_id") public var accountID: Int
    @Field(key: "kind") public var kind: String
    @Field(key: "title") public var title: String
    @Field(key: "body") public var body: String
    @OptionalField(key: "task_id") public var taskID: Int?
    @OptionalField(key: "read_at") public var readAt: Date?
    /// Set from the write's clock (`WriteClock.now`), so the demo's replayed months date alike.
    @OptionalField(key: "created_at") public var createdAt: Date?

    public init() {}
}

/// 延期申请 / 目标调整申请 and the office's decision on it.
public final class ChangeRequestRecord: Model, @unchecked Sendable {
    public static let schema = "change_requests"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "unit_id") public var unitID: Int
    @Field(key: "account_id") public var accountID: Int
    @Field(key: "kind") public var kind: String
    @Field(key: "reason") public var reason: String
    /// 免会签: the period the waiver covers.
    @OptionalField(key: "period_number") public var periodNumber: Int?
    /// The deadline when the unit applied (`2022-09`; nil: the end of the plan year).
    @OptionalField(key: "current_deadline") public var currentDeadline: String?
    @OptionalField(key: "requested_deadline") public var requestedDeadline: String?
    @OptionalField(key: "requested_text") public var requestedText: String?
    @Field(key: "status") public var status: String
    @OptionalField(key: "granted_deadline") public var grantedDeadline: String?
    /// 改派: the unit a returned task went to.
    @OptionalField(key: "reassigned_to") public var reassignedTo: String?
    @OptionalField(key: "decision_note") public var decisionNote: String?
    @OptionalField(key: "decided_by") public var decidedBy: Int?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// A file a unit attached to its application (延期、目标调整、退办、免会签) as evidence.
public final class ChangeRequestFileRecord: Model, @unchecked Sendable {
    public static let schema = "change_request_files"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "request_id") public var requestID: Int
    @Field(key: "filename") public var filename: String
    @Field(key: "content_type") public var contentType: String
    @Field(key: "size") public var size: Int
    @Field(key: "sha256") public var sha256: String
    @Field(key: "data") public var data: Data
    @Field(key: "account_id") public var accountID: Int
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
