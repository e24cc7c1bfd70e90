import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// A draft as its editor shows it: sections in printed order with their row counts, the names the
/// directory does not know yet, and each row's import warnings. Only the office that may import
/// into the government reads it.
public enum DraftOutline {
    public struct Section: Sendable, Equatable, Codable {
        public var id: Int
        public var title: String
        /// Outer sections' titles and this one, as the row's path reads.
        public var path: [String]
        public var depth: Int
        public var rows: Int

        public var display: String { path.joined(separator: " / ") }
    }

    public struct Panel: Sendable {
        public var proposedUnits: [UnitEntry]
        public var knownUnits: [UnitEntry]
        public var rowWarnings: [Int: [String]]
        public var sections: [Section]
    }

    public static func panel(for plan: PlanEntry, actor: Actor?, on db: any Database) async throws -> Panel {
        try Guard.require(actor, .importPlan, .government(plan.governmentID, published: false))
        let units = try await UnitRecord.query(on: db).filter(\.$governmentID == plan.governmentID).sort(\.$name).all()
            .map { DirectoryListing.entry($0, aliases: []) }
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID == plan.id).all()
        let groups = try await GroupRecord.query(on: db).filter(\.$planID == plan.id).all()
        return Panel(
            proposedUnits: units.filter { !$0.confirmed }, knownUnits: units.filter(\.confirmed),
            rowWarnings: Dictionary(uniqueKeysWithValues: tasks.map { ($0.id ?? 0, JSONText.strings($0.warnings)) }),
            sections: sections(groups, tasks: tasks))
    }

    /// The sections of the plan a draft row sits in, for the row editor.
    public static func sections(ofTask taskID: Int, actor: Actor?, on db: any Database) async throws -> [Section] {
        guard let task = try await TaskRecord.find(taskID, on: db) else { throw StoreError.notFound(Strings.Store.taskNotFound) }
        try Guard.require(actor, .importPlan, .government(task.governmentID, published: false))
        let groups = try await GroupRecord.query(on: db).filter(\.$planID == task.planID).all()
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID == task.planID).all()
        return sections(groups, tasks: tasks)
    }

    /// Where to return after a row or section form: its plan, or nil when there is none.
    public static func planID(ofTask taskID: Int, on db: any Database) async throws -> Int? {
        try await TaskRecord.find(taskID, on: db)?.planID
    }

    public static func planID(ofSection groupID: Int, on db: any Database) async throws -> Int? {
        try await GroupRecord.find(groupID, on: db)?.planID
    }

    static func sections(_ groups: [GroupRecord], tasks: [TaskRecord]) -> [Section] {
        let byID = DraftStructure.byID(groups)
        let counts = Dictionary(grouping: tasks.compactMap(\.groupID), by: { $0 }).mapValues(\.count)
        return DraftStructure.documentOrder(groups).compactMap { id in
            byID[id].map {
                Section(
                    id: id, title: $0.title, path: DraftStructure.lineage(of: $0, in: byID).map(\.title), depth: $0.depth,
                    rows: counts[id] ?? 0)
            }
        }
    }
}
