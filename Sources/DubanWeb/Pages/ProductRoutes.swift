import DubanCore
import DubanStore
import Vapor

/// The office's products as pages: bulletins now; each form posts, runs the use case, returns.
extension PageRoutes {
    func registerProductPages(_ app: Application) {
        app.get("plans", ":id", "bulletins") { req async throws -> Response in
            let plan = try await req.plan(.readPlan)
            let canDraft = Bulletins.mayDraft(plan, actor: req.actor)
            let records = try await Bulletins.list(plan: plan, actor: req.actor, on: req.store.db)
            let month = PlanCalendar.calendar.component(.month, from: req.now)
            return BulletinPages.list(
                plan, records: records, canDraft: canDraft && plan.status == PlanStatus.published.rawValue,
                defaultMonth: max(1, month - 1), page: req.page
            ).response()
        }
        app.post("plans", ":id", "bulletins") { req async throws -> Response in
            struct Form: Content { var month: Int }
            let record = try await Bulletins.draft(
                planID: try req.id(), month: try req.decode(Form.self).month,
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/bulletins/\(record.id)")
        }
        app.get("bulletins", ":id") { req async throws -> Response in
            BulletinPages.show(try await PageModels.bulletin(req), page: req.page).response()
        }
        app.get("bulletins", ":id", "docx") { req async throws -> Response in try await BulletinAPI.docx(req) }
        app.post("bulletins", ":id", "edit") { req async throws -> Response in
            struct Form: Content {
                var summary: String
                var closing: String
            }
            let form = try req.decode(Form.self)
            let record = try await Bulletins.edit(
                bulletinID: try req.id(), summary: form.summary, closing: form.closing,
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/bulletins/\(record.id)?done=edit")
        }
        app.post("bulletins", ":id", "publish") { req async throws -> Response in
            let id = try req.id()
            try await Bulletins.publish(bulletinID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/bulletins/\(id)?done=bulletin")
        }
        app.get("plans", ":id", "assessment") { req async throws -> Response in
            AssessmentPages.assessment(try await PageModels.assessment(req), page: req.page).response()
        }
        app.post("tasks", ":id", "rating") { req async throws -> Response in
            let id = try req.id()
            struct Form: Content { var grade: String? }
            try await Ratings.rate(taskID: id, grade: try req.decode(Form.self).grade, actor: try req.requireActor(), in: req.store)
            let planID = try await DraftOutline.planID(ofTask: id, on: req.store.db) ?? 0
            return req.redirect(to: "/plans/\(planID)/assessment?done=rate#rating-\(id)")
        }
        app.get("plans", ":id", "assessment.xlsx") { req async throws -> Response in try await ProductAPI.assessmentXlsx(req) }
        app.post("plans", ":id", "assessment", "weights") { req async throws -> Response in
            let id = try req.id()
            var weights = try req.decode(AssessmentWeights.self)
            // The form sets the weights; the rating scale stays as the office set it.
            weights.ratingScale = try await PlanSettings.weights(planID: id, on: req.store.db).ratingScale
            try await PlanSettings.setWeights(planID: id, weights, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(id)/assessment?done=edit")
        }
        app.get("plans", ":id", "rules") { req async throws -> Response in
            let plan = try await req.plan(.editPlan)
            let rules = try await PlanSettings.supervisionRules(planID: plan.id, actor: req.actor, on: req.store.db)
            return RulesPage.render(plan, rules: rules, page: req.page).response()
        }
        app.post("plans", ":id", "rules") { req async throws -> Response in
            let id = try req.id()
            struct Form: Content {
                var yellowGap: Double
                var redGap: Double
                var levelTolerance: Double
                var correctionDays: Int
                var minimumToRank: Int
            }
            let form = try req.decode(Form.self)
            let rules = SupervisionRules(
                light: LightRules(yellowGap: form.yellowGap, redGap: form.redGap, levelTolerance: form.levelTolerance),
                correctionDays: form.correctionDays, minimumToRank: form.minimumToRank)
            try await PlanSettings.setSupervisionRules(planID: id, rules, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(id)/rules?done=edit")
        }
        app.get("plans", ":id", "inspection") { req async throws -> Response in
            let plan = try await req.plan(.publishBulletin)
            let (rules, list) = try await ProductAPI.inspection(req)
            return AssessmentPages.inspection(plan, rules: rules, list: list, page: req.page).response()
        }
        app.get("plans", ":id", "inspection.xlsx") { req async throws -> Response in try await ProductAPI.inspectionXlsx(req) }
        app.post("plans", ":id", "inspection", "rules") { req async throws -> Response in
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
            return req.redirect(to: "/plans/\(id)/inspection?done=edit")
        }
    }
}
