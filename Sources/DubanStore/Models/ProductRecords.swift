import FluentKit
import Foundation

/// A monthly bulletin (月通报), one row per version: drafted from the live data, edited by the
/// office, then published and frozen; an edit after publishing makes the next version.
public final class BulletinRecord: Model, @unchecked Sendable {
    public static let schema = "bulletins"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "plan_id") public var planID: Int
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "year") public var year: Int
    @Field(key: "month") public var month: Int
    @Field(key: "version") public var version: Int
    @Field(key: "status") public var status: String
    /// The `Bulletin` as JSON: what the office reads, edits and sends.
    @Field(key: "content") public var content: String
    /// Each task's light when drafted (task id → light): next month's "change from last month".
    @Field(key: "lights") public var lights: String
    @Field(key: "created_by") public var createdBy: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "published_at") public var publishedAt: Date?

    public init() {}
}

/// What the office sets per plan for its products: the assessment's weights, the rules that
/// pick the quarterly inspection list, and the thresholds of lights and ranking. One row per plan, made when first changed.
public final class PlanSettingsRecord: Model, @unchecked Sendable {
    public static let schema = "plan_settings"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "plan_id") public var planID: Int
    @Field(key: "assessment_weights") public var assessmentWeights: String
    @Field(key: "inspection_rules") public var inspectionRules: String
    /// `SupervisionRules` without the correction window (kept in the plan's period rules); nil: defaults.
    @OptionalField(key: "supervision_rules") public var supervisionRules: String?

    public init() {}
}
