import DubanCore
import DubanStrings
import FluentKit
import Foundation
import SQLKit

/// The city's view across districts: the indicators two or more governments' plans share
/// (地区生产总值增长, 一般公共预算收入增长 …), each district's target and latest accepted value.
public struct CityComparison: Sendable, Codable {
    public var year: Int
    public var governments: [String]
    public var metrics: [Metric]

    public struct Metric: Sendable, Codable {
        public var metric: String
        public var unit: String
        public var districts: [District]
    }

    public struct District: Sendable, Codable {
        public var government: String
        public var plan: String
        public var taskID: Int
        public var target: Double
        public var comparator: String
        public var reported: Double?
        public var light: String
    }
}

public enum CityView {
    public static func compare(year: Int, now: Date, on db: any Database) async throws -> CityComparison {
        let plans = try await PlanRecord.query(on: db).filter(\.$year == year).filter(\.$status == PlanStatus.published.rawValue).sort(\.$governmentID).all()
        let names = Dictionary(uniqueKeysWithValues: try await GovernmentRecord.query(on: db).all().compactMap { g in g.id.map { ($0, g.name) } })
        var byMetric: [String: (unit: String, districts: [CityComparison.District])] = [:]
        for plan in plans {
            let rows = try await TaskBoard.rows(planID: try plan.requireID(), now: now, on: db)
            let lights = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.light.rawValue) })
            let indicators = try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ Set(rows.map(\.id))).all()
            let latest = try await latestValues(indicatorIDs: Set(indicators.compactMap(\.id)), on: db)
            var seen = Set<String>()
            for indicator in indicators where seen.insert(indicator.metric).inserted {
                let district = CityComparison.District(
                    government: names[plan.governmentID] ?? "", plan: plan.title, taskID: indicator.taskID, target: indicator.value,
                    comparator: indicator.comparator, reported: indicator.id.flatMap { latest[$0] }, light: lights[indicator.taskID] ?? "pending")
                byMetric[indicator.metric, default: (indicator.unit, [])].districts.append(district)
            }
        }
        let shared = byMetric.filter { Set($0.value.districts.map(\.government)).count >= 2 }
            .map { CityComparison.Metric(metric: $0.key, unit: $0.value.unit, districts: $0.value.districts) }
            .sorted { $0.districts.count != $1.districts.count ? $0.districts.count > $1.districts.count : $0.metric < $1.metric }
        return CityComparison(year: year, governments: distinctInOrder(plans.map { names[$0.governmentID] ?? "" }), metrics: shared)
    }

    /// Each indicator's value in its latest accepted lead report: one joined read of plain rows.
    static func latestValues(indicatorIDs: Set<Int>, on db: any Database) async throws -> [Int: Double] {
        guard !indicatorIDs.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        struct Row: Decodable {
            var indicatorID: Int
            var value: Double
            var submittedAt: Date
            var reportID: Int
            enum CodingKeys: String, CodingKey {
                case indicatorID = "indicator_id"
                case value
                case submittedAt = "submitted_at"
                case reportID = "report_id"
            }
        }
        let rows = try await sql.select()
            .column(SQLColumn("indicator_id", table: "report_values")).column(SQLColumn("value", table: "report_values"))
            .column(SQLColumn("report_id", table: "report_values")).column(SQLColumn("submitted_at", table: "reports"))
            .from("report_values")
            .join("reports", on: SQLColumn("id", table: "reports"), .equal, SQLColumn("report_id", table: "report_values"))
            .where(SQLColumn("indicator_id", table: "report_values"), .in, SQLBind.group(Array(indicatorIDs)))
            .where(SQLColumn("status", table: "reports"), .equal, SQLBind(ReportStatus.accepted.rawValue))
            .where(SQLColumn("role", table: "reports"), .equal, SQLBind(ResponsibilityRole.lead.rawValue))
            .all(decoding: Row.self)
        var latest: [Int: (Date, Int, Double)] = [:]
        for row in rows {
            if let known = latest[row.indicatorID], (known.0, known.1) >= (row.submittedAt, row.reportID) { continue }
            latest[row.indicatorID] = (row.submittedAt, row.reportID, row.value)
        }
        return latest.mapValues(\.2)
    }
}

/// Distinct values in first-seen order.
public func distinctInOrder(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}

extension CityView {
    /// The comparison across districts is the city's: only an account that manages governments reads it.
    public static func require(_ actor: Actor?) throws {
        guard Permissions.decide(actor, .manageGovernments, .government(nil)).isAllowed else {
            throw StoreError.forbidden(Strings.ProductPages.cityOnly)
        }
    }
}
