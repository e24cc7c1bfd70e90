import DubanStore
import Vapor

/// Corrections to a draft plan before it is published (the import wizard's second step).
struct DraftAPI {
    struct NewTask: Content {
        var afterTaskID: Int?
        var text: String?
        var deadline: String?
        var leadUnits: [String]?
        var coopUnits: [String]?
        var leaders: [String]?

        var edit: DraftEditing.TaskEdit {
            DraftEditing.TaskEdit(text: text, deadline: deadline, leadUnits: leadUnits, coopUnits: coopUnits, leaders: leaders)
        }
    }

    struct UnitMapping: Content {
        var unitID: Int
        var targetUnitID: Int
    }

    func register(_ api: any RoutesBuilder) {
        api.patch("tasks", ":id") { req async throws -> OK in
            let actor = try req.requireActor()
            let edit = try req.decode(NewTask.self).edit
            try await DraftEditing.editTask(taskID: try req.id(), edit, actor: actor, in: req.store)
            return OK()
        }
        api.delete("tasks", ":id") { req async throws -> OK in
            let actor = try req.requireActor()
            try await DraftEditing.deleteTask(taskID: try req.id(), actor: actor, in: req.store)
            return OK()
        }
        api.post("plans", ":id", "tasks") { req async throws -> Response in
            let actor = try req.requireActor()
            let body = try req.decode(NewTask.self)
            let id = try await DraftEditing.addTask(planID: try req.id(), afterTaskID: body.afterTaskID, body.edit, actor: actor, in: req.store)
            return try OK(id: id).jsonResponse(status: .created)
        }
        api.post("plans", ":id", "unit-mappings") { req async throws -> OK in
            let actor = try req.requireActor()
            let body = try req.decode(UnitMapping.self)
            try await DraftEditing.mapUnit(planID: try req.id(), unitID: body.unitID, to: body.targetUnitID, actor: actor, in: req.store)
            return OK()
        }
    }
}
