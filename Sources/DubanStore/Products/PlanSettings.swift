import DubanCore
import DubanStrings
import FluentKit
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
        let values = [
            weights.attainment, weights.timeliness, weights.returns, weights.urgings, weights.stretchBonus, weights.urgingPenalty,
            weights.coopWeight,
        ]
        guard values.allSatisfy({ $0 >= 0 && $0 <= 100 }) else { throw StoreError.invalid(Strings.Store.weightRange) }
        let names = weights.ratingScale.map { $0.name.trimmingCharacters(in: .whitespaces) }
        guard (1...10).contains(names.count), Set(names).count == names.count,
            names.allSatisfy({ (1...10).contains($0.count) && !$0.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) }),
            weights.ratingScale.allSatisfy({ $0.value.isFinite && (0...1).contains($0.value) })
        else {
            throw StoreError.invalid(Strings.Store.ratingScaleInvalid)
        }
        try await change(planID: planID, action: .runAssessment, actor: actor, in: context, audit: "assessment.weights") { row in
            let before = row.assessmentWeights
            row.assessmentWeights = JSONText.encode(weights)
            return (before, row.assessmentWeights)
        }
    }

    /// The thresholds behind a plan's lights, for whoever may read the plan.
    public static func supervisionRules(planID: Int, actor: Actor?, on db: any Database) async throws -> SupervisionRules {
        guard let plan = try await PlanRecord.find(planID, on: db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
        try Guard.require(actor, .readPlan, .government(plan.governmentID, published: plan.status == PlanStatus.published.rawValue))
        return try await supervisionRules(of: plan, on: db)
    }

    /// A plan's reporting rules, with the installation's working-day calendar to count them in.
    /// `calendar`: the installation's, when the caller read it already.
    static func periodRules(of plan: PlanRecord, calendar: WorkCalendar? = nil, on db: any Database) async throws -> PeriodRules {
        var rules = JSONText.decode(PeriodRules.self, plan.periodRules) ?? .standard
        if let calendar { rules.workCalendar = calendar } else { rules.workCalendar = try await WorkCalendars.load(on: db) }
        return rules
    }

    /// The same, as of the structure revision: the checks on every report read them, and any
    /// change to them is a structure write, so the answer stays in memory until then.
    static func supervisionRules(planID: Int, in ctx: StoreContext) async throws -> SupervisionRules {
        try await ctx.cached("rules:\(planID)") { try await supervisionRules(planID: planID, on: ctx.db) }
    }

    /// The office's thresholds for a plan (defaults for a plan that does not exist).
    public static func supervisionRules(planID: Int, on db: any Database) async throws -> SupervisionRules {
        guard let plan = try await PlanRecord.find(planID, on: db) else { return .standard }
        return try await supervisionRules(of: plan, on: db)
    }

    static func supervisionRules(of plan: PlanRecord, on db: any Database) async throws -> SupervisionRules {
        rules(plan, try await PlanSettingsRecord.query(on: db).filter(\.$planID == plan.requireID()).first())
    }

    /// The settings row's thresholds, with the correction window from the plan's period rules,
    /// where the return rule reads it.
    private static func rules(_ plan: PlanRecord, _ row: PlanSettingsRecord?) -> SupervisionRules {
        var rules = row?.supervisionRules.flatMap { JSONText.decode(SupervisionRules.self, $0) } ?? .standard
        let period = JSONText.decode(PeriodRules.self, plan.periodRules) ?? .standard
        rules.correctionDays = period.correctionDays
        rules.dueCounting = period.dueCounting
        return rules
    }

    /// Sets the thresholds: the lights, the bulletin and the return rule all read them from now on.
    public static func setSupervisionRules(planID: Int, _ rules: SupervisionRules, actor: Actor, in context: StoreContext) async throws {
        guard rules.isSensible else { throw StoreError.invalid(Strings.Store.supervisionRulesRange) }
        try await context.write { ctx in
            guard let plan = try await PlanRecord.find(planID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
            try Guard.require(actor, .editPlan, .government(plan.governmentID, published: plan.status == PlanStatus.published.rawValue))
            let row = try await settingsRow(planID: planID, on: ctx.db)
            let before = Self.rules(plan, row)
            guard before != rules else { return }
            var period = JSONText.decode(PeriodRules.self, plan.periodRules) ?? .standard
            period.correctionDays = rules.correctionDays
            let dueMoved = period.dueCounting != rules.dueCounting
            period.dueCounting = rules.dueCounting
            plan.periodRules = JSONText.encode(period)
            try await plan.save(on: ctx.db)
            if dueMoved { try await PeriodSchedule.refresh(plan, on: ctx.db) }
            row.supervisionRules = JSONText.encode(rules)
            try await row.save(on: ctx.db)
            try await ctx.audit(
                actor, "plan.rules", "plan", planID, governmentID: plan.governmentID,
                before: JSONText.encode(before), after: JSONText.encode(rules))
        }
    }

    public static func setInspectionRules(planID: Int, _ rules: InspectionRules, actor: Actor, in context: StoreContext) async throws {
        guard (1...24).contains(rules.noProgressPeriods), rules.offTrajectoryPoints.isFinite, (0...100).contains(rules.offTrajectoryPoints),
            (1...200).contains(rules.maxItems)
        else { throw StoreError.invalid(Strings.Store.rulesRange) }
        try await change(planID: planID, action: .publishBulletin, actor: actor, in: context, audit: "inspection.rules") { row in
            let before = row.inspectionRules
            row.inspectionRules = JSONText.encode(rules)
            return (before, row.inspectionRules)
        }
    }

    private static func change(
        planID: Int, action: Action, actor: Actor, in context: StoreContext, audit: String,
        _ apply: @escaping @Sendable (PlanSettingsRecord) -> (String, String)
    ) async throws {
        try await context.write { ctx in
            guard let plan = try await PlanRecord.find(planID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.planNotFound) }
            try Guard.require(actor, action, .government(plan.governmentID, published: plan.status == PlanStatus.published.rawValue))
            let row = try await settingsRow(planID: planID, on: ctx.db)
            let (before, after) = apply(row)
            try await row.save(on: ctx.db)
            try await ctx.audit(actor, audit, "plan", planID, governmentID: plan.governmentID, before: before, after: after)
        }
    }

    /// The plan's settings row, or a fresh one holding the defaults.
    private static func settingsRow(planID: Int, on db: any Database) async throws -> PlanSettingsRecord {
        if let row = try await PlanSettingsRecord.query(on: db).filter(\.$planID == planID).first() { return row }
        let fresh = PlanSettingsRecord()
        fresh.planID = planID
        fresh.assessmentWeights = JSONText.encode(AssessmentWeights.standard)
        fresh.inspectionRules = JSONText.encode(InspectionRules.standard)
        return fresh
    }
}
