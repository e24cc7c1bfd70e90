import FluentKit
import Foundation

/// One quarter's inspection list of a plan as the office issued it: the tasks, and the month
/// their lead units received it.
public final class InspectionRoundRecord: Model, @unchecked Sendable {
    public static let schema = "inspection_rounds"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "plan_id") public var planID: Int
    @Field(key: "year") public var year: Int
    @Field(key: "quarter") public var quarter: Int
    /// 1–12: the month the list was issued in.
    @Field(key: "month") public var month: Int
    /// The tasks on the list, as a JSON array of ids.
    @Field(key: "task_ids") public var taskIDs: String
    @OptionalField(key: "issued_by") public var issuedBy: Int?
    @Field(key: "issued_at") public var issuedAt: Date

    public init() {}
}
