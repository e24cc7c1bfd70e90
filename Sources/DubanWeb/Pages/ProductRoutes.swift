import DubanCore
import DubanExport
import DubanStore
import Vapor

/// The office's products as pages: bulletins now; each form posts, runs the use case, returns.
extension PageRoutes {
    func registerProductPages(_ app: Application) {
        app.get(SiteURL.planBulletins) { req async throws -> Response in
            let plan = try await req.plan(.readPlan)
            let canDraft = Bulletins.mayDraft(plan, actor: req.actor)
            let records = try await Bulletins.list(plan: plan, actor: req.actor, on: req.store.db)
            let month = PlanCalendar.calendar.component(.month, from: req.now)
            return BulletinPages.list(
                plan, records: records, canDraft: canDraft && plan.status == PlanStatus.published.rawValue,
                defaultMonth: max(1, month - 1), page: req.page
            ).response()
        }
        app.post(SiteURL.planBulletins) { req async throws -> Response in
            struct Form: Content { var month: Int }
            let record = try await Bulletins.draft(
                planID: try req.id(), month: try req.decode(Form.self).month,
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.bulletin.path(record.id))
        }
        app.get(SiteURL.bulletin) { req async throws -> Response in
            BulletinPages.show(try await PageModels.bulletin(req), page: req.page).response()
        }
        app.get(SiteURL.bulletinDocx) { req async throws -> Response in try await BulletinAPI.docx(req) }
        app.post(SiteURL.bulletinEdit) { req async throws -> Response in
            struct Form: Content {
                var summary: String
                var closing: String
            }
            let form = try req.decode(Form.self)
            let record = try await Bulletins.edit(
                bulletinID: try req.id(), summary: form.summary, closing: form.closing,
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.bulletin.path(record.id, done: "edit"))
        }
        app.post(SiteURL.bulletinPublish) { req async throws -> Response in
            let id = try req.id()
            try await Bulletins.publish(bulletinID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.bulletin.path(id, done: "bulletin"))
        }
        app.get(SiteURL.planAssessment) { req async throws -> Response in
            AssessmentPages.assessment(try await PageModels.assessment(req), page: req.page).response()
        }
        app.post(SiteURL.taskRating) { req async throws -> Response in
            let id = try req.id()
            struct Form: Content { var grade: String? }
            try await Ratings.rate(taskID: id, grade: try req.decode(Form.self).grade, actor: try req.requireActor(), in: req.store)
            let planID = try await DraftOutline.planID(ofTask: id, on: req.store.db) ?? 0
            return req.redirect(to: SiteURL.planAssessment.path(planID, done: "rate", fragment: "rating-\(id)"))
        }
        app.get(SiteURL.planAssessmentXlsx) { req async throws -> Response in try await ProductAPI.assessmentXlsx(req) }
        app.post(SiteURL.planCarryOver) { req async throws -> Response in
            struct Form: Content { var taskIDs: [Int]? }
            let id = try req.id()
            let chosen = try req.decode(Form.self).taskIDs ?? []
            _ = try await CarryOver.carry(planID: id, taskIDs: chosen, actor: try req.requireActor(), now: req.now, in: req.store)
            return req.redirect(to: SiteURL.plan.path(id, done: "carry"))
        }
        app.get(SiteURL.planYearEndDocx) { req async throws -> Response in try await Self.yearEnd(req, docx: true) }
        app.get(SiteURL.planYearEndXlsx) { req async throws -> Response in try await Self.yearEnd(req, docx: false) }
        app.post(SiteURL.planAssessmentWeights) { req async throws -> Response in
            let id = try req.id()
            var weights = try req.decode(AssessmentWeights.self)
            // The form sets the weights; the rating scale stays as the office set it.
            weights.ratingScale = try await PlanSettings.weights(planID: id, on: req.store.db).ratingScale
            try await PlanSettings.setWeights(planID: id, weights, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.planAssessment.path(id, done: "edit"))
        }
        app.get(SiteURL.planRules) { req async throws -> Response in
            let plan = try await req.plan(.editPlan)
            let rules = try await PlanSettings.supervisionRules(planID: plan.id, actor: req.actor, on: req.store.db)
            return RulesPage.render(plan, rules: rules, page: req.page).response()
        }
        app.post(SiteURL.planRules) { req async throws -> Response in
            let id = try req.id()
            struct Form: Content {
                var yellowGap: Double
                var redGap: Double
                var levelTolerance: Double
                var correctionDays: Int
                var minimumToRank: Int
                var extensionLimit: Int?
                var extensionNoticeDays: Int?
                var returnWindowDays: Int?
                var wordsWhenLit: String?
                var coSign: String?
                var dueCounting: String?
            }
            let form = try req.decode(Form.self)
            let standard = SupervisionRules.standard
            let rules = SupervisionRules(
                light: LightRules(yellowGap: form.yellowGap, redGap: form.redGap, levelTolerance: form.levelTolerance),
                correctionDays: form.correctionDays, minimumToRank: form.minimumToRank,
                extensionLimit: form.extensionLimit ?? standard.extensionLimit, extensionNoticeDays: form.extensionNoticeDays ?? standard.extensionNoticeDays,
                returnWindowDays: form.returnWindowDays ?? standard.returnWindowDays, wordsWhenLit: form.wordsWhenLit == "on",
                coSign: form.coSign == "on", dueCounting: form.dueCounting.flatMap(PeriodRules.DueCounting.init(rawValue:)) ?? standard.dueCounting)
            try await PlanSettings.setSupervisionRules(planID: id, rules, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.planRules.path(id, done: "edit"))
        }
        app.get(SiteURL.planInspection) { req async throws -> Response in
            let plan = try await req.plan(.publishBulletin)
            let (rules, list) = try await ProductAPI.inspection(req)
            let issuing = try await ProductAPI.inspectionIssuing(req, planID: plan.id, list: list)
            return AssessmentPages.inspection(plan, rules: rules, list: list, overCeiling: issuing.overCeiling, issued: issuing.issued, page: req.page)
                .response()
        }
        app.post(SiteURL.planInspectionIssue) { req async throws -> Response in
            struct Form: Content { var acceptOverCeiling: Bool? }
            let id = try req.id()
            try await InspectionRounds.issue(
                planID: id, actor: try req.requireActor(), acceptOverCeiling: try req.decode(Form.self).acceptOverCeiling ?? false, in: req.store)
            return req.redirect(to: SiteURL.planInspection.path(id, done: "inspection-issued"))
        }
        app.get(SiteURL.planInspectionXlsx) { req async throws -> Response in try await ProductAPI.inspectionXlsx(req) }
        app.post(SiteURL.planInspectionRules) { req async throws -> Response in
            let id = try req.id()
            // Unticked boxes are simply absent from a form: absent means no.
            struct Form: Content {
                var includeRed: Bool?
                var includeYellow: Bool?
                var requireEvidence: Bool?
                var noProgressPeriods: Int
                var offTrajectoryPoints: Double
                var maxItems: Int?
            }
            let form = try req.decode(Form.self)
            let rules = InspectionRules(
                includeRed: form.includeRed ?? false, includeYellow: form.includeYellow ?? false,
                noProgressPeriods: form.noProgressPeriods, offTrajectoryPoints: form.offTrajectoryPoints,
                requireEvidence: form.requireEvidence ?? false,
                maxItems: form.maxItems ?? InspectionRules.standard.maxItems)
            try await PlanSettings.setInspectionRules(planID: id, rules, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.planInspection.path(id, done: "edit"))
        }
    }

    /// 目标任务完成情况对照表 as Word or Excel, from live data.
    static func yearEnd(_ req: Request, docx: Bool) async throws -> Response {
        let account = try await YearEndFacts.read(planID: try req.id(), actor: try req.requireActor(), now: req.now, on: req.store.db)
        let data =
            docx
            ? try YearEndAccountExport.docx(title: account.title, rows: account.rows)
            : try YearEndAccountExport.xlsx(title: account.title, rows: account.rows)
        let type = docx ? OpenAPIDocument.docx : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response.attachment(data, filename: account.title + (docx ? ".docx" : ".xlsx"), contentType: type)
    }
}
