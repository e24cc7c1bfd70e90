import DubanCore
import DubanStrings
import FluentKit

/// A task with the facts permissions need, loaded once per request.
public struct LoadedTask: Sendable {
    public var task: TaskRecord
    public var subject: Subject
}

public enum TaskSubject {
    public static func load(_ taskID: Int, on db: any Database) async throws -> LoadedTask {
        guard let task = try await TaskRecord.find(taskID, on: db) else { throw StoreError.notFound(Strings.Store.taskNotFound) }
        let units = try await TaskUnitRecord.query(on: db).filter(\.$taskID == taskID).all()
        let leaders = try await TaskLeaderRecord.query(on: db).filter(\.$taskID == taskID).all()
        let plan = try await PlanRecord.find(task.planID, on: db)
        // A unit holding the task through a collective name (各街道) acts on it as if named; the
        // collective itself stays, so the office can still urge it as printed.
        let holders = try await CollectiveExpansion.holders(units, governmentID: task.governmentID, on: db)
        let subject = Subject(
            governmentID: task.governmentID,
            leadUnitIDs: Set(
                holders.filter { $0.role == ResponsibilityRole.lead.rawValue }.map(\.unitID)
                    + units.filter { $0.role == ResponsibilityRole.lead.rawValue }.map(\.unitID)),
            coopUnitIDs: Set(
                holders.filter { $0.role == ResponsibilityRole.coop.rawValue }.map(\.unitID)
                    + units.filter { $0.role == ResponsibilityRole.coop.rawValue }.map(\.unitID)),
            leaderIDs: Set(leaders.map(\.leaderID)),
            published: plan?.status == PlanStatus.published.rawValue,
            linkedGovernmentIDs: try await LevelReaders.governments(reading: taskID, on: db))
        return LoadedTask(task: task, subject: subject)
    }
}

/// What a report needs to know of its task, as a value that requests can share.
public struct TaskFacts: Sendable {
    public var planID: Int
    public var governmentID: Int
    public var status: String
    public var displayLabel: String
    public var subject: Subject
    public var indicatorIDs: Set<Int>
    /// Indicators that count whole things (家, 个, 所): their reported values are whole numbers.
    public var wholeNumberMetrics: [Int: String] = [:]
}

extension TaskSubject {
    /// The task's facts as of this write's revision; from memory when nothing has changed.
    static func facts(_ taskID: Int, in ctx: StoreContext) async throws -> TaskFacts {
        try await ctx.cached("task.facts:\(taskID)") {
            let loaded = try await load(taskID, on: ctx.db)
            let indicators = try await IndicatorRecord.query(on: ctx.db).filter(\.$taskID == taskID).all()
            return TaskFacts(
                planID: loaded.task.planID, governmentID: loaded.task.governmentID, status: loaded.task.status,
                displayLabel: loaded.task.displayLabel, subject: loaded.subject,
                indicatorIDs: Set(indicators.compactMap(\.id)),
                wholeNumberMetrics: Dictionary(
                    uniqueKeysWithValues: indicators.compactMap { record in
                        record.id.flatMap { IndicatorMeasure.takesWholeNumbers(record.indicator) ? ($0, record.metric) : nil }
                    }))
        }
    }
}
