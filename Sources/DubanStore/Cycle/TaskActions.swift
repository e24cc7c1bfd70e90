import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 批示, 办结 and 目标调整: the leader's word, the verified close, the amendment with a reason.
public enum TaskActions {
    public static func instruct(taskID: Int, text: String, actor: Actor, in context: StoreContext) async throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw StoreError.invalid(Strings.Store.instructionRequired) }
        try await context.write { ctx in
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            try Guard.require(actor, .writeInstruction, loaded.subject)
            let record = InstructionRecord()
            record.createdAt = WriteClock.current
            record.taskID = taskID
            record.accountID = actor.accountID
            record.text = text
            try await record.create(on: ctx.db)
            let units = loaded.subject.leadUnitIDs.union(loaded.subject.coopUnitIDs)
            try await Notifications.notifyUnits(
                units, kind: "instruction", title: Strings.Notify.instructed(loaded.task.displayLabel),
                body: text, taskID: taskID, on: ctx.db)
            try await Notifications.notifySupervisors(
                governmentID: loaded.task.governmentID, kind: "instruction",
                title: Strings.Notify.instructed(loaded.task.displayLabel), body: text, taskID: taskID, on: ctx.db)
            try await ctx.audit(actor, "task.instruct", "task", taskID, governmentID: loaded.task.governmentID, after: text)
        }
    }

    public static func close(taskID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            try Guard.require(actor, .closeTask, loaded.subject)
            guard loaded.task.status == TaskStatus.open.rawValue else { throw StoreError.conflict(Strings.Store.taskClosed) }
            loaded.task.status = TaskStatus.closed.rawValue
            loaded.task.closedAt = ctx.now
            try await loaded.task.save(on: ctx.db)
            try await Notifications.notifyUnits(
                loaded.subject.leadUnitIDs, kind: "task.closed",
                title: Strings.Notify.closed(loaded.task.displayLabel), body: "", taskID: taskID, on: ctx.db)
            try await ctx.audit(
                actor, "task.close", "task", taskID, governmentID: loaded.task.governmentID, before: TaskStatus.open.rawValue, after: TaskStatus.closed.rawValue
            )
        }
    }

    public struct Amendment: Sendable {
        public var text: String?
        public var deadline: String??
        /// New responsibility, by name; nil leaves it as it is.
        public var leadUnits: [String]?
        public var coopUnits: [String]?
        public var reason: String

        public init(text: String? = nil, deadline: String?? = nil, leadUnits: [String]? = nil, coopUnits: [String]? = nil, reason: String) {
            self.text = text
            self.deadline = deadline
            self.leadUnits = leadUnits
            self.coopUnits = coopUnits
            self.reason = reason
        }
    }

    /// 目标调整 after publication: the old version is kept with the reason, the task moves on.
    /// An amendment that would push a unit over the government's burden ceiling is refused with
    /// the units named, until the office says it knows (`acceptOverCeiling`).
    public static func amend(
        taskID: Int, _ amendment: Amendment, actor: Actor, acceptOverCeiling: Bool = false, extractor: IndicatorExtractor = IndicatorExtractor(),
        in context: StoreContext
    ) async throws {
        guard !amendment.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid(Strings.Store.amendmentNeedsReason)
        }
        if !acceptOverCeiling {
            // Who may not amend hears only that, not who would be over the ceiling.
            try Guard.require(actor, .amendTask, try await TaskSubject.load(taskID, on: context.db).subject)
            let over = try await BurdenFacts.ceilingCheck(.amendment(taskID: taskID, amendment), actor: actor, on: context.db)
            if !over.isEmpty { throw StoreError.conflict(Strings.Levels.Burden.amendmentOverCeiling(over)) }
        }
        try await context.write { ctx in try await applyAmendment(taskID: taskID, amendment, actor: actor, extractor: extractor, in: ctx) }
    }

    /// The amendment inside a write already open (an approved application makes one too).
    static func applyAmendment(
        taskID: Int, _ amendment: Amendment, actor: Actor, extractor: IndicatorExtractor = IndicatorExtractor(), in ctx: StoreContext
    ) async throws {
        let reason = amendment.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            try Guard.require(actor, .amendTask, loaded.subject)
            let task = loaded.task
            let indicators = try await IndicatorRecord.query(on: ctx.db).filter(\.$taskID == taskID).sort(\.$position).all()
            let responsibility = try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID == taskID).sort(\.$position).all()
            let names = try await DirectoryCache.load(governmentID: task.governmentID, on: ctx.db).names
            let snapshot = TaskSnapshot(
                text: task.text, deadline: task.deadline, kind: task.kind, indicators: indicators.map(\.indicator),
                leadUnits: responsibility.filter { $0.role == ResponsibilityRole.lead.rawValue }.compactMap { names[$0.unitID] },
                coopUnits: responsibility.filter { $0.role == ResponsibilityRole.coop.rawValue }.compactMap { names[$0.unitID] })
            let version = TaskVersionRecord()
            version.taskID = taskID
            version.version = task.version
            version.snapshot = JSONText.encode(snapshot)
            version.reason = reason
            version.accountID = actor.accountID
            try await version.create(on: ctx.db)
            if let text = amendment.text, text != task.text {
                task.text = text
                // New wording, new indicators. The old rows are detached (task id negated), not deleted,
                // so reports made against them still show their values; the snapshot keeps them too.
                let analysis = extractor.analyse(text)
                task.kind = analysis.kind.rawValue
                for old in indicators {
                    old.taskID = -taskID
                    try await old.save(on: ctx.db)
                }
                for (index, indicator) in analysis.indicators.enumerated() {
                    try await IndicatorRecord.make(taskID: taskID, position: index, indicator).create(on: ctx.db)
                }
            }
            if let deadline = amendment.deadline { task.deadline = deadline }
            task.version += 1
            try await task.save(on: ctx.db)
            var told = loaded.subject.leadUnitIDs
            if amendment.leadUnits != nil || amendment.coopUnits != nil {
                told.formUnion(try await reassign(taskID: taskID, governmentID: task.governmentID, amendment, on: ctx.db))
            }
            try await Notifications.notifyUnits(
                told, kind: "task.amended",
                title: Strings.Notify.amended(task.displayLabel), body: reason, taskID: taskID, on: ctx.db)
            try await ctx.audit(
                actor, "task.amend", "task", taskID, governmentID: task.governmentID, before: JSONText.encode(snapshot),
                after: JSONText.encode(
                    TaskSnapshot(
                        text: task.text, deadline: task.deadline, kind: task.kind, indicators: [],
                        leadUnits: amendment.leadUnits, coopUnits: amendment.coopUnits)))
        }
    }

    /// The amended responsibility: the task's units replaced by role. A name the directory does
    /// not know becomes a unit at once, since the office named it on a published plan. Returns
    /// the new lead units, who must hear of it.
    static func reassign(taskID: Int, governmentID: Int, _ amendment: Amendment, on db: any Database) async throws -> Set<Int> {
        var directory = try await DirectoryCache.load(governmentID: governmentID, on: db)
        var leads = Set<Int>()
        for (role, names) in [(ResponsibilityRole.lead.rawValue, amendment.leadUnits), (ResponsibilityRole.coop.rawValue, amendment.coopUnits)] {
            guard let names else { continue }
            let cleaned = DraftEditing.cleaned(names)
            if role == ResponsibilityRole.lead.rawValue && cleaned.isEmpty { throw StoreError.invalid(Strings.Store.leadUnitRequired) }
            try await TaskUnitRecord.query(on: db).filter(\.$taskID == taskID).filter(\.$role == role).delete()
            for (index, name) in cleaned.enumerated() {
                let unitID = try await directory.unit(named: name, on: db)
                try await TaskUnitRecord(taskID: taskID, unitID: unitID, role: role, position: index).create(on: db)
                if role == ResponsibilityRole.lead.rawValue { leads.insert(unitID) }
            }
        }
        try await UnitRecord.query(on: db).filter(\.$governmentID == governmentID).filter(\.$name ~~ directory.proposedUnits)
            .set(\.$confirmed, to: true).update()
        return leads
    }
}
