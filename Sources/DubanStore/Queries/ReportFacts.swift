import DubanCore
import FluentKit
import Foundation
import SQLKit

/// What a light needs of a lead report, read as a plain row.
struct ReportFact: Sendable {
    var id: Int
    var taskID: Int
    var periodID: Int
    var status: String
    var version: Int
    var submittedAt: Date
    var percentComplete: Double?
    var unitID: Int
    var late: Bool
    var reviewedAt: Date?

    static func load(taskIDs: Set<Int>, on db: any Database) async throws -> [ReportFact] {
        guard !taskIDs.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        return try await sql.select()
            .columns("id", "task_id", "period_id", "status", "version", "submitted_at", "percent_complete", "unit_id", "late", "reviewed_at")
            .from(ReportRecord.schema)
            .where("task_id", .in, Array(taskIDs)).where("role", .equal, ResponsibilityRole.lead.rawValue)
            .all().map(ReportFact.init(row:))
    }
}

extension ReportFact {
    /// Column by column rather than through `Decodable`: a board reads every version of every
    /// lead report, and the keyed decoder's generic machinery cost more than the rows' data.
    init(row: any SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: Int.self), taskID: try row.decode(column: "task_id", as: Int.self),
            periodID: try row.decode(column: "period_id", as: Int.self), status: try row.decode(column: "status", as: String.self),
            version: try row.decode(column: "version", as: Int.self), submittedAt: try row.decode(column: "submitted_at", as: Date.self),
            percentComplete: try row.decode(column: "percent_complete", as: Double?.self), unitID: try row.decode(column: "unit_id", as: Int.self),
            late: try row.decode(column: "late", as: Bool.self), reviewedAt: try row.decode(column: "reviewed_at", as: Date?.self))
    }
}

/// One reported indicator value, read as a plain row.
struct ValueFact: Decodable, Sendable {
    var reportID: Int
    var indicatorID: Int
    var value: Double

    enum CodingKeys: String, CodingKey {
        case value
        case reportID = "report_id"
        case indicatorID = "indicator_id"
    }

    static func load(reportIDs: Set<Int>, on db: any Database) async throws -> [ValueFact] {
        guard !reportIDs.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        return try await sql.select().columns("report_id", "indicator_id", "value").from(ReportValueRecord.schema)
            .where("report_id", .in, Array(reportIDs)).all(decoding: ValueFact.self)
    }
}

/// A task's indicator as a plain row, and as DubanCore's `Indicator` for the progress rule.
struct IndicatorFact: Decodable, Sendable {
    var id: Int
    var taskID: Int
    var metric: String
    var value: Double
    var unit: String
    var comparator: String
    var tier: String?
    var change: String?

    enum CodingKeys: String, CodingKey {
        case id, metric, value, unit, comparator, tier, change
        case taskID = "task_id"
    }

    var indicator: Indicator {
        Indicator(
            metric: metric, value: value, unit: unit, comparator: Indicator.Comparator(rawValue: comparator) ?? .equal,
            tier: tier.flatMap(Indicator.Tier.init(rawValue:)), change: change.flatMap(Indicator.Change.init(rawValue:)))
    }

    static func load(taskIDs: Set<Int>, on db: any Database) async throws -> [IndicatorFact] {
        guard !taskIDs.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        return try await sql.select().columns("id", "task_id", "metric", "value", "unit", "comparator", "tier", "change")
            .from(IndicatorRecord.schema).where("task_id", .in, Array(taskIDs)).orderBy("position").all(decoding: IndicatorFact.self)
    }
}

/// A unit's or a leader's place on a task, as a plain row; `ownerID` is the unit or the leader.
struct ResponsibilityFact: Decodable, Sendable {
    var taskID: Int
    var ownerID: Int
    var role: String

    enum CodingKeys: String, CodingKey {
        case taskID = "task_id"
        case ownerID = "owner_id"
        case role
    }

    static func units(taskIDs: Set<Int>, on db: any Database) async throws -> [ResponsibilityFact] {
        guard !taskIDs.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        return try await sql.select().column("task_id").column(SQLAlias(SQLColumn("unit_id"), as: SQLIdentifier("owner_id"))).column("role")
            .from(TaskUnitRecord.schema).where("task_id", .in, Array(taskIDs)).orderBy("position").all(decoding: ResponsibilityFact.self)
    }

    static func leaders(taskIDs: Set<Int>, on db: any Database) async throws -> [ResponsibilityFact] {
        guard !taskIDs.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        return try await sql.select().column("task_id").column(SQLAlias(SQLColumn("leader_id"), as: SQLIdentifier("owner_id")))
            .column(SQLAlias(SQLLiteral.string("leader"), as: SQLIdentifier("role")))
            .from(TaskLeaderRecord.schema).where("task_id", .in, Array(taskIDs)).orderBy("position").all(decoding: ResponsibilityFact.self)
    }

    /// id → name from the units or leaders table.
    static func names(_ table: String, ids: Set<Int>, on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        var names: [Int: String] = [:]
        for row in try await sql.select().columns("id", "name").from(table).where("id", .in, Array(ids)).all() {
            names[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "name", as: String.self)
        }
        return names
    }
}
