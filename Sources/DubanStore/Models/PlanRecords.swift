import DubanCore
import FluentKit
import Foundation

/// An imported plan: a draft until published, then supervised for its year.
public final class PlanRecord: Model, @unchecked Sendable {
    public static let schema = "plans"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "year") public var year: Int
    @Field(key: "title") public var title: String
    /// draft, published, archived
    @Field(key: "status") public var status: String
    @Field(key: "source_name") public var sourceName: String
    @Field(key: "source_format") public var sourceFormat: String
    // The uploaded document (`source_data`) lives in the same row but is read through
    // `PlanSourceRecord`, so listing, searching or showing a plan never loads its bytes.
    /// The importer's warnings and findings at import time (JSON), shown in the wizard.
    @Field(key: "import_report") public var importReport: String
    /// PeriodRules as JSON.
    @Field(key: "period_rules") public var periodRules: String
    @OptionalField(key: "published_at") public var publishedAt: Date?
    @Field(key: "created_by") public var createdBy: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// The document as uploaded, kept so nothing the office gave is ever lost: the `plans` row's
/// blob, mapped on its own so that only a request for the file reads it.
public final class PlanSourceRecord: Model, @unchecked Sendable {
    public static let schema = "plans"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @OptionalField(key: "source_data") public var data: Data?

    public init() {}
}

public final class AttachmentRecord: Model, @unchecked Sendable {
    public static let schema = "plan_attachments"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "plan_id") public var planID: Int
    @Field(key: "number") public var number: Int
    @Field(key: "title") public var title: String

    public init() {}
    public init(planID: Int, number: Int, title: String) {
        self.planID = planID
        self.number = number
        self.title = title
    }
}

/// A group of rows (section, goal, sub-group) as the document prints it.
public final class GroupRecord: Model, @unchecked Sendable {
    public static let schema = "plan_groups"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "plan_id") public var planID: Int
    @Field(key: "attachment") public var attachment: Int
    @OptionalField(key: "parent_id") public var parentID: Int?
    @Field(key: "title") public var title: String
    @Field(key: "depth") public var depth: Int
    @Field(key: "position") public var position: Int

    public init() {}
    public init(planID: Int, parentID: Int?, title: String, depth: Int, position: Int, attachment: Int = 1) {
        self.planID = planID
        self.parentID = parentID
        self.title = title
        self.depth = depth
        self.position = position
        self.attachment = attachment
    }
}

/// One row of the plan: the current version of the task. Amendments keep the old in TaskVersionRecord.
public final class TaskRecord: Model, @unchecked Sendable {
    public static let schema = "tasks"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "plan_id") public var planID: Int
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "position") public var position: Int
    @Field(key: "attachment") public var attachment: Int
    @OptionalField(key: "group_id") public var groupID: Int?
    /// Group titles, outermost first (JSON array): the path of duban.plan/1.
    @Field(key: "path") public var path: String
    @Field(key: "label") public var label: String
    @Field(key: "text") public var text: String
    /// quantitative, milestone, qualitative
    @Field(key: "kind") public var kind: String
    /// YYYY-MM or nil (the year's end).
    @OptionalField(key: "deadline") public var deadline: String?
    /// open, closed
    @Field(key: "status") public var status: String
    @OptionalField(key: "closed_at") public var closedAt: Date?
    @Field(key: "version") public var version: Int
    /// Per-task trajectory (JSON [[month, percent]]) when the plan sets one.
    @OptionalField(key: "trajectory") public var trajectory: String?
    /// The office's rating of a qualitative or milestone task, for the assessment: the grade's
    /// name and its value (0…1) on the plan's scale when rated.
    @OptionalField(key: "rating_grade") public var ratingGrade: String?
    @OptionalField(key: "rating_value") public var ratingValue: Double?
    /// The importer's warnings for this row (JSON array of sentences).
    @Field(key: "warnings") public var warnings: String
    @Field(key: "source") public var source: String

    public init() {}
}

public final class TaskVersionRecord: Model, @unchecked Sendable {
    public static let schema = "task_versions"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "version") public var version: Int
    /// The task as it was (JSON: text, deadline, leaders, lead, coop, indicators).
    @Field(key: "snapshot") public var snapshot: String
    @Field(key: "reason") public var reason: String
    @Field(key: "account_id") public var accountID: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

public final class IndicatorRecord: Model, @unchecked Sendable {
    public static let schema = "indicators"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "position") public var position: Int
    @Field(key: "metric") public var metric: String
    @Field(key: "value") public var value: Double
    @Field(key: "unit") public var unit: String
    @Field(key: "comparator") public var comparator: String
    @OptionalField(key: "tier") public var tier: String?
    @OptionalField(key: "change") public var change: String?

    public init() {}
}

/// A unit's place on a task: `lead` or `coop`, in printed order.
public final class TaskUnitRecord: Model, @unchecked Sendable {
    public static let schema = "task_units"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "unit_id") public var unitID: Int
    @Field(key: "role") public var role: String
    @Field(key: "position") public var position: Int

    public init() {}
    public init(taskID: Int, unitID: Int, role: String, position: Int) {
        self.taskID = taskID
        self.unitID = unitID
        self.role = role
        self.position = position
    }
}

public final class TaskLeaderRecord: Model, @unchecked Sendable {
    public static let schema = "task_leaders"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "task_id") public var taskID: Int
    @Field(key: "leader_id") public var leaderID: Int
    @Field(key: "position") public var position: Int

    public init() {}
    public init(taskID: Int, leaderID: Int, position: Int) {
        self.taskID = taskID
        self.leaderID = leaderID
        self.position = position
    }
}

/// A reporting period of a plan (monthly by default), with its due day and grace window.
public final class PeriodRecord: Model, @unchecked Sendable {
    public static let schema = "periods"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "plan_id") public var planID: Int
    @Field(key: "number") public var number: Int
    @Field(key: "label") public var label: String
    @Field(key: "starts_at") public var startsAt: Date
    @Field(key: "ends_at") public var endsAt: Date
    @Field(key: "due_at") public var dueAt: Date
    @Field(key: "grace_ends_at") public var graceEndsAt: Date

    public init() {}

    /// The stored form of one of the plan's periods as `Periods` lays them out.
    public init(planID: Int, period: Period) {
        self.planID = planID
        number = period.index
        label = period.label
        startsAt = period.start
        endsAt = period.end
        dueAt = period.due
        graceEndsAt = period.graceEnd
    }
}

/// What a government's clerk said the columns of a table are, kept under the table's header
/// words so the same header next year is offered the same answer.
public final class ColumnMappingRecord: Model, @unchecked Sendable {
    public static let schema = "column_mappings"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "header_key") public var headerKey: String
    /// `ColumnMapping` as JSON.
    @Field(key: "roles") public var roles: String
    @Field(key: "updated_by") public var updatedBy: Int
    @Timestamp(key: "updated_at", on: .none) public var updatedAt: Date?

    public init() {}
}
