import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Vapor

/// `Samples/<plan>.confirmations.json`: what the demo's office corrected and confirmed in a
/// sample's draft before publishing it (README, "How the published numbers are computed").
/// Applied through the editor's and the confirmation's own use cases, so the demo's audit
/// trail shows it as an office's would.
struct DemoConfirmations: Decodable {
    struct Correction: Decodable {
        /// A 序号 of 附件1, or the start of the row's text where the row has none.
        var row: String?
        var text: String?
        var leadUnits: [String]?
        var coopUnits: [String]?
        var leaders: [String]?
    }

    var reason: String
    var leaderGroups: [String: [String]]
    var corrections: [Correction]

    static func load(samplesDirectory: String, plan file: String) throws -> DemoConfirmations? {
        let name = (file as NSString).deletingPathExtension + ".confirmations.json"
        let path = (samplesDirectory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try JSONDecoder().decode(DemoConfirmations.self, from: data)
    }

    func apply(planID: Int, actor: Actor, app: Application, in context: StoreContext) async throws {
        let tasks = try await TaskRecord.query(on: app.storeContext().db).filter(\.$planID == planID).sort(\.$position).all()
        func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        for correction in corrections {
            let task = tasks.first { task in
                if let row = correction.row { return task.label == row }
                if let text = correction.text { return compact(task.text).hasPrefix(compact(text)) }
                return false
            }
            guard let id = task?.id else { throw DemoError.rowNotFound(correction.row ?? correction.text ?? "") }
            try await DraftEditing.editTask(
                taskID: id,
                DraftEditing.TaskEdit(
                    leadUnits: correction.leadUnits, coopUnits: correction.coopUnits,
                    leaders: correction.leaders),
                actor: actor, in: context)
        }
        // A group title (全体区长) held by rows is replaced by the leaders it stands for.
        for (group, names) in leaderGroups {
            guard let leader = try await LeaderRecord.query(on: app.storeContext().db).filter(\.$name == group).first(), let leaderID = leader.id else {
                continue
            }
            for link in try await TaskLeaderRecord.query(on: app.storeContext().db).filter(\.$leaderID == leaderID).all()
            where tasks.contains(where: { $0.id == link.taskID }) {
                let current = try await TaskLeaderRecord.query(on: app.storeContext().db).filter(\.$taskID == link.taskID).sort(\.$position).all()
                let others = try await LeaderRecord.query(on: app.storeContext().db).filter(\.$id ~~ Set(current.map(\.leaderID))).all()
                    .filter { $0.id != leaderID }.map(\.name)
                try await DraftEditing.editTask(taskID: link.taskID, DraftEditing.TaskEdit(leaders: others + names), actor: actor, in: context)
            }
        }
        if try await Confirmations.pending(planID: planID, on: app.storeContext().db) > 0 {
            try await Confirmations.confirm(planID: planID, taskIDs: nil, reason: reason, actor: actor, in: context)
        }
    }

    enum DemoError: Error, CustomStringConvertible {
        case rowNotFound(String)
        var description: String {
            switch self {
            case .rowNotFound(let row): "confirmations file: no row \(row)"
            }
        }
    }
}
