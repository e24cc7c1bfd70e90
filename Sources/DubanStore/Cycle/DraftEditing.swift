import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Corrections to a draft before it is published: a task's standard, deadline and
/// responsibility, tasks added or removed, and names the importer did not know mapped onto
/// the directory. After publishing, a change is an amendment (目标调整), never an edit.
public enum DraftEditing {
    public struct TaskEdit: Codable, Sendable {
        public var text: String?
        public var deadline: String?
        public var leadUnits: [String]?
        public var coopUnits: [String]?
        public var leaders: [String]?

        public init(
            text: String? = nil, deadline: String? = nil, leadUnits: [String]? = nil,
            coopUnits: [String]? = nil, leaders: [String]? = nil
        ) {
            self.text = text
            self.deadline = deadline
            self.leadUnits = leadUnits
            self.coopUnits = coopUnits
            self.leaders = leaders
        }
    }

    public static func editTask(
        taskID: Int, _ edit: TaskEdit, actor: Actor, extractor: IndicatorExtractor = IndicatorExtractor(),
        in context: StoreContext
    ) async throws {
        try await context.write { ctx in
            let (task, plan) = try await draftTask(taskID, actor: actor, on: ctx.db)
            let before = try await snapshot(task, on: ctx.db)
            try await apply(edit, to: task, plan: plan, extractor: extractor, in: ctx)
            try await ctx.audit(
                actor, "draft.task.edit", "task", taskID, governmentID: plan.governmentID,
                before: before, after: try await snapshot(task, on: ctx.db))
        }
    }

    /// Writes an edit onto a draft row inside the caller's write: the row, its indicators read
    /// again from new wording, and its units and leaders as typed.
    static func apply(
        _ edit: TaskEdit, to task: TaskRecord, plan: PlanRecord, extractor: IndicatorExtractor = IndicatorExtractor(),
        in ctx: StoreContext
    ) async throws {
        let taskID = try task.requireID()
        if let text = edit.text?.trimmingCharacters(in: .whitespacesAndNewlines), text != task.text {
            guard !text.isEmpty else { throw StoreError.invalid(Strings.Store.standardRequired) }
            task.text = text
            let analysis = extractor.analyse(text)
            task.kind = analysis.kind.rawValue
            // A draft has no reports yet: its indicators can simply be read again.
            try await IndicatorRecord.query(on: ctx.db).filter(\.$taskID == taskID).delete()
            for (index, indicator) in analysis.indicators.enumerated() {
                try await IndicatorRecord.make(taskID: taskID, position: index, indicator).create(on: ctx.db)
            }
        }
        if let deadline = edit.deadline?.trimmingCharacters(in: .whitespaces) {
            guard deadline.isEmpty || Self.isYearMonth(deadline) else { throw StoreError.invalid(Strings.Store.deadlineFormat) }
            task.deadline = deadline.isEmpty ? nil : deadline
        }
        // The importer's doubts about this row are answered by the person who corrected it.
        task.warnings = "[]"
        try await task.save(on: ctx.db)
        var directory = try await DirectoryCache.load(governmentID: plan.governmentID, on: ctx.db)
        for (role, names) in [(ResponsibilityRole.lead.rawValue, edit.leadUnits), (ResponsibilityRole.coop.rawValue, edit.coopUnits)] {
            guard let names else { continue }
            try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == taskID).filter(\.$role == role).delete()
            for (index, name) in cleaned(names).enumerated() {
                let unitID = try await directory.unit(named: name, on: ctx.db)
                try await TaskUnitRecord(taskID: taskID, unitID: unitID, role: role, position: index).create(on: ctx.db)
            }
        }
        if let names = edit.leaders {
            try await TaskLeaderRecord.query(on: ctx.db).filter(\.$taskID == taskID).delete()
            for (index, name) in cleaned(names).enumerated() {
                let leaderID = try await directory.leader(named: name, on: ctx.db)
                try await TaskLeaderRecord(taskID: taskID, leaderID: leaderID, position: index).create(on: ctx.db)
            }
        }
    }

    /// Removes a row the importer should not have made (a heading read as a task, a duplicate).
    public static func deleteTask(taskID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let (task, plan) = try await draftTask(taskID, actor: actor, on: ctx.db)
            let before = try await snapshot(task, on: ctx.db)
            try await removeRow(task, on: ctx.db)
            try await ctx.audit(actor, "draft.task.delete", "task", taskID, governmentID: plan.governmentID, before: before)
        }
    }

    /// Adds a row after `afterTaskID`, or at the end of section `groupID`, or at the end of the
    /// plan; the rows after it move down. The row and its wording are one write: a refused
    /// deadline leaves no empty row behind.
    @discardableResult
    public static func addTask(
        planID: Int, afterTaskID: Int?, groupID: Int? = nil, _ edit: TaskEdit, actor: Actor,
        in context: StoreContext
    ) async throws -> Int {
        let text = edit.text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !text.isEmpty else { throw StoreError.invalid(Strings.Store.standardRequired) }
        return try await context.write { ctx in
            let plan = try await draftPlan(planID, actor: actor, on: ctx.db)
            let tasks = try await TaskRecord.query(on: ctx.db).filter(\.$planID == planID).sort(\.$position).all()
            let placement: DraftStructure.Placement
            let position: Int
            if let groupID, afterTaskID == nil {
                placement = try await DraftStructure.placement(ofGroup: groupID, planID: planID, on: ctx.db)
                position = try await DraftStructure.endOfGroup(groupID, planID: planID, tasks: tasks, on: ctx.db)
            } else {
                let anchor = tasks.first { $0.id == afterTaskID } ?? tasks.last
                placement = anchor.map(DraftStructure.Placement.init(of:)) ?? .none
                position = (anchor?.position ?? -1) + 1
            }
            let row = try await DraftStructure.insertRow(
                planID: planID, governmentID: plan.governmentID, at: position,
                placement, shifting: tasks, on: ctx.db)
            try await apply(edit, to: row, plan: plan, in: ctx)
            let id = try row.requireID()
            try await ctx.audit(
                actor, "draft.task.add", "task", id, governmentID: plan.governmentID,
                after: try await snapshot(row, on: ctx.db))
            return id
        }
    }

    /// A name the importer did not know is the directory's unit under another name: the plan's
    /// tasks point at the known unit, the name is kept as its alias for the next import.
    public static func mapUnit(planID: Int, unitID: Int, to targetID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let plan = try await draftPlan(planID, actor: actor, on: ctx.db)
            guard let proposed = try await UnitRecord.find(unitID, on: ctx.db),
                let target = try await UnitRecord.find(targetID, on: ctx.db)
            else { throw StoreError.notFound(Strings.Store.unitNotFound) }
            guard proposed.governmentID == plan.governmentID, target.governmentID == plan.governmentID else {
                throw StoreError.forbidden(Strings.Store.mapAcrossGovernments)
            }
            guard !proposed.confirmed, unitID != targetID else { throw StoreError.invalid(Strings.Store.mapOnlyProposed) }
            let taskIDs = try await TaskRecord.query(on: ctx.db).filter(\.$planID == planID).all().map { try $0.requireID() }
            try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID ~~ taskIDs).filter(\.$unitID == unitID)
                .set(\.$unitID, to: targetID).update()
            let known = try await UnitAliasRecord.query(on: ctx.db).filter(\.$governmentID == plan.governmentID)
                .filter(\.$alias == proposed.name).first()
            if known == nil {
                try await UnitAliasRecord(unitID: targetID, governmentID: plan.governmentID, alias: proposed.name).create(on: ctx.db)
            }
            // Another draft may still use the proposed unit; only an unused one is removed.
            if try await TaskUnitRecord.query(on: ctx.db).filter(\.$unitID == unitID).count() == 0 {
                try await proposed.delete(on: ctx.db)
            }
            try await ctx.audit(
                actor, "draft.unit.map", "unit", targetID, governmentID: plan.governmentID,
                before: proposed.name, after: target.name)
        }
    }

    static func draftTask(_ taskID: Int, actor: Actor, on db: any Database) async throws -> (TaskRecord, PlanRecord) {
        guard let task = try await TaskRecord.find(taskID, on: db) else { throw StoreError.notFound(Strings.Store.taskNotFound) }
        return (task, try await draftPlan(task.planID, actor: actor, on: db))
    }

    static func draftPlan(_ planID: Int, actor: Actor, on db: any Database) async throws -> PlanRecord {
        guard let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        try Guard.require(actor, .editPlan, .government(plan.governmentID, published: false))
        guard plan.status == PlanStatus.draft.rawValue else { throw StoreError.conflict(Strings.Store.draftOnly) }
        return plan
    }

    /// A draft row and what hangs on it (indicators, units, leaders); a draft has no reports.
    static func removeRow(_ task: TaskRecord, on db: any Database) async throws {
        let taskID = try task.requireID()
        try await IndicatorRecord.query(on: db).filter(\.$taskID == taskID).delete()
        try await TaskUnitRecord.query(on: db).filter(\.$taskID == taskID).delete()
        try await TaskLeaderRecord.query(on: db).filter(\.$taskID == taskID).delete()
        try await task.delete(on: db)
    }

    /// `2022-10`: the form the importer writes and the lights read.
    static func isYearMonth(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), year > 2000, parts[1].count == 2,
            let month = Int(parts[1])
        else { return false }
        return (1...12).contains(month)
    }

    /// Names as typed: trimmed, blanks and repeats dropped, order kept.
    static func cleaned(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The row as the audit trail records it: wording, deadline and who is responsible.
    static func snapshot(_ task: TaskRecord, on db: any Database) async throws -> String {
        let taskID = try task.requireID()
        let names = try await responsibility(of: [taskID], on: db)
        return JSONText.encode(
            TaskEdit(
                text: task.text, deadline: task.deadline, leadUnits: names.lead[taskID, default: []],
                coopUnits: names.coop[taskID, default: []], leaders: names.leaders[taskID, default: []]))
    }

    /// Each task's lead units, cooperating units and leaders by name, in printed order.
    static func responsibility(of taskIDs: [Int], on db: any Database)
        async throws -> (lead: [Int: [String]], coop: [Int: [String]], leaders: [Int: [String]])
    {
        let units = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all()
        let unitNames = Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ Set(units.map(\.unitID))).all()
                .map { (try $0.requireID(), $0.name) })
        let leaders = try await TaskLeaderRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all()
        let leaderNames = Dictionary(
            uniqueKeysWithValues: try await LeaderRecord.query(on: db).filter(\.$id ~~ Set(leaders.map(\.leaderID))).all()
                .map { (try $0.requireID(), $0.name) })
        var lead: [Int: [String]] = [:]
        var coop: [Int: [String]] = [:]
        var heads: [Int: [String]] = [:]
        for unit in units {
            guard let name = unitNames[unit.unitID] else { continue }
            if unit.role == ResponsibilityRole.lead.rawValue {
                lead[unit.taskID, default: []].append(name)
            } else {
                coop[unit.taskID, default: []].append(name)
            }
        }
        for leader in leaders { if let name = leaderNames[leader.leaderID] { heads[leader.taskID, default: []].append(name) } }
        return (lead, coop, heads)
    }
}
