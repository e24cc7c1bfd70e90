import DubanCore
import DubanStore
import Vapor

/// Reads each main page's model for a request: the query, the scope and the permissions the
/// page's forms and links depend on. The view then renders the model alone.
enum PageModels {
    static func plan(_ req: Request) async throws -> PlanPageModel {
        let plan = try await req.plan(.readPlan)
        let all = try await req.board(.plan(plan.id))
        let report = PlanDrafts.ImportReport.decode(plan.importReport)
        var draft: PlanPage.DraftInfo?
        if plan.status == PlanStatus.draft.rawValue {
            let panel = try await DraftOutline.panel(for: plan, actor: req.actor, on: req.store.db)
            draft = PlanPage.DraftInfo(
                findings: report.findings, proposedUnits: panel.proposedUnits, knownUnits: panel.knownUnits,
                rowWarnings: panel.rowWarnings,
                canEdit: Permissions.decide(req.actor, .importPlan, .government(plan.governmentID, published: false)).isAllowed,
                sections: panel.sections,
                overCeiling: try await BurdenFacts.ceilingCheck(.draft(planID: plan.id), actor: req.actor, on: req.store.db),
                carryOver: Permissions.decide(req.actor, .editPlan, .government(plan.governmentID, published: false)).isAllowed
                    ? try await CarryOver.candidates(planID: plan.id, actor: req.actor, now: req.now, on: req.store.db) : [])
        }
        return PlanPageModel(
            plan: plan, all: all, filter: TaskFilter(query: req.query), warnings: report.warnings, draft: draft,
            canAssess: Permissions.decide(req.actor, .runAssessment, .government(plan.governmentID, published: true)).isAllowed,
            canPublish: Permissions.decide(req.actor, .publishPlan, .government(plan.governmentID, published: false)).isAllowed,
            canUseSheets: req.actor?.role == .unit
                || Permissions.decide(req.actor, .enterSheetReports, .government(plan.governmentID, published: true)).isAllowed)
    }

    static func task(_ req: Request) async throws -> TaskPageModel {
        let (detail, subject) = try await TaskDetail.read(try req.id(), actor: req.actor, now: req.now, on: req.store.db)
        let calendar = try await WorkCalendars.load(on: req.store.db)
        let rules = try await PlanSettings.supervisionRules(planID: detail.task.planID, on: req.store.db)
        return TaskPageModel(
            detail: detail, subject: subject, actor: req.actor,
            defaultReplyBy: Urgings.defaultRules.replyBy(sentAt: req.now, calendar: calendar),
            changes: try await ChangeRequests.panel(
                taskID: try req.id(), actor: req.actor, subject: subject, now: req.now, rules: rules, calendar: calendar, on: req.store.db),
            wordsWhenLit: rules.wordsWhenLit,
            parts: try await CoSign.forLead(
                taskID: detail.task.id, planID: detail.task.planID, rules: rules, actor: req.actor, subject: subject, now: req.now,
                on: req.store.db),
            drafts: try await SignOffs.forTask(detail.task.id, actor: req.actor, on: req.store.db),
            levels: try await TaskLevels.read(taskID: detail.task.id, actor: req.actor, now: req.now, on: req.store.db))
    }

    static func bulletin(_ req: Request) async throws -> BulletinPages.Model {
        let (record, bulletin) = try await Bulletins.read(try req.id(), actor: req.actor, on: req.store.db)
        let canEdit = Permissions.decide(req.actor, .publishBulletin, .government(record.governmentID, published: true)).isAllowed
        return BulletinPages.Model(record: record, bulletin: bulletin, canEdit: canEdit)
    }

    static func assessment(_ req: Request) async throws -> AssessmentPages.Model {
        let plan = try await req.plan(.runAssessment)
        let (weights, result) = try await ProductAPI.assessment(req)
        return AssessmentPages.Model(
            plan: plan, weights: weights, result: result, ratings: try await Ratings.sheet(planID: plan.id, on: req.store.db))
    }
}
