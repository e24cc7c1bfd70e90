import FluentKit
import Foundation

/// A parent's task passed down (下达) to a child government: found in the task's responsibility
/// (`各辖市区人民政府`, a district by name) or passed by the parent's office.
public final class TaskHandoffRecord: Model, @unchecked Sendable {
    public static let schema = "task_handoffs"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "government_id") public var governmentID: Int
    /// `named` when the responsibility names the child, `office` when a person passed it.
    @Field(key: "source") public var source: String
    @OptionalField(key: "passed_by") public var passedBy: Int?
    /// The child's weight in averaging a rate across children, when the parent's office gives one.
    @OptionalField(key: "weight") public var weight: Double?
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}

/// A child's task taking up a passed-down parent task: proposed by Duban with its reason, then
/// confirmed, moved to another parent task, or rejected by the child's office. A confirmed
/// link makes the child's reports answer the parent's task for that child.
public final class TaskLinkRecord: Model, @unchecked Sendable {
    public static let schema = "task_links"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "child_task_id") public var childTaskID: Int
    @Field(key: "parent_task_id") public var parentTaskID: Int
    @Field(key: "child_government_id") public var childGovernmentID: Int
    /// `LinkStatus`
    @Field(key: "status") public var status: String
    /// The measures both tasks state, as JSON strings; empty for a link made by hand.
    @Field(key: "measures") public var measures: String
    @Field(key: "similarity") public var similarity: Double
    @OptionalField(key: "decided_by") public var decidedBy: Int?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}
