import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 结转: when next year's plan is imported, last year's unfinished tasks that the new plan does
/// not already continue are offered to the office; a task carried over keeps its wording and
/// responsibility, so its page finds last year's task as its predecessor by the same text match.
public enum CarryOver {
    public struct Candidate: Sendable, Codable, Equatable {
        public var task: HandedDown.TaskRef
        public var light: Light
        public var lightText: String
    }

    /// Last year's open tasks of the draft's government that no task of the draft continues.
    public static func candidates(planID: Int, actor: Actor?, now: Date, on db: any Database) async throws -> [Candidate] {
        guard let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        try Guard.require(actor, .editPlan, .government(plan.governmentID, published: false))
        let earlier = try await PlanRecord.query(on: db).filter(\.$governmentID == plan.governmentID)
            .filter(\.$year == plan.year - 1).filter(\.$status == PlanStatus.published.rawValue).all()
        guard !earlier.isEmpty else { return [] }
        let previous = try await TaskRecord.query(on: db).filter(\.$planID ~~ Set(earlier.compactMap(\.id))).sort(\.$position).all()
        let current = try await TaskRecord.query(on: db).filter(\.$planID == planID).all()
        let continued = Set(
            Predecessors.match(
                current: current.compactMap { t in t.id.map { (id: $0, text: t.text) } },
                previous: previous.compactMap { t in t.id.map { (id: $0, text: t.text) } }
            ).map(\.predecessorID))
        let open = previous.filter { task in task.status != TaskStatus.closed.rawValue && task.id.map { !continued.contains($0) } ?? false }
        let rows = try await TaskBoard.rows(taskIDs: open.compactMap(\.id), now: now, on: db)
        let refs = try await HandedDown.taskRefs(open, on: db)
        return rows.filter { $0.light != .done }.compactMap { row in
            refs[row.id].map { Candidate(task: $0, light: row.light, lightText: row.lightText) }
        }
    }

    /// Adds the chosen tasks to the draft under a section of their own. Returns the new task ids.
    public static func carry(planID: Int, taskIDs: [Int], actor: Actor, now: Date, in context: StoreContext) async throws -> [Int] {
        let offered = Dictionary(
            uniqueKeysWithValues: try await candidates(planID: planID, actor: actor, now: now, on: context.db).map { ($0.task.id, $0) })
        for id in taskIDs where offered[id] == nil { throw StoreError.invalid(Strings.Levels.notCarriable) }
        guard !taskIDs.isEmpty else { return [] }
        let section = try await DraftStructure.addSection(planID: planID, title: Strings.Levels.carriedSection, actor: actor, in: context)
        var added: [Int] = []
        for id in taskIDs {
            let units = try await TaskUnitRecord.query(on: context.db).filter(\.$taskID == id).all()
            let names = try await Handoffs.unitNames(Set(units.map(\.unitID)), on: context.db)
            let leaders = try await TaskLeaderRecord.query(on: context.db).filter(\.$taskID == id).all()
            let leaderNames = try await LeaderRecord.query(on: context.db).filter(\.$id ~~ Set(leaders.map(\.leaderID))).all().map(\.name)
            let edit = DraftEditing.TaskEdit(
                text: offered[id]?.task.text,
                leadUnits: units.filter { $0.role == ResponsibilityRole.lead.rawValue }.compactMap { names[$0.unitID] },
                coopUnits: units.filter { $0.role == ResponsibilityRole.coop.rawValue }.compactMap { names[$0.unitID] }, leaders: leaderNames)
            added.append(try await DraftEditing.addTask(planID: planID, afterTaskID: nil, groupID: section, edit, actor: actor, in: context))
        }
        return added
    }
}
