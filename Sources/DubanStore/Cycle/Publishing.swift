import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Publishing a draft: the proposed names become the directory, the periods are laid out,
/// and each unit and leader is told their list is ready.
public enum Publishing {
    public static func publish(planID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            guard let plan = try await PlanRecord.find(planID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
            try Guard.require(actor, .publishPlan, .government(plan.governmentID, published: false))
            guard plan.status == PlanStatus.draft.rawValue else { throw StoreError.conflict(Strings.Store.planAlreadyPublished) }
            guard try await TaskRecord.query(on: ctx.db).filter(\.$planID == planID).count() > 0 else {
                throw StoreError.conflict(Strings.Store.planEmpty)
            }
            // Nobody is held to a guess: every row the importer inferred, or that names no one in
            // particular, is corrected or confirmed first (Confirmations).
            let pending = try await Confirmations.pending(planID: planID, on: ctx.db)
            guard pending == 0 else { throw StoreError.conflict(Strings.Confirm.unconfirmedRows(pending)) }
            plan.status = PlanStatus.published.rawValue
            plan.publishedAt = ctx.now
            try await plan.save(on: ctx.db)
            let taskIDs = try await TaskRecord.query(on: ctx.db).filter(\.$planID == planID).all().map { try $0.requireID() }
            let unitIDs = Set(try await TaskUnitRecord.query(on: ctx.db).filter(\.$taskID ~~ taskIDs).all().map(\.unitID))
            for unit in try await UnitRecord.query(on: ctx.db).filter(\.$id ~~ unitIDs).filter(\.$confirmed == false).all() {
                unit.confirmed = true
                try await unit.save(on: ctx.db)
            }
            // With the installation's calendar: a due day read in working days counts its holidays.
            let rules = try await PlanSettings.periodRules(of: plan, on: ctx.db)
            for period in Periods.all(year: plan.year, rules: rules) {
                let record = PeriodRecord(planID: planID, period: period)
                try await record.create(on: ctx.db)
            }
            try await Notifications.notifyUnits(
                unitIDs, kind: "plan.published", title: Strings.Notify.planPublished(plan.title),
                body: Strings.Notify.planPublishedBody, taskID: nil, on: ctx.db)
            try await Webhooks.enqueue(
                governmentID: plan.governmentID, title: Strings.Notify.planPublished(plan.title),
                text: Strings.Notify.planPublishedBody, on: ctx.db)
            try await ctx.audit(
                actor, "plan.publish", "plan", planID, governmentID: plan.governmentID,
                before: PlanStatus.draft.rawValue, after: PlanStatus.published.rawValue)
        }
    }
}
