import DubanCore
import DubanStore
import Vapor

/// The draft editor's forms: each posts, runs the use case, and returns to the plan or the row.
extension PageRoutes {
    func registerDraftForms(_ app: Application) {
        app.get("tasks", ":id", "edit") { req async throws -> Response in
            let loaded = try await TaskSubject.load(try req.id(), on: req.db)
            try req.authorize(.importPlan, .government(loaded.task.governmentID, published: false))
            let detail = try await TaskDetail.load(try req.id(), now: req.now, on: req.db)
            return DraftEditorPage.edit(detail, req: req).response()
        }
        app.post("tasks", ":id", "edit") { req async throws -> Response in
            let id = try req.id()
            let form = try req.decode(EditForm.self)
            try await DraftEditing.editTask(taskID: id, form.edit, actor: try req.requireActor(), in: req.store)
            let planID = try await TaskRecord.find(id, on: req.db)?.planID ?? 0
            return req.redirect(to: "/plans/\(planID)?done=edit#task-\(id)")
        }
        app.post("tasks", ":id", "delete") { req async throws -> Response in
            let id = try req.id()
            let planID = try await TaskRecord.find(id, on: req.db)?.planID ?? 0
            try await DraftEditing.deleteTask(taskID: id, actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/plans/\(planID)?done=delete")
        }
        app.post("plans", ":id", "tasks") { req async throws -> Response in
            let planID = try req.id()
            let form = try req.decode(EditForm.self)
            let id = try await DraftEditing.addTask(planID: planID, afterTaskID: form.afterTaskID, form.edit,
                                                    actor: try req.requireActor(), in: req.store)
            return req.redirect(to: "/tasks/\(id)/edit?done=add")
        }
        app.post("plans", ":id", "unit-mappings") { req async throws -> Response in
            let planID = try req.id()
            struct Form: Content { var unitID: Int; var targetUnitID: String? }
            let form = try req.decode(Form.self)
            // "作为新单位" posts no target: nothing to merge, the name is confirmed on publishing.
            if let target = form.targetUnitID.flatMap({ Int($0) }) {
                try await DraftEditing.mapUnit(planID: planID, unitID: form.unitID, to: target, actor: try req.requireActor(), in: req.store)
            }
            return req.redirect(to: "/plans/\(planID)?done=map#unit-mapping")
        }
    }

    /// The row form: names typed in one field, separated the way people type lists.
    struct EditForm: Content {
        var text: String?
        var deadline: String?
        var leadUnits: String?
        var coopUnits: String?
        var leaders: String?
        var afterTaskID: Int?

        var edit: DraftEditing.TaskEdit {
            DraftEditing.TaskEdit(text: text, deadline: deadline, leadUnits: leadUnits.map(Self.names),
                                  coopUnits: coopUnits.map(Self.names), leaders: leaders.map(Self.names))
        }

        static func names(_ field: String) -> [String] {
            field.split { "、,，;；\n".contains($0) || $0 == " " }.map(String.init)
        }
    }
}
