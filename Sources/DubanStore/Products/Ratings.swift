import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The office's rating (评定等次) of a qualitative or milestone task: what the assessment scores
/// such work by, instead of full marks by default. A grade from the plan's scale, or none to
/// take a rating back; each change is an audit entry.
public enum Ratings {
    public static func rate(taskID: Int, grade: String?, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let loaded = try await TaskSubject.load(taskID, on: ctx.db)
            let task = loaded.task
            try Guard.require(actor, .runAssessment, .government(task.governmentID, published: loaded.subject.published))
            guard task.kind != TaskKind.quantitative.rawValue else { throw StoreError.conflict(Strings.Store.ratingQualitativeOnly) }
            let scale = try await PlanSettings.weights(planID: task.planID, on: ctx.db).ratingScale
            let name = grade?.trimmingCharacters(in: .whitespaces)
            let chosen = try name.flatMap { wanted in
                guard !wanted.isEmpty else { return nil as RatingGrade? }
                guard let found = scale.first(where: { $0.name == wanted }) else { throw StoreError.conflict(Strings.Store.ratingGradeUnknown) }
                return found
            }
            let before = task.ratingGrade ?? ""
            task.ratingGrade = chosen?.name
            task.ratingValue = chosen?.value
            try await task.save(on: ctx.db)
            try await ctx.audit(actor, "task.rate", "task", taskID, governmentID: task.governmentID, before: before, after: chosen?.name ?? "")
        }
    }

    /// A plan's qualitative and milestone tasks with their lead units and rating, for the form.
    public static func sheet(planID: Int, on db: any Database) async throws -> [RatingRow] {
        let tasks = try await TaskRecord.query(on: db).filter(\.$planID == planID).filter(\.$kind != TaskKind.quantitative.rawValue)
            .sort(\.$position).all()
        let links = try await TaskUnitRecord.query(on: db).filter(\.$taskID ~~ Set(tasks.compactMap(\.id))).filter(\.$role == ResponsibilityRole.lead.rawValue)
            .all()
        let names = Dictionary(
            uniqueKeysWithValues: try await UnitRecord.query(on: db).filter(\.$id ~~ Set(links.map(\.unitID))).all()
                .compactMap { u in u.id.map { ($0, u.name) } })
        return tasks.compactMap { task in
            guard let id = task.id else { return nil }
            return RatingRow(
                taskID: id, label: task.label, text: task.text,
                leadUnits: links.filter { $0.taskID == id }.compactMap { names[$0.unitID] }, grade: task.ratingGrade)
        }
    }
}

public struct RatingRow: Sendable, Codable, Equatable {
    public var taskID: Int
    public var label: String
    public var text: String
    public var leadUnits: [String]
    public var grade: String?
}
