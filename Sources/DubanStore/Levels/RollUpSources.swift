import DubanCore
import FluentKit
import Foundation

/// What the children have reported toward the parent tasks on a board, so that a passed-down
/// task's light can follow its children's figures when its own lead has not reported this
/// period. Read with the reports: the children's reports are progress like the parent's own.
struct RollUpSources: Sendable {
    /// Per parent task, each child's linked figures.
    var children: [Int: [ChildFigures]] = [:]

    /// Per parent task, how many children it was passed to and how many have an accepted value.
    func coverage(of taskID: Int) -> (reported: Int, total: Int) {
        let parts = children[taskID, default: []]
        return (parts.filter { $0.values.contains { $0 != nil } }.count, parts.count)
    }

    static func load(taskIDs: Set<Int>, asOf: Date? = nil, on db: any Database) async throws -> RollUpSources {
        guard !taskIDs.isEmpty else { return RollUpSources() }
        // Most boards hold no passed-down task: one indexed read answers them.
        let handoffs = try await TaskHandoffRecord.query(on: db).filter(\.$taskID ~~ taskIDs).all()
        guard !handoffs.isEmpty else { return RollUpSources() }
        let links = try await TaskLinkRecord.query(on: db).filter(\.$parentTaskID ~~ Set(handoffs.map(\.taskID)))
            .filter(\.$status == LinkStatus.confirmed.rawValue).all()
        let indicators = try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ Set(links.map(\.childTaskID))).sort(\.$position).all()
        let latest = try await ChildParts.acceptedValues(indicatorIDs: Set(indicators.compactMap(\.id)), asOf: asOf, on: db)
        let byTask = Dictionary(grouping: indicators, by: \.taskID)
        var sources = RollUpSources()
        for handoff in handoffs.sorted(by: { ($0.taskID, $0.governmentID) < ($1.taskID, $1.governmentID) }) {
            let own = links.filter { $0.parentTaskID == handoff.taskID && $0.childGovernmentID == handoff.governmentID }
                .flatMap { byTask[$0.childTaskID, default: []] }
            sources.children[handoff.taskID, default: []].append(
                ChildFigures(
                    government: String(handoff.governmentID), indicators: own.map(\.indicator),
                    values: own.map { record in record.id.flatMap { latest[$0]?.last?.value } }, weight: handoff.weight))
        }
        return sources
    }
}
