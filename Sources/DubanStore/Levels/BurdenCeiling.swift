import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// A change the office is about to make that asks more of units: read against the government's
/// ceiling before it is made, so the office sees whom it would push over.
public enum BurdenChange: Sendable {
    /// A draft plan, on top of the year's published plans.
    case draft(planID: Int)
    /// A published task amended: a deadline moved (an extension granted) asks in more months,
    /// new wording may ask more figures, new units are asked for the first time.
    case amendment(taskID: Int, TaskActions.Amendment)
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
        let (before, _) = try await demand(governmentID: plan.governmentID, year: plan.year, published: published, on: db)
        let asks = before.asks
        var after = before
        switch change {
        case .draft:
            guard plan.status == PlanStatus.draft.rawValue else { return [] }
            after.asks += try await ownAsks(plans: [plan], on: db)
        case .amendment(let taskID, let amendment):
            after.asks = asks.filter { $0.taskID != taskID } + (try await amendedAsks(taskID: taskID, amendment, plan: plan, asks: asks, on: db))
        case .inspection(_, let taskIDs, let month):
            after.events += try await inspectionEvents(taskIDs: taskIDs, month: month, on: db)
        }
        let over = BurdenMeter.pushedOver(from: before, to: after, ceiling: ceiling)
        var names = try await Handoffs.unitNames(Set(over.map(\.unitID)), on: db)
        if case .amendment(_, let amendment) = change {
            // A unit the amendment names for the first time has no id yet.
            let named = (amendment.leadUnits.map(DraftEditing.cleaned) ?? []) + (amendment.coopUnits.map(DraftEditing.cleaned) ?? [])
            for (index, name) in named.enumerated() { names[-1 - index] = names[-1 - index] ?? name }
        }
        return over.map { Strings.Levels.Burden.overCeiling(unit: names[$0.unitID] ?? "", month: $0.month, load: $0.load, ceiling: ceiling) }
    }

    static func plan(of change: BurdenChange, on db: any Database) async throws -> PlanRecord {
        let planID: Int?
        switch change {
        case .draft(let id), .inspection(let id, _, _): planID = id
        case .amendment(let taskID, _): planID = try await TaskRecord.find(taskID, on: db)?.planID
        }
        guard let planID, let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        return plan
    }
}

extension BurdenFacts {
    /// The task's asks as the amendment would leave them: its months from the new deadline, its
    /// figures from the new wording, its units from the new names (members of a collective
    /// included). A name the directory does not know yet stands as a unit of its own.
    static func amendedAsks(
        taskID: Int, _ amendment: TaskActions.Amendment, plan: PlanRecord, asks: [BurdenMeter.Ask], on db: any Database
    ) async throws -> [BurdenMeter.Ask] {
        guard let task = try await TaskRecord.find(taskID, on: db) else { throw StoreError.notFound(Strings.Store.taskNotFound) }
        let current = asks.filter { $0.taskID == taskID }
        var months = current.first?.dueMonths ?? []
        if let deadline = amendment.deadline {
            let periods = try await PeriodRecord.query(on: db).filter(\.$planID == plan.requireID()).all().map { (start: $0.startsAt, end: $0.endsAt) }
            months = dueMonths(periods, until: Progress.deadline(deadline, planYear: plan.year))
        }
        var indicators = try await LevelLinking.indicatorsByTask([taskID], on: db)[taskID] ?? []
        var kind = TaskKind(rawValue: task.kind) ?? .qualitative
        if let text = amendment.text, text != task.text {
            let analysis = IndicatorExtractor().analyse(text)
            (indicators, kind) = (analysis.indicators, analysis.kind)
        }
        var holders = current.map { (unitID: $0.unitID, role: $0.role) }
        if amendment.leadUnits != nil || amendment.coopUnits != nil {
            let directory = try await DirectoryCache.load(governmentID: task.governmentID, on: db)
            var links: [TaskUnitRecord] = []
            var others: [(unitID: Int, role: ResponsibilityRole)] = []
            var index = 0
            for (role, names) in [(ResponsibilityRole.lead, amendment.leadUnits), (.coop, amendment.coopUnits)] {
                // A role the amendment leaves alone keeps its holders.
                guard let names else {
                    others += holders.filter { $0.role == role }
                    continue
                }
                // Cleaned as the amendment itself will clean them, so the same names match.
                for name in DraftEditing.cleaned(names) {
                    if let id = directory.units[name] {
                        links.append(TaskUnitRecord(taskID: taskID, unitID: id, role: role.rawValue, position: index))
                    } else {
                        others.append((-1 - index, role))
                    }
                    index += 1
                }
            }
            holders =
                try await CollectiveExpansion.holders(links, governmentID: task.governmentID, on: db)
                .map { (unitID: $0.unitID, role: ResponsibilityRole(rawValue: $0.role) ?? .coop) } + others
        }
        let answers = current.first?.answersParentTasks ?? []
        return holders.map { holder in
            BurdenMeter.Ask(
                unitID: holder.unitID, taskID: taskID, role: holder.role, dueMonths: months, indicators: indicators, kind: kind,
                answersParentTasks: answers)
        }
    }
}
