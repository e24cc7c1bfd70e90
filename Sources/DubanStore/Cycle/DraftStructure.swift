import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The shape of a draft: rows split, merged and moved between sections, sections added and
/// renamed, and a plan begun from nothing. Wording and responsibility are `DraftEditing`.
public enum DraftStructure {
    public enum Direction: String, Codable, Sendable { case up, down }

    /// Where a row sits in the printed table.
    struct Placement {
        var attachment: Int
        var groupID: Int?
        var path: String

        static let none = Placement(attachment: 1, groupID: nil, path: "[]")

        init(attachment: Int, groupID: Int?, path: String) {
            self.attachment = attachment
            self.groupID = groupID
            self.path = path
        }

        init(of task: TaskRecord) {
            self.init(attachment: task.attachment, groupID: task.groupID, path: task.path)
        }

        func apply(to task: TaskRecord) {
            task.attachment = attachment
            task.groupID = groupID
            task.path = path
        }

        func same(as task: TaskRecord) -> Bool { task.groupID == groupID && task.attachment == attachment }
    }

    // MARK: a plan from nothing

    /// An empty draft with its sections, for a plan that exists in nobody's file yet.
    public static func createBlank(
        title: String, year: Int, sections: [String], governmentID: Int, actor: Actor,
        in context: StoreContext
    ) async throws -> Int {
        try Guard.require(actor, .importPlan, .government(governmentID, published: false))
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw StoreError.invalid(Strings.Store.planTitleRequired) }
        guard (2000...2100).contains(year) else { throw StoreError.invalid(Strings.Store.planYearRange) }
        return try await context.write { ctx in
            let plan = PlanRecord()
            plan.governmentID = governmentID
            plan.year = year
            plan.title = title
            plan.status = PlanStatus.draft.rawValue
            plan.sourceName = ""
            plan.sourceFormat = "manual"
            plan.importReport = JSONText.encode(PlanDrafts.ImportReport(warnings: [], findings: []))
            plan.periodRules = JSONText.encode(PeriodRules.standard)
            plan.createdBy = actor.accountID
            try await plan.create(on: ctx.db)
            let planID = try plan.requireID()
            try await AttachmentRecord(planID: planID, number: 1, title: title).create(on: ctx.db)
            for (position, section) in DraftEditing.cleaned(sections).enumerated() {
                try await GroupRecord(planID: planID, parentID: nil, title: section, depth: 0, position: position).create(on: ctx.db)
            }
            try await ctx.audit(
                actor, "plan.create", "plan", planID, governmentID: governmentID,
                after: JSONText.encode(["title": title, "year": String(year)]))
            return planID
        }
    }

    // MARK: sections

    @discardableResult
    public static func addSection(planID: Int, title: String, parentID: Int? = nil, actor: Actor, in context: StoreContext) async throws -> Int {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw StoreError.invalid(Strings.Store.sectionTitleRequired) }
        return try await context.write { ctx in
            let plan = try await DraftEditing.draftPlan(planID, actor: actor, on: ctx.db)
            let groups = try await GroupRecord.query(on: ctx.db).filter(\.$planID == planID).all()
            let parent = try parentID.map { id in
                guard let parent = groups.first(where: { $0.id == id }) else { throw StoreError.notFound(Strings.Store.sectionNotFound) }
                return parent
            }
            let group = GroupRecord(
                planID: planID, parentID: parentID, title: title, depth: (parent?.depth ?? -1) + 1,
                position: (groups.map(\.position).max() ?? -1) + 1, attachment: parent?.attachment ?? 1)
            try await group.create(on: ctx.db)
            let id = try group.requireID()
            try await ctx.audit(actor, "draft.section.add", "plan", planID, governmentID: plan.governmentID, after: title)
            return id
        }
    }

    /// A new title for a section: every row in it and below it reads the new path.
    public static func renameSection(groupID: Int, title: String, actor: Actor, in context: StoreContext) async throws {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw StoreError.invalid(Strings.Store.sectionTitleRequired) }
        try await context.write { ctx in
            guard let group = try await GroupRecord.find(groupID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.sectionNotFound) }
            let plan = try await DraftEditing.draftPlan(group.planID, actor: actor, on: ctx.db)
            let before = group.title
            group.title = title
            try await group.save(on: ctx.db)
            let groups = try await GroupRecord.query(on: ctx.db).filter(\.$planID == group.planID).all()
            let subtree = descendants(of: groupID, in: groups)
            for task in try await TaskRecord.query(on: ctx.db).filter(\.$planID == group.planID).all() {
                guard let id = task.groupID, subtree.contains(id) else { continue }
                var path = JSONText.strings(task.path)
                guard group.depth < path.count else { continue }
                path[group.depth] = title
                task.path = JSONText.encode(path)
                try await task.save(on: ctx.db)
            }
            try await ctx.audit(
                actor, "draft.section.rename", "plan", group.planID, governmentID: plan.governmentID,
                before: before, after: title)
        }
    }

    /// Only an empty section goes: its rows would otherwise lose their place.
    public static func deleteSection(groupID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            guard let group = try await GroupRecord.find(groupID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.sectionNotFound) }
            let plan = try await DraftEditing.draftPlan(group.planID, actor: actor, on: ctx.db)
            let groups = try await GroupRecord.query(on: ctx.db).filter(\.$planID == group.planID).all()
            let subtree = descendants(of: groupID, in: groups)
            guard try await TaskRecord.query(on: ctx.db).filter(\.$groupID ~~ subtree).count() == 0 else {
                throw StoreError.conflict(Strings.Store.sectionNotEmpty)
            }
            try await GroupRecord.query(on: ctx.db).filter(\.$id ~~ subtree).delete()
            try await ctx.audit(actor, "draft.section.delete", "plan", group.planID, governmentID: plan.governmentID, before: group.title)
        }
    }

    // MARK: rows

    /// One row becomes several: the first part stays, each further part is a new row right
    /// after it with the same section, deadline and responsibility.
    @discardableResult
    public static func split(taskID: Int, into parts: [String], actor: Actor, in context: StoreContext) async throws -> [Int] {
        let parts = parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { throw StoreError.invalid(Strings.Store.splitNeedsTwoParts) }
        return try await context.write { ctx in
            let (task, plan) = try await DraftEditing.draftTask(taskID, actor: actor, on: ctx.db)
            let before = try await DraftEditing.snapshot(task, on: ctx.db)
            let units = try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == taskID).sort(\.$position).all()
            let leaders = try await TaskLeaderRecord.query(on: ctx.db).filter(\.$taskID == taskID).sort(\.$position).all()
            try await DraftEditing.apply(.init(text: parts[0]), to: task, plan: plan, in: ctx)
            var ids = [taskID]
            var tasks = try await TaskRecord.query(on: ctx.db).filter(\.$planID == task.planID).sort(\.$position).all()
            for (offset, part) in parts.dropFirst().enumerated() {
                let row = try await insertRow(
                    planID: task.planID, governmentID: plan.governmentID, at: task.position + 1 + offset,
                    Placement(of: task), shifting: tasks, on: ctx.db)
                row.deadline = task.deadline
                try await DraftEditing.apply(.init(text: part), to: row, plan: plan, in: ctx)
                let rowID = try row.requireID()
                for unit in units { try await TaskUnitRecord(taskID: rowID, unitID: unit.unitID, role: unit.role, position: unit.position).create(on: ctx.db) }
                for leader in leaders { try await TaskLeaderRecord(taskID: rowID, leaderID: leader.leaderID, position: leader.position).create(on: ctx.db) }
                tasks.append(row)
                ids.append(rowID)
            }
            try await ctx.audit(
                actor, "draft.task.split", "task", taskID, governmentID: plan.governmentID, before: before,
                after: JSONText.encode(parts))
            return ids
        }
    }

    /// The row and the one after it in the same section become one: wording joined, units
    /// and leaders combined, the later deadline kept (both parts must be done by then).
    public static func mergeWithNext(taskID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let (task, plan) = try await DraftEditing.draftTask(taskID, actor: actor, on: ctx.db)
            let tasks = try await TaskRecord.query(on: ctx.db).filter(\.$planID == task.planID).sort(\.$position).all()
            guard let index = tasks.firstIndex(where: { $0.id == taskID }), index + 1 < tasks.count,
                Placement(of: task).same(as: tasks[index + 1])
            else { throw StoreError.conflict(Strings.Store.mergeNeedsNext) }
            let next = tasks[index + 1]
            let nextID = try next.requireID()
            let before = [try await DraftEditing.snapshot(task, on: ctx.db), try await DraftEditing.snapshot(next, on: ctx.db)]
            let names = try await DraftEditing.responsibility(of: [taskID, nextID], on: ctx.db)
            let lead = DraftEditing.cleaned(names.lead[taskID, default: []] + names.lead[nextID, default: []])
            let coop = DraftEditing.cleaned(names.coop[taskID, default: []] + names.coop[nextID, default: []]).filter { !lead.contains($0) }
            let leaders = DraftEditing.cleaned(names.leaders[taskID, default: []] + names.leaders[nextID, default: []])
            let deadline = task.deadline == nil || next.deadline == nil ? "" : max(task.deadline!, next.deadline!)
            try await DraftEditing.apply(
                .init(
                    text: joined(task.text, next.text), deadline: deadline, leadUnits: lead,
                    coopUnits: coop, leaders: leaders), to: task, plan: plan, in: ctx)
            try await DraftEditing.removeRow(next, on: ctx.db)
            try await ctx.audit(
                actor, "draft.task.merge", "task", taskID, governmentID: plan.governmentID,
                before: JSONText.encode(before), after: try await DraftEditing.snapshot(task, on: ctx.db))
        }
    }

    /// One place up or down. At the edge of its section the row crosses into the next section
    /// instead, the way one drags a row over a heading.
    public static func move(taskID: Int, _ direction: Direction, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let (task, plan) = try await DraftEditing.draftTask(taskID, actor: actor, on: ctx.db)
            let tasks = try await TaskRecord.query(on: ctx.db).filter(\.$planID == task.planID).sort(\.$position).all()
            guard let index = tasks.firstIndex(where: { $0.id == taskID }) else { throw StoreError.notFound(Strings.Store.taskNotFound) }
            let neighbourIndex = direction == .up ? index - 1 : index + 1
            guard tasks.indices.contains(neighbourIndex) else { throw StoreError.conflict(Strings.Store.moveAtEdge) }
            let neighbour = tasks[neighbourIndex]
            let before = "\(task.position) \(task.path)"
            if Placement(of: task).same(as: neighbour) {
                (task.position, neighbour.position) = (neighbour.position, task.position)
                if task.position == neighbour.position { task.position += direction == .up ? -1 : 1 }
                try await neighbour.save(on: ctx.db)
            } else {
                Placement(of: neighbour).apply(to: task)
            }
            try await task.save(on: ctx.db)
            try await ctx.audit(
                actor, "draft.task.move", "task", taskID, governmentID: plan.governmentID,
                before: before, after: "\(task.position) \(task.path)")
        }
    }

    /// To the end of another section.
    public static func moveToSection(taskID: Int, groupID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let (task, plan) = try await DraftEditing.draftTask(taskID, actor: actor, on: ctx.db)
            let placement = try await placement(ofGroup: groupID, planID: task.planID, on: ctx.db)
            let before = task.path
            let others = try await TaskRecord.query(on: ctx.db).filter(\.$planID == task.planID).sort(\.$position).all()
                .filter { $0.id != taskID }
            let position = try await endOfGroup(groupID, planID: task.planID, tasks: others, on: ctx.db)
            for later in others where later.position >= position {
                later.position += 1
                try await later.save(on: ctx.db)
            }
            task.position = position
            placement.apply(to: task)
            try await task.save(on: ctx.db)
            try await ctx.audit(actor, "draft.task.move", "task", taskID, governmentID: plan.governmentID, before: before, after: task.path)
        }
    }

    // MARK: shared by the editor's writes

    static func placement(ofGroup groupID: Int, planID: Int, on db: any Database) async throws -> Placement {
        guard let group = try await GroupRecord.find(groupID, on: db), group.planID == planID else {
            throw StoreError.notFound(Strings.Store.sectionNotFound)
        }
        var titles = [group.title]
        var parent = group.parentID
        while let id = parent, let up = try await GroupRecord.find(id, on: db) {
            titles.insert(up.title, at: 0)
            parent = up.parentID
        }
        return Placement(attachment: group.attachment, groupID: groupID, path: JSONText.encode(titles))
    }

    /// The position right after a section's last row; for an empty section, after the rows of
    /// the sections printed before it, so rows keep the sections' order.
    static func endOfGroup(_ groupID: Int, planID: Int, tasks: [TaskRecord], on db: any Database) async throws -> Int {
        if let last = tasks.last(where: { $0.groupID == groupID }) { return last.position + 1 }
        let order = documentOrder(try await GroupRecord.query(on: db).filter(\.$planID == planID).all())
        guard let index = order.firstIndex(of: groupID) else { return (tasks.last?.position ?? -1) + 1 }
        let earlier = Set(order[..<index])
        let before = tasks.filter { $0.groupID.map(earlier.contains) ?? true }
        return (before.map(\.position).max() ?? -1) + 1
    }

    /// A blank row at `position`, the rows from there on moved down one.
    static func insertRow(
        planID: Int, governmentID: Int, at position: Int, _ placement: Placement, shifting tasks: [TaskRecord],
        on db: any Database
    ) async throws -> TaskRecord {
        for later in tasks where later.position >= position {
            later.position += 1
            try await later.save(on: db)
        }
        let row = TaskRecord()
        row.planID = planID
        row.governmentID = governmentID
        row.position = position
        placement.apply(to: row)
        row.label = ""
        row.text = ""
        row.kind = TaskKind.qualitative.rawValue
        row.status = TaskStatus.open.rawValue
        row.version = 1
        row.warnings = "[]"
        row.source = ""
        try await row.create(on: db)
        return row
    }

    /// Group ids as the document prints them: each section followed by its sub-sections,
    /// siblings in the order they were made (for an import, the order they were read).
    public static func documentOrder(_ groups: [GroupRecord]) -> [Int] {
        let byID = byID(groups)
        let keyed = groups.compactMap { group in
            group.id.map { (id: $0, key: [group.attachment] + lineage(of: group, in: byID).map(\.position)) }
        }
        return keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.id)
    }

    static func byID(_ groups: [GroupRecord]) -> [Int: GroupRecord] {
        Dictionary(uniqueKeysWithValues: groups.compactMap { group in group.id.map { ($0, group) } })
    }

    /// The group's section and the sections above it, outermost first. Bounded, so a parent
    /// loop in damaged data ends.
    static func lineage(of group: GroupRecord, in byID: [Int: GroupRecord]) -> [GroupRecord] {
        var chain = [group]
        var parent = group.parentID
        while let id = parent, let up = byID[id], chain.count <= 32 {
            chain.insert(up, at: 0)
            parent = up.parentID
        }
        return chain
    }

    static func descendants(of groupID: Int, in groups: [GroupRecord]) -> Set<Int> {
        var found: Set<Int> = [groupID]
        var grew = true
        while grew {
            let next = Set(groups.filter { $0.parentID.map(found.contains) ?? false }.compactMap(\.id))
            grew = !next.isSubset(of: found)
            found.formUnion(next)
        }
        return found
    }

    /// Two standards as one sentence: a separator only where the first does not end in one.
    static func joined(_ first: String, _ second: String) -> String {
        let head = first.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = head.last else { return second }
        return "。；;，,".contains(last) ? head + second : head + "；" + second
    }
}
