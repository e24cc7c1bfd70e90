import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// What the parent passed down to a government, as its office works through it: each parent
/// task with the links proposed or decided for it, and the tasks nothing takes up yet.
public struct HandedDown: Sendable, Codable {
    public var governmentID: Int
    public var parent: String?
    public var tasks: [Item]
    /// Passed-down tasks without a proposed or confirmed link: for the office to place.
    public var unlinked: [Int]

    public struct TaskRef: Sendable, Codable, Equatable {
        public var id: Int
        public var label: String
        public var text: String
        public var plan: String
        public var leadUnits: [String]
    }

    public struct Item: Sendable, Codable {
        public var parentTask: TaskRef
        public var links: [Link]
    }

    public struct Link: Sendable, Codable {
        public var id: Int
        public var childTask: TaskRef
        public var status: String
        public var statusText: String
        public var reason: String
    }
}

extension HandedDown {
    /// For the government's own people; the office acts on it.
    public static func read(governmentID: Int, actor: Actor?, on db: any Database) async throws -> HandedDown {
        try Guard.require(actor, .readPlan, .government(governmentID))
        let government = try await GovernmentLevels.find(governmentID, on: db)
        var parent: GovernmentRecord?
        if let parentID = government.parentID { parent = try await GovernmentRecord.find(parentID, on: db) }
        // The year the government works in: its latest published plan's (a draft for next year is not yet).
        let year = try await PlanRecord.query(on: db).filter(\.$governmentID == governmentID).filter(\.$status == PlanStatus.published.rawValue)
            .sort(\.$year, .descending).first()?.year
        guard let year else { return HandedDown(governmentID: governmentID, parent: parent?.name, tasks: [], unlinked: []) }
        let passed = try await LevelLinking.passedDownTasks(to: governmentID, year: year, on: db)
        let links = try await TaskLinkRecord.query(on: db).filter(\.$childGovernmentID == governmentID)
            .filter(\.$parentTaskID ~~ Set(passed.compactMap(\.id))).sort(\.$id).all()
        let childTasks = try await TaskRecord.query(on: db).filter(\.$id ~~ Set(links.map(\.childTaskID))).all()
        let refs = try await taskRefs(passed + childTasks, on: db)
        let items = passed.compactMap { task -> Item? in
            guard let id = task.id, let ref = refs[id] else { return nil }
            let mine = links.filter { $0.parentTaskID == id }.compactMap { link -> Link? in
                guard let linkID = link.id, let child = refs[link.childTaskID] else { return nil }
                return Link(
                    id: linkID, childTask: child, status: link.status, statusText: statusText(link.status),
                    reason: link.decidedBy != nil && link.measures == "[]" && link.similarity == 0
                        ? Strings.Levels.manualReason
                        : Strings.Levels.reason(measures: JSONText.strings(link.measures), similarity: link.similarity))
            }
            return Item(parentTask: ref, links: mine)
        }
        let unlinked = items.filter { !$0.links.contains { $0.status != LinkStatus.rejected.rawValue } }.map(\.parentTask.id)
        return HandedDown(governmentID: governmentID, parent: parent?.name, tasks: items, unlinked: unlinked)
    }

    static func statusText(_ status: String) -> String {
        switch LinkStatus(rawValue: status) {
        case .proposed: Strings.Levels.Status.proposed
        case .confirmed: Strings.Levels.Status.confirmed
        case .rejected, nil: Strings.Levels.Status.rejected
        }
    }

    /// Tasks as a clerk recognises them: number, wording, plan and lead units.
    static func taskRefs(_ tasks: [TaskRecord], on db: any Database) async throws -> [Int: TaskRef] {
        let ids = Set(tasks.compactMap(\.id))
        let plans = Dictionary(
            uniqueKeysWithValues: try await PlanRecord.query(on: db).filter(\.$id ~~ Set(tasks.map(\.planID))).all()
                .compactMap { p in p.id.map { ($0, p.title) } })
        let leads = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ ids).filter(\.$role == ResponsibilityRole.lead.rawValue).all()
        let names = try await Handoffs.unitNames(Set(leads.map(\.unitID)), on: db)
        var refs: [Int: TaskRef] = [:]
        for task in tasks {
            guard let id = task.id else { continue }
            refs[id] = TaskRef(
                id: id, label: task.label, text: task.text, plan: plans[task.planID] ?? "",
                leadUnits: leads.filter { $0.taskID == id }.compactMap { names[$0.unitID] })
        }
        return refs
    }
}
