import DubanCore
import FluentKit

/// Which other governments may read a task through the levels: the children it is passed down
/// to, and the parent whose task it has been confirmed to take up. Nothing else crosses a level.
enum LevelReaders {
    static func governments(reading taskID: Int, on db: any Database) async throws -> Set<Int> {
        let children = try await TaskHandoffRecord.query(on: db).filter(\.$taskID == taskID).all().map(\.governmentID)
        let parentTasks = try await TaskLinkRecord.query(on: db).filter(\.$childTaskID == taskID)
            .filter(\.$status == LinkStatus.confirmed.rawValue).all().map(\.parentTaskID)
        guard !parentTasks.isEmpty else { return Set(children) }
        let parents = try await TaskRecord.query(on: db).filter(\.$id ~~ Set(parentTasks)).all().map(\.governmentID)
        return Set(children + parents)
    }
}
