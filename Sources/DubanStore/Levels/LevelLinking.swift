import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// 对接: a child's tasks taking up the tasks its parent passed down. Duban proposes each link
/// with its reason (a shared measure, or how closely the texts agree); the child's office
/// confirms it, moves it to another passed-down task, or rejects it. Only a confirmed link lets
/// one report answer both levels, and only it lets the parent read the child's task.
public enum LevelLinking {
    public enum Decision: Sendable, Equatable {
        case confirm, reject
        case move(parentTaskID: Int)
    }

    /// Proposes links for a child's plan against everything passed down to its government in the
    /// same year. Tasks already linked (in any state) keep what a person decided. Returns the
    /// number of new proposals.
    @discardableResult
    public static func propose(planID: Int, actor: Actor, in context: StoreContext) async throws -> Int {
        try await context.write { ctx in
            guard let plan = try await PlanRecord.find(planID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
            try Guard.require(actor, .linkLevels, .government(plan.governmentID))
            let passed = try await passedDownTasks(to: plan.governmentID, year: plan.year, on: ctx.db)
            guard !passed.isEmpty else { return 0 }
            let tasks = try await TaskRecord.query(on: ctx.db).filter(\.$planID == planID).sort(\.$position).all()
            let taken = Set(
                try await TaskLinkRecord.query(on: ctx.db).filter(\.$childTaskID ~~ Set(tasks.compactMap(\.id))).all().map(\.childTaskID))
            let open = tasks.filter { $0.id.map { !taken.contains($0) } ?? false }
            let indicators = try await indicatorsByTask(Set(open.compactMap(\.id)).union(passed.compactMap(\.id)), on: ctx.db)
            let proposals = LevelLinks.propose(
                children: open.compactMap { task in task.id.map { LevelTask(id: $0, text: task.text, indicators: indicators[$0] ?? []) } },
                parents: passed.compactMap { task in task.id.map { LevelTask(id: $0, text: task.text, indicators: indicators[$0] ?? []) } })
            for proposal in proposals {
                let record = TaskLinkRecord()
                record.childTaskID = proposal.childTaskID
                record.parentTaskID = proposal.parentTaskID
                record.childGovernmentID = plan.governmentID
                record.status = LinkStatus.proposed.rawValue
                record.measures = JSONText.encode(proposal.sharedMeasures)
                record.similarity = proposal.similarity
                record.createdAt = WriteClock.current
                try await record.create(on: ctx.db)
            }
            if !proposals.isEmpty {
                try await ctx.audit(
                    actor, "links.propose", "plan", planID, governmentID: plan.governmentID,
                    after: JSONText.encode(proposals.map { [$0.childTaskID, $0.parentTaskID] }))
            }
            return proposals.count
        }
    }

    /// The child's office decides one proposal (or changes its mind on a decided link).
    public static func decide(linkID: Int, _ decision: Decision, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            guard let link = try await TaskLinkRecord.find(linkID, on: ctx.db) else { throw StoreError.notFound(Strings.Levels.linkNotFound) }
            try Guard.require(actor, .linkLevels, .government(link.childGovernmentID))
            let before = "\(link.status):\(link.parentTaskID)"
            switch decision {
            case .confirm: link.status = LinkStatus.confirmed.rawValue
            case .reject: link.status = LinkStatus.rejected.rawValue
            case .move(let parentTaskID):
                try await requirePassedDown(parentTaskID, to: link.childGovernmentID, on: ctx.db)
                // Chosen by a person: the proposal's measures and likeness were about the old task.
                link.parentTaskID = parentTaskID
                link.status = LinkStatus.confirmed.rawValue
                link.measures = JSONText.encode([String]())
                link.similarity = 0
            }
            link.decidedBy = actor.accountID
            link.decidedAt = WriteClock.current
            try await link.save(on: ctx.db)
            try await auditBothLevels(ctx, actor, "link.\(link.status)", link: link, before: before)
        }
    }

    /// Places a passed-down task in the child's plan by hand: the child task chosen takes it up.
    /// A task already linked elsewhere is moved.
    @discardableResult
    public static func link(childTaskID: Int, parentTaskID: Int, actor: Actor, in context: StoreContext) async throws -> Int {
        try await context.write { ctx in
            let child = try await TaskSubject.load(childTaskID, on: ctx.db)
            try Guard.require(actor, .linkLevels, .government(child.task.governmentID))
            try await requirePassedDown(parentTaskID, to: child.task.governmentID, on: ctx.db)
            let existing = try await TaskLinkRecord.query(on: ctx.db).filter(\.$childTaskID == childTaskID).first()
            let link = existing ?? TaskLinkRecord()
            let before = existing.map { "\($0.status):\($0.parentTaskID)" } ?? ""
            link.childTaskID = childTaskID
            link.parentTaskID = parentTaskID
            link.childGovernmentID = child.task.governmentID
            link.status = LinkStatus.confirmed.rawValue
            link.measures = JSONText.encode([String]())
            link.similarity = 0
            link.decidedBy = actor.accountID
            link.decidedAt = WriteClock.current
            if existing == nil { link.createdAt = WriteClock.current }
            try await link.save(on: ctx.db)
            try await auditBothLevels(ctx, actor, "link.confirmed", link: link, before: before)
            return try link.requireID()
        }
    }

    /// The parent's tasks of `year` passed down to a government, in plan order.
    static func passedDownTasks(to governmentID: Int, year: Int, on db: any Database) async throws -> [TaskRecord] {
        let handoffs = try await TaskHandoffRecord.query(on: db).filter(\.$governmentID == governmentID).all()
        guard !handoffs.isEmpty else { return [] }
        let plans = Set(try await PlanRecord.query(on: db).filter(\.$year == year).filter(\.$status == PlanStatus.published.rawValue).all().compactMap(\.id))
        return try await TaskRecord.query(on: db).filter(\.$id ~~ Set(handoffs.map(\.taskID))).sort(\.$planID).sort(\.$position).all()
            .filter { plans.contains($0.planID) }
    }

    static func indicatorsByTask(_ taskIDs: Set<Int>, on db: any Database) async throws -> [Int: [Indicator]] {
        guard !taskIDs.isEmpty else { return [:] }
        let records = try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$position).all()
        return Dictionary(grouping: records, by: \.taskID).mapValues { $0.map(\.indicator) }
    }

    private static func requirePassedDown(_ parentTaskID: Int, to governmentID: Int, on db: any Database) async throws {
        let handoff = try await TaskHandoffRecord.query(on: db).filter(\.$taskID == parentTaskID).filter(\.$governmentID == governmentID).first()
        guard handoff != nil else { throw StoreError.conflict(Strings.Levels.notPassedDown) }
    }

    /// A decided link changes what the parent reads, so both governments' records say so, and a
    /// confirmed one tells the parent's office where its answer will come from.
    private static func auditBothLevels(_ ctx: StoreContext, _ actor: Actor, _ action: String, link: TaskLinkRecord, before: String) async throws {
        let after = "\(link.status):\(link.parentTaskID)"
        try await ctx.audit(actor, action, "task_link", link.id, governmentID: link.childGovernmentID, before: before, after: after)
        guard let parent = try await TaskRecord.find(link.parentTaskID, on: ctx.db), parent.governmentID != link.childGovernmentID else { return }
        try await ctx.audit(actor, action, "task_link", link.id, governmentID: parent.governmentID, before: before, after: after)
        guard link.status == LinkStatus.confirmed.rawValue, let child = try await TaskRecord.find(link.childTaskID, on: ctx.db) else { return }
        let childName = try await GovernmentRecord.find(link.childGovernmentID, on: ctx.db)?.name ?? ""
        try await Notifications.notifySupervisors(
            governmentID: parent.governmentID, kind: "levels.linked", title: Strings.Levels.Notify.linkedTitle,
            body: Strings.Levels.Notify.linked(child: childName, childTask: child.displayLabel, parentTask: parent.displayLabel),
            taskID: link.parentTaskID, on: ctx.db)
    }
}
