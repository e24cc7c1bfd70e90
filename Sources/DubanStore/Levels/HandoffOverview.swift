import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The parent's side of the levels: its children, its published plans, and each task it passed
/// down with how far each child has taken it up.
public struct HandoffOverview: Sendable, Codable {
    public var governmentID: Int
    public var children: [Child]
    public var plans: [Plan]
    public var tasks: [Row]

    public struct Child: Sendable, Codable, Equatable {
        public var id: Int
        public var name: String
    }

    public struct Plan: Sendable, Codable, Equatable {
        public var id: Int
        public var title: String
    }

    public struct Row: Sendable, Codable {
        public var task: HandedDown.TaskRef
        public var parts: [Part]
    }

    /// One child's state on one task: passed down or not, and its links.
    public struct Part: Sendable, Codable, Equatable {
        public var governmentID: Int
        public var passedDown: Bool
        public var confirmed: Int
        public var proposed: Int
    }
}

extension HandoffOverview {
    /// Every task of the government's published plans of the latest year, passed down or not, so
    /// that the office can pass any of them by hand.
    public static func read(governmentID: Int, actor: Actor?, on db: any Database) async throws -> HandoffOverview {
        try Guard.require(actor, .readPlan, .government(governmentID))
        let children = try await GovernmentLevels.children(of: governmentID, on: db).compactMap { g in g.id.map { Child(id: $0, name: g.name) } }
        let published = try await PlanRecord.query(on: db).filter(\.$governmentID == governmentID)
            .filter(\.$status == PlanStatus.published.rawValue).all()
        let year = published.map(\.year).max()
        let plans = published.filter { $0.year == year }.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        guard !children.isEmpty, !plans.isEmpty else {
            return HandoffOverview(governmentID: governmentID, children: children, plans: plans.compactMap(planRef), tasks: [])
        }
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID ~~ Set(plans.compactMap(\.id))).sort(\.$planID).sort(\.$position).all()
        let ids = Set(tasks.compactMap(\.id))
        let handoffs = try await TaskHandoffRecord.query(on: db).filter(\.$taskID ~~ ids).all()
        let links = try await TaskLinkRecord.query(on: db).filter(\.$parentTaskID ~~ ids).all()
        let refs = try await HandedDown.taskRefs(tasks, on: db)
        let rows = tasks.compactMap { task -> Row? in
            guard let id = task.id, let ref = refs[id] else { return nil }
            let parts = children.map { child in
                let mine = links.filter { $0.parentTaskID == id && $0.childGovernmentID == child.id }
                return Part(
                    governmentID: child.id, passedDown: handoffs.contains { $0.taskID == id && $0.governmentID == child.id },
                    confirmed: mine.filter { $0.status == LinkStatus.confirmed.rawValue }.count,
                    proposed: mine.filter { $0.status == LinkStatus.proposed.rawValue }.count)
            }
            return Row(task: ref, parts: parts)
        }
        return HandoffOverview(governmentID: governmentID, children: children, plans: plans.compactMap(planRef), tasks: rows)
    }

    static func planRef(_ plan: PlanRecord) -> Plan? { plan.id.map { Plan(id: $0, title: plan.title) } }
}

extension HandoffOverview {
    /// The government's published plans of its latest year and their tasks: what a passed-down
    /// task can be placed in, and what links are proposed for.
    public static func ownPlans(governmentID: Int, actor: Actor?, on db: any Database) async throws -> (plans: [Plan], tasks: [HandedDown.TaskRef]) {
        try Guard.require(actor, .readPlan, .government(governmentID))
        let own = try await PlanRecord.query(on: db).filter(\.$governmentID == governmentID)
            .filter(\.$status == PlanStatus.published.rawValue).sort(\.$year, .descending).all()
        let latest = own.filter { $0.year == own.first?.year }
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID ~~ Set(latest.compactMap(\.id))).sort(\.$planID).sort(\.$position).all()
        let refs = try await HandedDown.taskRefs(tasks, on: db)
        return (latest.compactMap(planRef), tasks.compactMap { $0.id.flatMap { refs[$0] } })
    }
}
