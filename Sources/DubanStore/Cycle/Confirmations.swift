import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The office's answer to a draft row's doubts (a field carried down from the row above, a
/// missing lead unit or leader, a name that is no one in particular): checked against the
/// document and confirmed as it stands, row by row or in bulk with a reason. Each row confirmed
/// is one audit entry holding the doubts it answered and the reason, so nothing is confirmed
/// silently; a row corrected in the editor is answered by the correction itself.
public enum Confirmations {
    public static let maximumReason = 500

    /// Confirms `taskIDs` (every row still in doubt when nil). Returns the rows confirmed.
    @discardableResult
    public static func confirm(
        planID: Int, taskIDs: [Int]?, reason: String, actor: Actor,
        in context: StoreContext
    ) async throws -> [Int] {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard reason.count <= maximumReason else { throw StoreError.invalid(Strings.Confirm.reasonTooLong) }
        // One row is a person looking at it; many at once need a reason on record.
        if (taskIDs?.count ?? 2) > 1, reason.isEmpty { throw StoreError.invalid(Strings.Confirm.reasonRequired) }
        return try await context.write { ctx in
            let plan = try await DraftEditing.draftPlan(planID, actor: actor, on: ctx.db)
            var query = TaskRecord.query(on: ctx.db).filter(\.$planID == planID)
            if let taskIDs { query = query.filter(\.$id ~~ Set(taskIDs)) }
            let tasks = try await query.sort(\.$position).all()
            if let taskIDs, tasks.count != Set(taskIDs).count { throw StoreError.notFound(Strings.Store.taskNotFound) }
            let doubted = tasks.filter { !JSONText.strings($0.warnings).isEmpty }
            guard !doubted.isEmpty else { throw StoreError.conflict(Strings.Confirm.nothingToConfirm) }
            for task in doubted {
                let before = task.warnings
                task.warnings = "[]"
                try await task.save(on: ctx.db)
                try await ctx.audit(
                    actor, "draft.task.confirm", "task", task.id, governmentID: plan.governmentID,
                    before: before, after: JSONText.encode(["reason": reason]))
            }
            return doubted.compactMap(\.id)
        }
    }

    /// Rows of a draft still in doubt.
    public static func pending(planID: Int, on db: any Database) async throws -> Int {
        // "[]" is what every answered row holds; the rest are decoded to be sure.
        try await TaskRecord.query(on: db).filter(\.$planID == planID).filter(\.$warnings != "[]").all()
            .filter { !JSONText.strings($0.warnings).isEmpty }.count
    }
}
