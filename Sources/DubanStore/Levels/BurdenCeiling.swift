import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// A change the office is about to make that asks more of units: read against the government's
/// ceiling before it is made, so the office sees whom it would push over.
public enum BurdenChange: Sendable {
    /// A draft plan, on top of the year's published plans.
    case draft(planID: Int)
    /// A task's deadline moved (an extension granted): reports fall due in more months.
    case deadline(taskID: Int, to: String)
    /// An inspection list of the plan's tasks, counted against their lead units in the month it
    /// is drawn (1–12).
    case inspection(planID: Int, taskIDs: Set<Int>, month: Int)
}

extension BurdenFacts {
    /// The unit-months the change would push over the ceiling, as sentences. Empty without a
    /// ceiling, or when the change asks nothing more of anyone.
    public static func ceilingCheck(_ change: BurdenChange, actor: Actor?, on db: any Database) async throws -> [String] {
        let plan = try await plan(of: change, on: db)
        try Guard.require(actor, .readPlan, .government(plan.governmentID, published: plan.status == PlanStatus.published.rawValue))
        guard let ceiling = try await GovernmentRecord.find(plan.governmentID, on: db)?.burdenCeiling else { return [] }
        let published = try await PlanRecord.query(on: db).filter(\.$governmentID == plan.governmentID).filter(\.$year == plan.year)
            .filter(\.$status == PlanStatus.published.rawValue).all()
        let asks = try await ownAsks(plans: published, on: db) + (try await passedDownAsks(governmentID: plan.governmentID, year: plan.year, on: db))
        let before = BurdenMeter.Demand(asks: asks, events: try await urgings(planIDs: Set(published.compactMap(\.id)), year: plan.year, on: db))
        var after = before
        switch change {
        case .draft:
            guard plan.status == PlanStatus.draft.rawValue else { return [] }
            after.asks += try await ownAsks(plans: [plan], on: db)
        case .deadline(let taskID, let deadline):
            let periods = try await PeriodRecord.query(on: db).filter(\.$planID == plan.requireID()).all().map { (start: $0.startsAt, end: $0.endsAt) }
            let months = dueMonths(periods, until: Progress.deadline(deadline, planYear: plan.year))
            after.asks = asks.map { ask in
                guard ask.taskID == taskID else { return ask }
                var moved = ask
                moved.dueMonths = months
                return moved
            }
        case .inspection(_, let taskIDs, let month):
            after.events += try await inspectionEvents(taskIDs: taskIDs, month: month, on: db)
        }
        let over = BurdenMeter.pushedOver(from: before, to: after, ceiling: ceiling)
        let names = try await Handoffs.unitNames(Set(over.map(\.unitID)), on: db)
        return over.map { Strings.Levels.Burden.overCeiling(unit: names[$0.unitID] ?? "", month: $0.month, load: $0.load, ceiling: ceiling) }
    }

    static func plan(of change: BurdenChange, on db: any Database) async throws -> PlanRecord {
        let planID: Int?
        switch change {
        case .draft(let id), .inspection(let id, _, _): planID = id
        case .deadline(let taskID, _): planID = try await TaskRecord.find(taskID, on: db)?.planID
        }
        guard let planID, let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        return plan
    }
}
