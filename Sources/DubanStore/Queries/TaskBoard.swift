import DubanCore
import FluentKit
import Foundation

/// The app's main question, "how do these tasks stand today?", answered in a fixed number of
/// queries however many tasks there are, with each light from the one pure rule in DubanCore.
public enum TaskBoard {
    public static func rows(planID: Int, now: Date, on db: any Database) async throws -> [TaskRow] {
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID == planID).sort(\.$position).all()
        return try await rows(tasks, now: now, on: db)
    }

    /// The plan as it stood at `date` (a month ago, say): lights from what had been reported,
    /// reviewed, urged and closed by then, read at that moment. The wording is today's.
    public static func rows(planID: Int, asOf date: Date, on db: any Database) async throws -> [TaskRow] {
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID == planID).sort(\.$position).all()
        for task in tasks where task.status == TaskStatus.closed.rawValue && (task.closedAt ?? .distantPast) > date { task.status = TaskStatus.open.rawValue }
        return try await rows(tasks, now: date, historical: true, on: db)
    }

    /// A unit's list: published plans only; a draft is the office's until it is issued. It holds
    /// the tasks naming the unit and those naming a collective that stands for it (各街道).
    public static func rows(unitID: Int, now: Date, on db: any Database) async throws -> [TaskRow] {
        try await rows(try await base(unitID: unitID, on: db), now: now, on: db)
    }

    public static func rows(leaderID: Int, now: Date, on db: any Database) async throws -> [TaskRow] {
        try await rows(try await base(leaderID: leaderID, on: db), now: now, on: db)
    }

    /// What a unit's board holds apart from its reports; see `Base`.
    public static func base(unitID: Int, on db: any Database) async throws -> Base {
        let through = try await CollectiveExpansion.collectives(including: unitID, on: db)
        let ids = try await TaskUnitRecord.query(on: db).filter(\.$unitID ~~ Set([unitID] + through)).all().map(\.taskID)
        return try await base(taskIDs: ids, publishedOnly: true, on: db)
    }

    public static func base(leaderID: Int, on db: any Database) async throws -> Base {
        let ids = try await TaskLeaderRecord.query(on: db).filter(\.$leaderID == leaderID).all().map(\.taskID)
        return try await base(taskIDs: ids, publishedOnly: true, on: db)
    }

    public static func base(planID: Int, on db: any Database) async throws -> Base {
        try await base(try await TaskRecord.query(on: db).filter(\.$planID == planID).sort(\.$position).all(), publishedOnly: false, on: db)
    }

    static func base(taskIDs: [Int], publishedOnly: Bool, on db: any Database) async throws -> Base {
        guard !taskIDs.isEmpty else { return Base(tasks: [], facts: BoardFacts()) }
        let tasks = try await TaskRecord.query(on: db).filter(\.$id ~~ Set(taskIDs)).all()
            .sorted { ($0.planID, $0.position) < ($1.planID, $1.position) }
        return try await base(tasks, publishedOnly: publishedOnly, on: db)
    }

    static func base(_ tasks: [TaskRecord], publishedOnly: Bool, on db: any Database) async throws -> Base {
        let facts = try await BoardFacts.loadStructure(taskIDs: Set(tasks.compactMap(\.id)), planIDs: Set(tasks.map(\.planID)), on: db)
        let shown = publishedOnly ? tasks.filter { facts.plans[$0.planID]?.status == PlanStatus.published.rawValue } : tasks
        return Base(tasks: shown, facts: facts)
    }

    /// A board's tasks and every fact of their lights except the reports: what no report
    /// changes, so a server keeps it while reports come in and reads only the reports again.
    /// Never changed after it is loaded, which is what makes sharing its records safe.
    public struct Base: @unchecked Sendable {
        let tasks: [TaskRecord]
        let facts: BoardFacts
    }

    /// The board from its base and the reports as they stand now.
    public static func rows(_ base: Base, now: Date, on db: any Database) async throws -> [TaskRow] {
        guard !base.tasks.isEmpty else { return [] }
        var facts = base.facts
        try await facts.loadReports(taskIDs: Set(base.tasks.compactMap(\.id)), on: db)
        return rows(base.tasks, facts: facts, now: now)
    }

    public static func rows(taskIDs: [Int], now: Date, on db: any Database) async throws -> [TaskRow] {
        guard !taskIDs.isEmpty else { return [] }
        let tasks = try await TaskRecord.query(on: db).filter(\.$id ~~ Set(taskIDs)).all()
            .sorted { ($0.planID, $0.position) < ($1.planID, $1.position) }
        return try await rows(tasks, now: now, on: db)
    }

    static func rows(_ tasks: [TaskRecord], now: Date, historical: Bool = false, on db: any Database) async throws -> [TaskRow] {
        guard !tasks.isEmpty else { return [] }
        let ids = Set(tasks.compactMap(\.id))
        var facts = try await BoardFacts.load(taskIDs: ids, planIDs: Set(tasks.map(\.planID)), on: db)
        if historical {
            facts = facts.asOf(now)
            facts.rollUps = try await RollUpSources.load(taskIDs: ids, asOf: now, on: db)
        }
        return rows(tasks, facts: facts, now: now)
    }

    static func rows(_ tasks: [TaskRecord], facts: BoardFacts, now: Date) -> [TaskRow] {
        var facts = facts
        facts.prepareCalendars(now: now, tasks: tasks)
        return tasks.compactMap { task in
            guard let id = task.id else { return nil }
            let verdict = facts.verdict(for: task, now: now)
            return TaskRow(
                id: id, planID: task.planID, position: task.position, attachment: task.attachment,
                path: JSONText.strings(task.path), label: task.label, text: task.text, kind: task.kind,
                deadline: task.deadline, status: task.status,
                leaders: facts.leaders(of: id), leadUnits: facts.units(of: id, role: ResponsibilityRole.lead.rawValue),
                coopUnits: facts.units(of: id, role: ResponsibilityRole.coop.rawValue),
                light: verdict.light, lightText: verdict.light.display, expected: verdict.expected, actual: verdict.actual,
                reasons: verdict.reasons, causes: verdict.causes, acknowledged: facts.acknowledged.contains(id),
                openUrgings: facts.urgings[id, default: []].filter { $0.answeredAt == nil }.count,
                lastReportAt: facts.reports[id, default: []].map(\.submittedAt).max())
        }
    }
}
