import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 下达: a parent's tasks passed down to its children. The tasks whose responsibility names the
/// children (`各辖市区人民政府`, `钟楼区`) are found when the parent's office asks; any other task
/// it passes by hand. Each child then sees the task as handed to its government.
public enum Handoffs {
    /// Records every task of a published plan that names children. Running it again adds only
    /// what is new (a child added since, a task amended). Returns how many were added.
    @discardableResult
    public static func passDownNamed(planID: Int, actor: Actor, in context: StoreContext) async throws -> Int {
        try await context.write { ctx in
            guard let plan = try await PlanRecord.find(planID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
            try Guard.require(actor, .linkLevels, .government(plan.governmentID))
            guard plan.status == PlanStatus.published.rawValue else { throw StoreError.conflict(Strings.Levels.planNotPublished) }
            let children = try await GovernmentLevels.children(of: plan.governmentID, on: ctx.db)
            guard !children.isEmpty else { return 0 }
            let tasks = try await TaskRecord.query(on: ctx.db).filter(\.$planID == planID).sort(\.$position).all()
            let taskIDs = Set(tasks.compactMap(\.id))
            let responsibility = try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID ~~ taskIDs).all()
            let names = try await unitNames(Set(responsibility.map(\.unitID)), on: ctx.db)
            let existing = try await TaskHandoffRecord.query(on: ctx.db).filter(\.$taskID ~~ taskIDs).all()
            var have = Set(existing.map { Pair(task: $0.taskID, government: $0.governmentID) })
            let byName = Dictionary(children.compactMap { child in child.id.map { (child.name, $0) } }, uniquingKeysWith: { a, _ in a })
            var added: [Pair] = []
            for task in tasks {
                guard let taskID = task.id else { continue }
                let responsible = responsibility.filter { $0.taskID == taskID }.compactMap { names[$0.unitID] }
                for name in LevelLinks.passedDown(responsible: responsible, children: children.map(\.name)) {
                    guard let government = byName[name] else { continue }
                    let pair = Pair(task: taskID, government: government)
                    if have.insert(pair).inserted { added.append(pair) }
                }
            }
            for pair in added { try await insert(pair, source: .named, actor: actor, on: ctx.db) }
            if !added.isEmpty {
                try await ctx.audit(
                    actor, "plan.pass_down", "plan", planID, governmentID: plan.governmentID,
                    after: JSONText.encode(added.map { [$0.task, $0.government] }))
                let parentName = try await GovernmentRecord.find(plan.governmentID, on: ctx.db)?.name ?? ""
                for government in Set(added.map(\.government)) {
                    let tasks = added.filter { $0.government == government }.map(\.task)
                    try await ctx.audit(actor, "plan.passed_down", "plan", planID, governmentID: government, after: JSONText.encode(tasks))
                    try await Notifications.notifySupervisors(
                        governmentID: government, kind: "levels.passed_down", title: Strings.Levels.Notify.passedDownTitle,
                        body: Strings.Levels.Notify.passedDown(parent: parentName, count: tasks.count), taskID: tasks.count == 1 ? tasks[0] : nil,
                        on: ctx.db)
                }
            }
            return added.count
        }
    }

    /// Passes one task down by hand to the children chosen; a weight may be given for averaging
    /// a rate across them.
    public static func passDown(taskID: Int, to governmentIDs: [Int], weights: [Int: Double] = [:], actor: Actor, in context: StoreContext) async throws {
        for weight in weights.values where !(weight > 0 && weight <= 1_000_000) { throw StoreError.invalid(Strings.Levels.weightInvalid) }
        try await context.write { ctx in
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            try Guard.require(actor, .linkLevels, .government(loaded.task.governmentID, published: loaded.subject.published))
            guard loaded.subject.published else { throw StoreError.conflict(Strings.Levels.planNotPublished) }
            let children = Set(try await GovernmentLevels.children(of: loaded.task.governmentID, on: ctx.db).compactMap(\.id))
            for id in governmentIDs where !children.contains(id) { throw StoreError.invalid(Strings.Levels.notAChild) }
            let existing = try await TaskHandoffRecord.query(on: ctx.db).filter(\.$taskID == taskID).all()
            var changed: [Int] = []
            for government in Set(governmentIDs).sorted() {
                if let record = existing.first(where: { $0.governmentID == government }) {
                    guard let weight = weights[government], record.weight != weight else { continue }
                    record.weight = weight
                    try await record.save(on: ctx.db)
                } else {
                    try await insert(Pair(task: taskID, government: government), source: .office, weight: weights[government], actor: actor, on: ctx.db)
                }
                changed.append(government)
            }
            guard !changed.isEmpty else { return }
            try await ctx.audit(
                actor, "task.pass_down", "task", taskID, governmentID: loaded.task.governmentID, after: JSONText.encode(changed))
            let parentName = try await GovernmentRecord.find(loaded.task.governmentID, on: ctx.db)?.name ?? ""
            for government in changed {
                try await ctx.audit(actor, "task.passed_down", "task", taskID, governmentID: government, after: String(government))
                try await Notifications.notifySupervisors(
                    governmentID: government, kind: "levels.passed_down", title: Strings.Levels.Notify.passedDownTitle,
                    body: Strings.Levels.Notify.passedDown(parent: parentName, count: 1), taskID: taskID, on: ctx.db)
            }
        }
    }

    struct Pair: Hashable {
        var task: Int
        var government: Int
    }

    private static func insert(_ pair: Pair, source: HandoffSource, weight: Double? = nil, actor: Actor, on db: any Database) async throws {
        let record = TaskHandoffRecord()
        record.taskID = pair.task
        record.governmentID = pair.government
        record.source = source.rawValue
        record.passedBy = actor.accountID
        record.weight = weight
        record.createdAt = WriteClock.current
        try await record.create(on: db)
    }

    static func unitNames(_ ids: Set<Int>, on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ ids).all().compactMap { u in u.id.map { ($0, u.name) } })
    }
}
