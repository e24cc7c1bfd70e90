import DubanCore
import DubanStrings
import Fluent
import Foundation

/// The office's settings for a plan's products, with the defaults until someone changes them.
public enum PlanSettings {
    public static func weights(planID: Int, on db: any Database) async throws -> AssessmentWeights {
        let row = try await PlanSettingsRecord.query(on: db).filter(\.$planID == planID).first()
        return row.flatMap { JSONText.decode(AssessmentWeights.self, $0.assessmentWeights) } ?? .standard
    }

    public static func inspectionRules(planID: Int, on db: any Database) async throws -> InspectionRules {
        let row = try await PlanSettingsRecord.query(on: db).filter(\.$planID == planID).first()
        return row.flatMap { JSONText.decode(InspectionRules.self, $0.inspectionRules) } ?? .standard
    }

    public static func setWeights(planID: Int, _ weights: AssessmentWeights, actor: Actor, in context: StoreContext) async throws {
        let values = [weights.attainment, weights.timeliness, weights.returns, weights.urgings, weights.stretchBonus, weights.urgingPenalty,
                      weights.coopWeight]
        guard values.allSatisfy({ $0 >= 0 && $0 <= 100 }) else { throw StoreError.invalid(Strings.Store.weightRange) }
        let names = weights.ratingScale.map { $0.name.trimmingCharacters(in: .whitespaces) }
        guard (1...10).contains(names.count), Set(names).count == names.count, names.allSatisfy({ (1...10).contains($0.count) && !$0.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) }),
              weights.ratingScale.allSatisfy({ $0.value.isFinite && (0...1).contains($0.value) }) else {
            throw StoreError.invalid(Strings.Store.ratingScaleInvalid)
        }
        try await change(planID: planID, action: .runAssessment, actor: actor, in: context, audit: "assessment.weights") { row in
            let before = row.assessmentWeights
            row.assessmentWeights = JSONText.encode(weights)
            return (before, row.assessmentWeights)
        }
    }

    public static func setInspectionRules(planID: Int, _ rules: InspectionRules, actor: Actor, in context: StoreContext) async throws {
        guard (1...24).contains(rules.noProgressPeriods), rules.offTrajectoryPoints.isFinite, (0...100).contains(rules.offTrajectoryPoints),
              (1...200).contains(rules.maxItems) else { throw StoreError.invalid(Strings.Store.rulesRange) }
        try await change(planID: planID, action: .publishBulletin, actor: actor, in: context, audit: "inspection.rules") { row in
            let before = row.inspectionRules
            row.inspectionRules = JSONText.encode(rules)
            return (before, row.inspectionRules)
        }
    }

    private static func change(planID: Int, action: Action, actor: Actor, in context: StoreContext, audit: String,
                               _ apply: @escaping @Sendable (PlanSettingsRecord) -> (String, String)) async throws {
        try await context.write { ctx in
            guard let plan = try await PlanRecord.find(planID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
            try Guard.require(actor, action, .government(plan.governmentID, published: plan.status == "published"))
            let row = try await PlanSettingsRecord.query(on: ctx.db).filter(\.$planID == planID).first() ?? {
                let fresh = PlanSettingsRecord()
                fresh.planID = planID
                fresh.assessmentWeights = JSONText.encode(AssessmentWeights.standard)
                fresh.inspectionRules = JSONText.encode(InspectionRules.standard)
                return fresh
            }()
            let (before, after) = apply(row)
            try await row.save(on: ctx.db)
            try await ctx.audit(actor, audit, "plan", planID, governmentID: plan.governmentID, before: before, after: after)
        }
    }
}
