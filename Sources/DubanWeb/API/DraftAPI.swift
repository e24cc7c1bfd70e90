import DubanStore
import DubanStrings
import Vapor

/// Corrections to a draft plan before it is published (the import wizard's second step).
struct DraftAPI {
    struct NewTask: Content {
        var afterTaskID: Int?
        /// Without `afterTaskID`: the row goes to the end of this section.
        var sectionID: Int?
        var text: String?
        var deadline: String?
        var leadUnits: [String]?
        var coopUnits: [String]?
        var leaders: [String]?

        var edit: DraftEditing.TaskEdit {
            DraftEditing.TaskEdit(text: text, deadline: deadline, leadUnits: leadUnits, coopUnits: coopUnits, leaders: leaders)
        }
    }

    struct NewPlan: Content {
        var title: String
        var year: Int
        var sections: [String]?
        var governmentID: Int?
    }

    struct Split: Content { var parts: [String] }
    struct Move: Content {
        var direction: DraftStructure.Direction?
        var sectionID: Int?
    }
    /// Up or down one place, or to the end of a section: the API's and the edit page's move.
    static func move(_ move: Move, taskID: Int, _ req: Request) async throws {
        let actor = try req.requireActor()
        if let section = move.sectionID {
            try await DraftStructure.moveToSection(taskID: taskID, groupID: section, actor: actor, in: req.store)
        } else if let direction = move.direction {
            try await DraftStructure.move(taskID: taskID, direction, actor: actor, in: req.store)
        } else {
            throw Abort(.unprocessableEntity, reason: Strings.Web.moveNeedsTarget)
        }
    }

    struct Section: Content {
        var title: String
        var parentID: Int?
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
            let id = try await DraftEditing.addTask(
                planID: try req.id(), afterTaskID: body.afterTaskID, groupID: body.sectionID,
                body.edit, actor: actor, in: req.store)
            return try OK(id: id).jsonResponse(status: .created)
        }
        registerStructure(api)
        api.post("plans", ":id", "unit-mappings") { req async throws -> OK in
            let actor = try req.requireActor()
            let body = try req.decode(UnitMapping.self)
            try await DraftEditing.mapUnit(planID: try req.id(), unitID: body.unitID, to: body.targetUnitID, actor: actor, in: req.store)
            return OK()
        }
    }

    /// A plan begun from nothing, and the rows and sections of a draft rearranged.
    func registerStructure(_ api: any RoutesBuilder) {
        api.post("plans") { req async throws -> Response in
            let actor = try req.requireActor()
            let body = try req.decode(NewPlan.self)
            guard let government = body.governmentID ?? actor.governmentID else { throw Abort(.badRequest, reason: Strings.Web.governmentRequired) }
            let id = try await DraftStructure.createBlank(
                title: body.title, year: body.year, sections: body.sections ?? [],
                governmentID: government, actor: actor, in: req.store)
            return try OK(id: id).jsonResponse(status: .created)
        }
        api.post("tasks", ":id", "split") { req async throws -> Response in
            let actor = try req.requireActor()
            let ids = try await DraftStructure.split(taskID: try req.id(), into: try req.decode(Split.self).parts, actor: actor, in: req.store)
            return try OK(id: ids.dropFirst().first, ids: ids).jsonResponse(status: .created)
        }
        api.post("tasks", ":id", "merge-next") { req async throws -> OK in
            try await DraftStructure.mergeWithNext(taskID: try req.id(), actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("tasks", ":id", "move") { req async throws -> OK in
            try await Self.move(try req.decode(Move.self), taskID: try req.id(), req)
            return OK()
        }
        api.post("plans", ":id", "sections") { req async throws -> Response in
            let body = try req.decode(Section.self)
            let id = try await DraftStructure.addSection(
                planID: try req.id(), title: body.title, parentID: body.parentID,
                actor: try req.requireActor(), in: req.store)
            return try OK(id: id).jsonResponse(status: .created)
        }
        api.patch("sections", ":id") { req async throws -> OK in
            try await DraftStructure.renameSection(
                groupID: try req.id(), title: try req.decode(Section.self).title,
                actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.delete("sections", ":id") { req async throws -> OK in
            try await DraftStructure.deleteSection(groupID: try req.id(), actor: try req.requireActor(), in: req.store)
            return OK()
        }
    }
}
