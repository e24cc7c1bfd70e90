import DubanCore
import DubanStrings
import Fluent

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
        let subject = Subject(
            governmentID: task.governmentID,
            leadUnitIDs: Set(units.filter { $0.role == "lead" }.map(\.unitID)),
            coopUnitIDs: Set(units.filter { $0.role == "coop" }.map(\.unitID)),
            leaderIDs: Set(leaders.map(\.leaderID)),
            published: plan?.status == "published")
        return LoadedTask(task: task, subject: subject)
    }
}
