import DubanCore
import FluentKit
import Foundation
import SQLKit

/// Search over tasks, units and leaders by any fragment of their Chinese text.
public enum Search {
    public struct Results: Sendable, Codable {
        public var tasks: [TaskHit]
        public var units: [TaskRow.Named]
        public var leaders: [TaskRow.Named]

        public static let empty = Results(tasks: [], units: [], leaders: [])
    }

    public struct TaskHit: Sendable, Codable {
        public var id: Int
        public var planID: Int
        public var planTitle: String
        public var label: String
        public var text: String
    }

    /// Within `scope` (`Permissions.scope`): a unit or leader name is found only where the reader
    /// could see it, so names proposed by a draft stay with the office that drafted it.
    public static func find(_ query: String, scope: ReadScope, limit: Int = 100, on db: any Database) async throws -> Results {
        let q = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !q.isEmpty, !scope.isEmpty, let sql = db as? any SQLDatabase else { return .empty }
        let governmentID = scope.governmentID
        let publishedOnly = !scope.includesDrafts
        let ids = try await taskIDs(matching: q, on: sql, limit: limit * 4)
        var plans = PlanRecord.query(on: db)
        if let governmentID { plans = plans.filter(\.$governmentID == governmentID) }
        if publishedOnly { plans = plans.filter(\.$status == PlanStatus.published.rawValue) }
        let visible = try await plans.all()
        let titles = Dictionary(uniqueKeysWithValues: visible.compactMap { p in p.id.map { ($0, p.title) } })
        let tasks =
            ids.isEmpty
            ? []
            : try await TaskRecord.query(on: db).filter(\.$id ~~ Set(ids)).filter(\.$planID ~~ Set(titles.keys))
                .sort(\.$planID).sort(\.$position).limit(limit).all()
        // Names are short and few: a plain LIKE on them (a stray % in the query only widens it).
        func names(_ table: String) async throws -> [TaskRow.Named] {
            var select = sql.select().columns("id", "name").from(table).where("name", .like, "%" + q + "%")
            if let governmentID { select = select.where("government_id", .equal, governmentID) }
            return try await select.orderBy("name").limit(limit).all().map {
                TaskRow.Named(id: try $0.decode(column: "id", as: Int.self), name: try $0.decode(column: "name", as: String.self))
            }
        }
        guard publishedOnly else {
            return Results(tasks: hits(tasks, titles), units: try await names(UnitRecord.schema), leaders: try await names(LeaderRecord.schema))
        }
        // Outside the office, a name counts only if a published task carries it.
        let planIDs = Set(titles.keys)
        let units = try await names(UnitRecord.schema)
        let leaders = try await names(LeaderRecord.schema)
        let unitLinks = units.isEmpty ? [] : try await TaskUnitRecord.query(on: db).filter(\.$unitID ~~ Set(units.map(\.id))).all()
        let leaderLinks = leaders.isEmpty ? [] : try await TaskLeaderRecord.query(on: db).filter(\.$leaderID ~~ Set(leaders.map(\.id))).all()
        let linked = Set(unitLinks.map(\.taskID)).union(leaderLinks.map(\.taskID))
        let published =
            linked.isEmpty
            ? []
            : Set(
                try await TaskRecord.query(on: db).filter(\.$id ~~ linked).filter(\.$planID ~~ planIDs)
                    .field(\.$id).all().compactMap(\.id))
        let shownUnits = Set(unitLinks.filter { published.contains($0.taskID) }.map(\.unitID))
        let shownLeaders = Set(leaderLinks.filter { published.contains($0.taskID) }.map(\.leaderID))
        return Results(
            tasks: hits(tasks, titles), units: units.filter { shownUnits.contains($0.id) },
            leaders: leaders.filter { shownLeaders.contains($0.id) })
    }

    static func hits(_ tasks: [TaskRecord], _ titles: [Int: String]) -> [TaskHit] {
        tasks.compactMap { t in t.id.map { TaskHit(id: $0, planID: t.planID, planTitle: titles[t.planID] ?? "", label: t.label, text: t.text) } }
    }

    /// The index where it can answer: FTS5 trigram needs three characters; shorter fragments
    /// (two-character words are common in Chinese) scan with LIKE, which is still quick per plan.
    static func taskIDs(matching q: String, on sql: any SQLDatabase, limit: Int) async throws -> [Int] {
        let rows: [any SQLRow]
        if sql.dialect.name == "postgresql" {
            rows = try await sql.raw("SELECT id FROM tasks WHERE text ILIKE \(bind: "%" + escapeLike(q) + "%") LIMIT \(unsafeRaw: String(limit))").all()
        } else if q.count >= 3 {
            let phrase = "\"" + q.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            rows = try await sql.raw("SELECT rowid AS id FROM task_search WHERE task_search MATCH \(bind: phrase) LIMIT \(unsafeRaw: String(limit))").all()
        } else {
            rows = try await sql.raw("SELECT id FROM tasks WHERE text LIKE \(bind: "%" + escapeLike(q) + "%") ESCAPE '\\' LIMIT \(unsafeRaw: String(limit))")
                .all()
        }
        return try rows.map { try $0.decode(column: "id", as: Int.self) }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
