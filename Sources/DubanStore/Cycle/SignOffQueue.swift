import DubanCore
import DubanDocuments
import DubanStrings
import FluentKit
import Foundation

/// The held reports a unit's own accounts see: the leader's queue on the home page, and on a
/// task page the unit's drafts with their outcome, so a liaison sees what came back and why.
extension SignOffs {
    public struct Entry: Sendable, Codable, Equatable {
        public var id: Int
        public var taskID: Int
        public var taskLabel: String
        public var periodLabel: String
        public var author: String
        public var createdAt: Date
        public var status: ReportDraftStatus
        public var narrative: String
        public var percentComplete: Double?
        public var problems: String
        public var nextSteps: String
        /// Indicator captions with the values given, in the task's order.
        public var values: [String]
        public var files: [String]
        public var decidedBy: String?
        public var note: String?
    }

    /// The drafts of the actor's unit waiting for its leader, oldest first.
    public static func waiting(for actor: Actor?, on db: any Database) async throws -> [Entry] {
        guard let actor, actor.role == .unit, let unitID = actor.unitID else { return [] }
        let drafts = try await ReportDraftRecord.query(on: db).filter(\.$unitID == unitID)
            .filter(\.$status == ReportDraftStatus.pending.rawValue).sort(\.$createdAt).sort(\.$id).range(..<200).all()
        return try await entries(drafts, on: db)
    }

    /// A task's drafts, for an account of the unit that wrote them: newest first, the last twenty.
    public static func forTask(_ taskID: Int, actor: Actor?, on db: any Database) async throws -> [Entry] {
        guard let actor, actor.role == .unit, let unitID = actor.unitID else { return [] }
        let drafts = try await ReportDraftRecord.query(on: db).filter(\.$taskID == taskID).filter(\.$unitID == unitID)
            .sort(\.$createdAt, .descending).sort(\.$id, .descending).range(..<20).all()
        return try await entries(drafts, on: db)
    }

    private static func entries(_ drafts: [ReportDraftRecord], on db: any Database) async throws -> [Entry] {
        guard !drafts.isEmpty else { return [] }
        let ids = drafts.compactMap(\.id)
        let taskIDs = Set(drafts.map(\.taskID))
        let tasks = Dictionary(
            uniqueKeysWithValues: try await TaskRecord.query(on: db).filter(\.$id ~~ taskIDs).all().compactMap { t in t.id.map { ($0, t) } })
        let periods = Dictionary(
            uniqueKeysWithValues: try await PeriodRecord.query(on: db).filter(\.$id ~~ Set(drafts.map(\.periodID))).all().compactMap { p in
                p.id.map { ($0, p.label) }
            })
        let accountIDs = Set(drafts.map(\.accountID) + drafts.compactMap(\.decidedBy))
        let names = Dictionary(
            uniqueKeysWithValues: try await AccountRecord.query(on: db).filter(\.$id ~~ accountIDs).all().compactMap { a in
                a.id.map { ($0, a.displayName) }
            })
        let indicators = try await IndicatorRecord.query(on: db).filter(\.$taskID ~~ taskIDs).sort(\.$id).all()
        let files = try await ReportDraftFileRecord.query(on: db).filter(\.$draftID ~~ ids).sort(\.$id).all()
        return drafts.map { draft in
            let content = JSONText.decode(Content.self, draft.content)
            let values = indicators.filter { $0.taskID == draft.taskID }.compactMap { indicator -> String? in
                guard let id = indicator.id, let value = content?.values[String(id)] else { return nil }
                return Strings.SignOff.value(indicator.metric, spreadsheetNumber(value), indicator.unit)
            }
            return Entry(
                id: draft.id ?? 0, taskID: draft.taskID, taskLabel: tasks[draft.taskID]?.displayLabel ?? "",
                periodLabel: periods[draft.periodID] ?? "", author: names[draft.accountID] ?? "", createdAt: draft.createdAt,
                status: ReportDraftStatus(rawValue: draft.status) ?? .pending, narrative: content?.narrative ?? "",
                percentComplete: content?.percent, problems: content?.problems ?? "", nextSteps: content?.nextSteps ?? "", values: values,
                files: files.filter { $0.draftID == draft.id }.map(\.filename), decidedBy: draft.decidedBy.flatMap { names[$0] },
                note: draft.note)
        }
    }
}
