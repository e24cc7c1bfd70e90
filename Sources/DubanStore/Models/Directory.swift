import FluentKit
import Foundation

/// A district government: the scope of everything else.
public final class GovernmentRecord: Model, @unchecked Sendable {
    public static let schema = "governments"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "name") public var name: String
    @OptionalField(key: "webhook_url") public var webhookURL: String?
    /// `dingtalk` or `wecom`: the group-robot message form the webhook expects.
    @OptionalField(key: "webhook_kind") public var webhookKind: String?
    /// DingTalk's 加签 secret: never shown again or written to the audit trail once saved.
    @OptionalField(key: "webhook_secret") public var webhookSecret: String?
    /// 审签: its units' liaisons' reports wait for the unit leader before reaching the office.
    @OptionalField(key: "sign_off") public var signOff: Bool?
    /// The government above (province → city → district → street); nil at the top.
    @OptionalField(key: "parent_id") public var parentID: Int?
    /// 减负: the most report fields the office asks of one unit in a month, if it set one.
    @OptionalField(key: "burden_ceiling") public var burdenCeiling: Int?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
    public init(name: String) { self.name = name }
}

/// A unit: department, town or subdistrict, park, state company, other, or a collective name.
public final class UnitRecord: Model, @unchecked Sendable {
    public static let schema = "units"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "name") public var name: String
    /// department, town, park, company, other, collective
    @Field(key: "kind") public var kind: String
    /// False while only an import proposed it; a person confirms it in the wizard.
    @Field(key: "confirmed") public var confirmed: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
    public init(governmentID: Int, name: String, kind: String) {
        self.governmentID = governmentID
        self.name = name
        self.kind = kind
        self.confirmed = true
    }
}

/// Another name for a unit (`资规分局` for `资源规划分局`).
public final class UnitAliasRecord: Model, @unchecked Sendable {
    public static let schema = "unit_aliases"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "unit_id") public var unitID: Int
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "alias") public var alias: String

    public init() {}
    public init(unitID: Int, governmentID: Int, alias: String) {
        self.unitID = unitID
        self.governmentID = governmentID
        self.alias = alias
    }
}

/// A member of a collective name (`各街道` → each 街道).
public final class UnitMemberRecord: Model, @unchecked Sendable {
    public static let schema = "unit_members"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "collective_id") public var collectiveID: Int
    @Field(key: "member_id") public var memberID: Int

    public init() {}
    public init(collectiveID: Int, memberID: Int) {
        self.collectiveID = collectiveID
        self.memberID = memberID
    }
}

/// A district leader (分管领导) or a title standing for leaders (`全体区长`).
public final class LeaderRecord: Model, @unchecked Sendable {
    public static let schema = "leaders"
    @ID(custom: .id, generatedBy: .database) public var id: Int?
    @Field(key: "government_id") public var governmentID: Int
    @Field(key: "name") public var name: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
    public init(governmentID: Int, name: String) {
        self.governmentID = governmentID
        self.name = name
    }
}
