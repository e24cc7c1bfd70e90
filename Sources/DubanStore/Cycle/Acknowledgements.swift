import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 签收 and 二次分解: a lead unit accepts its task and may break it into its own work items.
public enum Acknowledgements {
    public static func acknowledge(taskID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            try Guard.require(actor, .acknowledgeTask, loaded.subject)
            guard let unitID = actor.unitID else { throw StoreError.forbidden(Strings.Store.notLeadUnit) }
            let existing = try await AcknowledgementRecord.query(on: ctx.db)
                .filter(\.$taskID == taskID).filter(\.$unitID == unitID).first()
            guard existing == nil else { return }
            let record = AcknowledgementRecord()
            record.createdAt = WriteClock.current
            record.taskID = taskID
            record.unitID = unitID
            record.accountID = actor.accountID
            try await record.create(on: ctx.db)
            try await ctx.audit(
                actor, "task.acknowledge", "task", taskID, governmentID: loaded.task.governmentID,
                after: JSONText.encode(["unit": String(unitID)]))
        }
    }

    public struct WorkItemInput: Sendable, Codable, Equatable {
        public var title: String
        public var dueOn: String?
        public var done: Bool

        public init(title: String, dueOn: String? = nil, done: Bool = false) {
            self.title = title
            self.dueOn = dueOn
            self.done = done
        }
    }

    /// Replaces the unit's work items: old rows are retired, never deleted, so the history stays.
    public static func setWorkItems(taskID: Int, items: [WorkItemInput], actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            try Guard.require(actor, .editWorkItems, loaded.subject)
            guard let unitID = actor.unitID else { throw StoreError.forbidden(Strings.Store.notLeadUnit) }
            let current = try await WorkItemRecord.query(on: ctx.db).filter(\.$taskID == taskID)
                .filter(\.$unitID == unitID).filter(\.$retired == false).all()
            for item in current {
                item.retired = true
                try await item.save(on: ctx.db)
            }
            for input in items where !input.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let item = WorkItemRecord()
                item.createdAt = WriteClock.current
                item.taskID = taskID
                item.unitID = unitID
                item.title = input.title
                item.dueOn = input.dueOn
                item.done = input.done
                item.retired = false
                item.accountID = actor.accountID
                try await item.create(on: ctx.db)
            }
            try await ctx.audit(
                actor, "task.workItems", "task", taskID, governmentID: loaded.task.governmentID,
                before: JSONText.encode(current.map { WorkItemInput(title: $0.title, dueOn: $0.dueOn, done: $0.done) }),
                after: JSONText.encode(items))
        }
    }
}
