import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// Tasks: lists (by plan, unit, leader), the detail, and every action of the cycle on one task.
struct TaskAPI {
    func register(_ api: any RoutesBuilder) {
        api.get("plans", ":id", "tasks") { req async throws -> Response in
            let plan = try await req.plan(.readPlan)
            let filter = TaskFilter(query: req.query)
            // The whole plan, as most requests ask: the JSON kept, not encoded again each time.
            if filter.isEmpty { return try await req.boardJSON(.plan(plan.id)) }
            return try filter.apply(try await req.board(.plan(plan.id))).jsonResponse()
        }
        api.get("units", ":id", "tasks") { req async throws -> Response in
            let unitID = try req.id()
            _ = try await DirectoryListing.unit(unitID, actor: req.actor, on: req.store.db)
            return try await req.boardJSON(.unit(unitID))
        }
        api.get("leaders", ":id", "tasks") { req async throws -> Response in
            let leaderID = try req.id()
            _ = try await DirectoryListing.leader(leaderID, actor: req.actor, on: req.store.db)
            return try await req.boardJSON(.leader(leaderID))
        }
        api.get("my", "tasks") { req async throws -> Response in
            let actor = try req.requireActor()
            if let unitID = actor.unitID { return try await req.boardJSON(.unit(unitID)) }
            if let leaderID = actor.leaderID { return try await req.boardJSON(.leader(leaderID)) }
            return try [TaskRow]().jsonResponse()
        }
        api.get("tasks", ":id") { req async throws -> Response in
            let taskID = try req.id()
            let governmentID = try await TaskDetail.authorize(taskID, actor: req.actor, in: req.store)
            let (db, now) = (req.store.db, req.now)
            // Everyone allowed reads the same detail until a write in its government; what each
            // role may see of it is cut after.
            let detail = try await req.cached("task-detail:\(taskID)", government: governmentID) { try await TaskDetail.load(taskID, now: now, on: db) }
            return try detail.visible(to: req.actor, ownerGovernmentID: governmentID).jsonResponse()
        }
        api.post("tasks", ":id", "acknowledge") { req async throws -> OK in
            try await Acknowledgements.acknowledge(taskID: try req.id(), actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.put("tasks", ":id", "work-items") { req async throws -> OK in
            let items = try req.decode([Acknowledgements.WorkItemInput].self)
            try await Acknowledgements.setWorkItems(taskID: try req.id(), items: items, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.on(.POST, "tasks", ":id", "reports", body: .stream) { req async throws -> Response in
            try await req.collectUpload(max: req.duban.config.uploadLimitBytes)
            let submission = try ReportForm.submission(from: req, taskID: try req.id())
            let limits = req.evidenceLimits
            switch try await Reports.file(submission, actor: try req.requireActor(), limits: limits, in: req.store) {
            case .report(let report): return try OK(id: report.id).jsonResponse(status: .created)
            // 审签: accepted, but it is a draft waiting for the unit leader, not yet a report.
            case .heldForSignOff(let draft): return try SignOffAPI.Held(draftID: draft.id).jsonResponse(status: .accepted)
            }
        }
        api.post("reports", ":id", "review") { req async throws -> OK in
            struct Body: Content {
                var accept: Bool
                var reason: String?
            }
            let body = try req.decode(Body.self)
            try await Reviews.review(
                reportID: try req.id(), accept: body.accept, reason: body.reason ?? "",
                actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.get("evidence", ":id") { req async throws -> Response in
            // Evidence is for the people working on the plan, not for the public page.
            _ = try req.requireActor()
            let file = try await Evidence.read(try req.id(), actor: req.actor, on: req.store.db)
            return Response.attachment(file.data, filename: file.filename, contentType: file.contentType)
        }
        api.post("tasks", ":id", "urgings") { req async throws -> Response in
            struct Body: Content {
                var unitID: Int?
                var message: String
                var replyBy: Date?
            }
            let body = try req.decode(Body.self)
            let urging = try await Urgings.urge(
                taskID: try req.id(), unitID: body.unitID, message: body.message,
                replyBy: body.replyBy, actor: try req.requireActor(), in: req.store)
            return try OK(id: urging.id).jsonResponse(status: .created)
        }
        api.post("urgings", ":id", "answer") { req async throws -> OK in
            struct Body: Content { var answer: String }
            try await Urgings.answer(urgingID: try req.id(), answer: try req.decode(Body.self).answer, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("urgings", ":id", "escalate") { req async throws -> OK in
            struct Body: Content { var note: String? }
            try await Urgings.escalate(
                urgingID: try req.id(), note: (try? req.content.decode(Body.self))?.note ?? "",
                actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("tasks", ":id", "instructions") { req async throws -> OK in
            struct Body: Content { var text: String }
            try await TaskActions.instruct(taskID: try req.id(), text: try req.decode(Body.self).text, actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("tasks", ":id", "close") { req async throws -> OK in
            try await TaskActions.close(taskID: try req.id(), actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("tasks", ":id", "amendments") { req async throws -> OK in
            struct Body: Content {
                var text: String?
                var deadline: String?
                var leadUnits: [String]?
                var coopUnits: [String]?
                var reason: String
                var acceptOverCeiling: Bool?
            }
            let body = try req.decode(Body.self)
            let amendment = TaskActions.Amendment(
                text: body.text, deadline: body.deadline.map { Optional($0) },
                leadUnits: body.leadUnits, coopUnits: body.coopUnits, reason: body.reason)
            try await TaskActions.amend(
                taskID: try req.id(), amendment, actor: try req.requireActor(), acceptOverCeiling: body.acceptOverCeiling ?? false, in: req.store)
            return OK()
        }
    }
}
