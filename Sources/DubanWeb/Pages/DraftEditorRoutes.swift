import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The draft editor's forms: each posts, runs the use case, and returns to the plan or the row.
extension PageRoutes {
    func registerDraftForms(_ app: Application) {
        app.get(SiteURL.taskEdit) { req async throws -> Response in
            let sections = try await DraftOutline.sections(ofTask: try req.id(), actor: req.actor, on: req.store.db)
            let detail = try await TaskDetail.load(try req.id(), now: req.now, on: req.store.db)
            return DraftEditorPage.edit(detail, sections: sections, page: req.page).response()
        }
        app.post(SiteURL.taskEdit) { req async throws -> Response in
            let id = try req.id()
            let form = try req.decode(EditForm.self)
            try await DraftEditing.editTask(taskID: id, form.edit, actor: try req.requireActor(), in: req.store)
            let planID = try await DraftOutline.planID(ofTask: id, on: req.store.db) ?? 0
            return req.redirect(to: SiteURL.plan.path(planID, done: "edit", fragment: "task-\(id)"))
        }
        app.post(SiteURL.taskDelete) { req async throws -> Response in
            let id = try req.id()
            let planID = try await DraftOutline.planID(ofTask: id, on: req.store.db) ?? 0
            try await DraftEditing.deleteTask(taskID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.plan.path(planID, done: "delete"))
        }
        app.post(SiteURL.planTasks) { req async throws -> Response in
            let planID = try req.id()
            let form = try req.decode(EditForm.self)
            let id = try await DraftEditing.addTask(
                planID: planID, afterTaskID: form.afterTaskID, groupID: form.sectionID, form.edit,
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.taskEdit.path(id, done: "add"))
        }
        app.post(SiteURL.planUnitMappings) { req async throws -> Response in
            let planID = try req.id()
            struct Form: Content {
                var unitID: Int
                var targetUnitID: String?
            }
            let form = try req.decode(Form.self)
            // "作为新单位" posts no target: nothing to merge, the name is confirmed on publishing.
            if let target = form.targetUnitID.flatMap({ Int($0) }) {
                try await DraftEditing.mapUnit(planID: planID, unitID: form.unitID, to: target, actor: try req.requireActor(), in: req.store)
            }
            return req.redirect(to: SiteURL.plan.path(planID, done: "map", fragment: "unit-mapping"))
        }
        registerStructureForms(app)
    }

    /// A plan begun from nothing; rows split, merged and moved; sections kept.
    func registerStructureForms(_ app: Application) {
        app.get(SiteURL.newPlan) { req async throws -> Response in
            let actor = try req.requireActor()
            try req.authorize(.importPlan, .government(actor.governmentID, published: false))
            let year = Calendar(identifier: .gregorian).component(.year, from: req.now)
            return DraftStructurePage.newPlan(req.page, governments: try await governments(req, actor), year: year).response()
        }
        app.post(SiteURL.newPlan) { req async throws -> Response in
            struct Form: Content {
                var title: String
                var year: Int
                var sections: String?
                var governmentID: Int?
            }
            let actor = try req.requireActor()
            let form = try req.decode(Form.self)
            let sections = (form.sections ?? "").split(whereSeparator: \.isNewline).map(String.init)
            let id = try await DraftStructure.createBlank(
                title: form.title, year: form.year, sections: sections,
                governmentID: form.governmentID ?? actor.governmentID ?? 0, actor: actor, in: req.store)
            return req.redirect(to: SiteURL.plan.path(id, done: "created", fragment: "sections"))
        }
        app.post(SiteURL.taskSplit) { req async throws -> Response in
            struct Form: Content { var parts: String }
            let id = try req.id()
            let parts = try req.decode(Form.self).parts.split(whereSeparator: \.isNewline).map(String.init)
            try await DraftStructure.split(taskID: id, into: parts, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.plan.path(try await Self.planID(ofTask: id, req), done: "split", fragment: "task-\(id)"))
        }
        app.post(SiteURL.taskMerge) { req async throws -> Response in
            let id = try req.id()
            try await DraftStructure.mergeWithNext(taskID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.plan.path(try await Self.planID(ofTask: id, req), done: "merge", fragment: "task-\(id)"))
        }
        app.post(SiteURL.taskMove) { req async throws -> Response in
            let id = try req.id()
            try await DraftAPI.move(try req.decode(DraftAPI.Move.self), taskID: id, req)
            return req.redirect(to: SiteURL.plan.path(try await Self.planID(ofTask: id, req), done: "move", fragment: "task-\(id)"))
        }
        app.post(SiteURL.planSections) { req async throws -> Response in
            struct Form: Content {
                var title: String
                var parentID: String?
            }
            let planID = try req.id()
            let form = try req.decode(Form.self)
            try await DraftStructure.addSection(
                planID: planID, title: form.title, parentID: form.parentID.flatMap { Int($0) },
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.plan.path(planID, done: "section", fragment: "sections"))
        }
        app.post(SiteURL.sectionRename) { req async throws -> Response in
            struct Form: Content { var title: String }
            let id = try req.id()
            try await DraftStructure.renameSection(groupID: id, title: try req.decode(Form.self).title, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.plan.path(try await Self.planID(ofSection: id, req), done: "section", fragment: "section-\(id)"))
        }
        app.post(SiteURL.sectionDelete) { req async throws -> Response in
            let id = try req.id()
            let planID = try await Self.planID(ofSection: id, req)
            try await DraftStructure.deleteSection(groupID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: SiteURL.plan.path(planID, done: "delete", fragment: "sections"))
        }
    }

    static func planID(ofTask id: Int, _ req: Request) async throws -> Int {
        guard let planID = try await DraftOutline.planID(ofTask: id, on: req.store.db) else { throw Abort(.notFound, reason: Strings.Web.notFound) }
        return planID
    }

    static func planID(ofSection id: Int, _ req: Request) async throws -> Int {
        guard let planID = try await DraftOutline.planID(ofSection: id, on: req.store.db) else { throw Abort(.notFound, reason: Strings.Web.notFound) }
        return planID
    }

    /// The row form: names typed in one field, separated the way people type lists.
    struct EditForm: Content {
        var text: String?
        var deadline: String?
        var leadUnits: String?
        var coopUnits: String?
        var leaders: String?
        var afterTaskID: Int?
        var sectionID: Int?

        var edit: DraftEditing.TaskEdit {
            DraftEditing.TaskEdit(
                text: text, deadline: deadline, leadUnits: leadUnits.map(Self.names),
                coopUnits: coopUnits.map(Self.names), leaders: leaders.map(Self.names))
        }

        static func names(_ field: String) -> [String] {
            field.split { "、,，;；\n".contains($0) || $0 == " " }.map(String.init)
        }
    }
}
