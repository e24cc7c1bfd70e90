import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The draft editor's forms: each posts, runs the use case, and returns to the plan or the row.
extension PageRoutes {
    func registerDraftForms(_ app: Application) {
        app.get("tasks", ":id", "edit") { req async throws -> Response in
            let sections = try await DraftOutline.sections(ofTask: try req.id(), actor: req.actor, on: req.store.db)
            let detail = try await TaskDetail.load(try req.id(), now: req.now, on: req.store.db)
            return DraftEditorPage.edit(detail, sections: sections, page: req.page).response()
        }
        app.post("tasks", ":id", "edit") { req async throws -> Response in
            let id = try req.id()
            let form = try req.decode(EditForm.self)
            try await DraftEditing.editTask(taskID: id, form.edit, actor: try req.requireActor(), in: req.store)
            let planID = try await DraftOutline.planID(ofTask: id, on: req.store.db) ?? 0
            return req.redirect(to: "/plans/\(planID)?done=edit#task-\(id)")
        }
        app.post("tasks", ":id", "delete") { req async throws -> Response in
            let id = try req.id()
            let planID = try await DraftOutline.planID(ofTask: id, on: req.store.db) ?? 0
            try await DraftEditing.deleteTask(taskID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(planID)?done=delete")
        }
        app.post("plans", ":id", "tasks") { req async throws -> Response in
            let planID = try req.id()
            let form = try req.decode(EditForm.self)
            let id = try await DraftEditing.addTask(
                planID: planID, afterTaskID: form.afterTaskID, groupID: form.sectionID, form.edit,
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/tasks/\(id)/edit?done=add")
        }
        app.post("plans", ":id", "unit-mappings") { req async throws -> Response in
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
            return req.redirect(to: "/plans/\(planID)?done=map#unit-mapping")
        }
        registerStructureForms(app)
    }

    /// A plan begun from nothing; rows split, merged and moved; sections kept.
    func registerStructureForms(_ app: Application) {
        app.get("plans", "new") { req async throws -> Response in
            let actor = try req.requireActor()
            try req.authorize(.importPlan, .government(actor.governmentID, published: false))
            let year = Calendar(identifier: .gregorian).component(.year, from: req.now)
            return DraftStructurePage.newPlan(req.page, governments: try await governments(req, actor), year: year).response()
        }
        app.post("plans", "new") { req async throws -> Response in
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
            return req.redirect(to: "/plans/\(id)?done=created#sections")
        }
        app.post("tasks", ":id", "split") { req async throws -> Response in
            struct Form: Content { var parts: String }
            let id = try req.id()
            let parts = try req.decode(Form.self).parts.split(whereSeparator: \.isNewline).map(String.init)
            try await DraftStructure.split(taskID: id, into: parts, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(try await Self.planID(ofTask: id, req))?done=split#task-\(id)")
        }
        app.post("tasks", ":id", "merge") { req async throws -> Response in
            let id = try req.id()
            try await DraftStructure.mergeWithNext(taskID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(try await Self.planID(ofTask: id, req))?done=merge#task-\(id)")
        }
        app.post("tasks", ":id", "move") { req async throws -> Response in
            let id = try req.id()
            try await DraftAPI.move(try req.decode(DraftAPI.Move.self), taskID: id, req)
            return req.redirect(to: "/plans/\(try await Self.planID(ofTask: id, req))?done=move#task-\(id)")
        }
        app.post("plans", ":id", "sections") { req async throws -> Response in
            struct Form: Content {
                var title: String
                var parentID: String?
            }
            let planID = try req.id()
            let form = try req.decode(Form.self)
            try await DraftStructure.addSection(
                planID: planID, title: form.title, parentID: form.parentID.flatMap { Int($0) },
                actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(planID)?done=section#sections")
        }
        app.post("sections", ":id", "rename") { req async throws -> Response in
            struct Form: Content { var title: String }
            let id = try req.id()
            try await DraftStructure.renameSection(groupID: id, title: try req.decode(Form.self).title, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(try await Self.planID(ofSection: id, req))?done=section#section-\(id)")
        }
        app.post("sections", ":id", "delete") { req async throws -> Response in
            let id = try req.id()
            let planID = try await Self.planID(ofSection: id, req)
            try await DraftStructure.deleteSection(groupID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(planID)?done=delete#sections")
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
