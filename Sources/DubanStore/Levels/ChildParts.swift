import DubanCore
import DubanStrings
import FluentKit
import Foundation
import SQLKit

/// A parent's task as its children answer it: for each child it was passed down to, the child's
/// linked tasks with their lights, latest values and trend, and the roll-ups of the measures the
/// children share with it. Read from the children's own reports: nobody reports twice.
public struct ChildParts: Sendable, Codable {
    public var taskID: Int
    public var children: [Child]
    public var rollUps: [RollUp]

    public struct Child: Sendable, Codable {
        public var governmentID: Int
        public var government: String
        public var weight: Double?
        public var tasks: [LinkedTask]
        /// Links the child's office has not yet confirmed.
        public var proposed: Int
    }

    public struct LinkedTask: Sendable, Codable {
        public var id: Int
        public var label: String
        public var text: String
        public var leadUnits: [String]
        public var light: Light
        public var lightText: String
        public var figures: [Figure]
    }

    public struct Figure: Sendable, Codable {
        public var metric: String
        public var unit: String
        public var target: Double
        public var latest: Double?
        /// The accepted value of each period that has one, oldest first.
        public var trend: [Point]
    }

    public struct Point: Sendable, Codable, Equatable {
        public var period: String
        public var value: Double
    }
}

extension ChildParts {
    /// For the parent's own people, who may read the task; the children's rows they see are the
    /// linked ones only.
    public static func read(taskID: Int, actor: Actor?, now: Date, on db: any Database) async throws -> ChildParts {
        let loaded = try await TaskSubject.load(taskID, on: db)
        try Guard.require(actor, .readTask, loaded.subject)
        // Another level reads the task through its link; the children's parts are the parent's.
        guard actor?.governmentID == nil || actor?.governmentID == loaded.task.governmentID else {
            return ChildParts(taskID: taskID, children: [], rollUps: [])
        }
        let handoffs = try await TaskHandoffRecord.query(on: db).filter(\.$taskID == taskID).sort(\.$governmentID).all()
        guard !handoffs.isEmpty else { return ChildParts(taskID: taskID, children: [], rollUps: []) }
        let governments = Dictionary(
            uniqueKeysWithValues: try await GovernmentRecord.query(on: db).filter(\.$id ~~ Set(handoffs.map(\.governmentID))).all()
                .compactMap { g in g.id.map { ($0, g.name) } })
        let links = try await TaskLinkRecord.query(on: db).filter(\.$parentTaskID == taskID).all()
        let confirmed = links.filter { $0.status == LinkStatus.confirmed.rawValue }
        // The parent's row (for its 序时进度) and the children's, in one read of the board.
        let rows = Dictionary(
            uniqueKeysWithValues: try await TaskBoard.rows(taskIDs: Array(Set(confirmed.map(\.childTaskID)).union([taskID])), now: now, on: db)
                .map { ($0.id, $0) })
        let indicators = try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ Set(confirmed.map(\.childTaskID)).union([taskID]))
            .sort(\.$position).all()
        let trends = try await acceptedValues(indicatorIDs: Set(indicators.filter { $0.taskID != taskID }.compactMap(\.id)), on: db)
        var children: [Child] = []
        var figures: [ChildFigures] = []
        for handoff in handoffs {
            let name = governments[handoff.governmentID] ?? ""
            let mine = confirmed.filter { $0.childGovernmentID == handoff.governmentID }.sorted { $0.childTaskID < $1.childTaskID }
            let tasks = mine.compactMap { link -> LinkedTask? in
                guard let row = rows[link.childTaskID] else { return nil }
                let own = indicators.filter { $0.taskID == link.childTaskID }
                return LinkedTask(
                    id: row.id, label: row.label, text: row.text, leadUnits: row.leadUnits.map(\.name), light: row.light,
                    lightText: row.lightText,
                    figures: own.map { record in
                        let trend = record.id.flatMap { trends[$0] } ?? []
                        return Figure(metric: record.metric, unit: record.unit, target: record.value, latest: trend.last?.value, trend: trend)
                    })
            }
            children.append(
                Child(
                    governmentID: handoff.governmentID, government: name, weight: handoff.weight, tasks: tasks,
                    proposed: links.filter { $0.childGovernmentID == handoff.governmentID && $0.status == LinkStatus.proposed.rawValue }.count))
            // Every linked task's figures: the roll-up decides which of them add up.
            let own = tasks.flatMap { task in indicators.filter { $0.taskID == task.id } }
            figures.append(
                ChildFigures(
                    government: name, indicators: own.map(\.indicator),
                    values: own.map { record in record.id.flatMap { trends[$0]?.last?.value } }, weight: handoff.weight))
        }
        let rollUps = RollUps.of(
            parent: indicators.filter { $0.taskID == taskID }.map(\.indicator), children: figures, expected: rows[taskID]?.expected)
        return ChildParts(taskID: taskID, children: children, rollUps: rollUps)
    }

    /// Per indicator, the value of each period's latest accepted lead report, oldest period first.
    /// `asOf`: only what had been accepted by then, for a board as it stood a month ago.
    static func acceptedValues(indicatorIDs: Set<Int>, asOf: Date? = nil, on db: any Database) async throws -> [Int: [Point]] {
        guard !indicatorIDs.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        struct Row: Decodable {
            var indicatorID: Int
            var value: Double
            var version: Int
            var reportID: Int
            var number: Int
            var label: String
            enum CodingKeys: String, CodingKey {
                case value, version, number, label
                case indicatorID = "indicator_id"
                case reportID = "report_id"
            }
        }
        var query = sql.select()
            .column(SQLColumn("indicator_id", table: "report_values")).column(SQLColumn("value", table: "report_values"))
            .column(SQLColumn("report_id", table: "report_values")).column(SQLColumn("version", table: "reports"))
            .column(SQLColumn("number", table: "periods")).column(SQLColumn("label", table: "periods"))
            .from("report_values")
            .join("reports", on: SQLColumn("id", table: "reports"), .equal, SQLColumn("report_id", table: "report_values"))
            .join("periods", on: SQLColumn("id", table: "periods"), .equal, SQLColumn("period_id", table: "reports"))
            .where(SQLColumn("indicator_id", table: "report_values"), .in, SQLBind.group(Array(indicatorIDs)))
            .where(SQLColumn("status", table: "reports"), .equal, SQLBind(ReportStatus.accepted.rawValue))
            .where(SQLColumn("role", table: "reports"), .equal, SQLBind(ResponsibilityRole.lead.rawValue))
        if let asOf { query = query.where(SQLColumn("reviewed_at", table: "reports"), .lessThanOrEqual, SQLBind(asOf)) }
        let rows = try await query.all(decoding: Row.self)
        var latest: [Int: [Int: Row]] = [:]
        for row in rows {
            if let known = latest[row.indicatorID]?[row.number], (known.version, known.reportID) >= (row.version, row.reportID) { continue }
            latest[row.indicatorID, default: [:]][row.number] = row
        }
        return latest.mapValues { byPeriod in byPeriod.keys.sorted().compactMap { byPeriod[$0].map { Point(period: $0.label, value: $0.value) } } }
    }
}

/// A task's place between levels, for its page: the children's parts when it was passed down,
/// and the parent tasks it answers when it takes some up.
public struct TaskLevels: Sendable, Codable {
    public var parts: ChildParts?
    public var answers: [HandedDown.TaskRef]

    public var isEmpty: Bool { (parts?.children.isEmpty ?? true) && answers.isEmpty }

    public static func read(taskID: Int, actor: Actor?, now: Date, on db: any Database) async throws -> TaskLevels {
        guard actor != nil else { return TaskLevels(parts: nil, answers: []) }
        let parts = try await ChildParts.read(taskID: taskID, actor: actor, now: now, on: db)
        let parents = try await TaskLinkRecord.query(on: db).filter(\.$childTaskID == taskID)
            .filter(\.$status == LinkStatus.confirmed.rawValue).all().map(\.parentTaskID)
        let tasks = try await TaskRecord.query(on: db).filter(\.$id ~~ Set(parents)).all()
        let refs = try await HandedDown.taskRefs(tasks, on: db)
        return TaskLevels(parts: parts.children.isEmpty ? nil : parts, answers: parents.compactMap { refs[$0] })
    }
}
