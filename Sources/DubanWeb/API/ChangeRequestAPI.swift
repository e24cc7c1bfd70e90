import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// 延期申请 and 目标调整申请 over the API: a task's applications, applying, deciding.
struct ChangeRequestAPI {
    struct ApplicationInput: Content {
        var kind: ChangeRequestKind
        var reason: String
        var deadline: String?
        var text: String?
        var evidence: [ReportForm.JSONFile]?
    }

    struct DecisionInput: Content {
        var approve: Bool
        var deadline: String?
        var reassignTo: String?
        var note: String?
    }

    func register(_ api: any RoutesBuilder) {
        api.get("tasks", ":id", "change-requests") { req async throws -> [ChangeRequests.Entry] in
            let id = try req.id()
            // Read as the task page shows them: to whoever is signed in and may read the task.
            _ = try req.requireActor()
            try req.authorize(.readTask, try await TaskSubject.load(id, on: req.store.db).subject)
            return try await ChangeRequests.entries(taskID: id, on: req.store.db)
        }
        api.post("tasks", ":id", "change-requests") { req async throws -> Response in
            let id = try req.id()
            let actor = try req.requireActor()
            let loaded = try await TaskSubject.load(id, on: req.store.db)
            try req.authorize(.requestChange, loaded.subject)
            let input = try req.decode(ApplicationInput.self)
            let entry = try await ChangeRequests.apply(
                taskID: id,
                .init(kind: input.kind, reason: input.reason, deadline: input.deadline, text: input.text, evidence: try ReportForm.uploads(input.evidence)),
                actor: actor, limits: req.evidenceLimits, in: req.store)
            return try await entry.encodeResponse(status: .created, for: req)
        }
        api.get("change-request-files", ":id") { req async throws -> Response in
            _ = try req.requireActor()
            let file = try await ChangeRequests.file(try req.id(), actor: req.actor, on: req.store.db)
            return Response.attachment(file.data, filename: file.filename, contentType: file.contentType)
        }
        api.post("change-requests", ":id", "decision") { req async throws -> OK in
            let id = try req.id()
            let actor = try req.requireActor()
            try req.authorize(.amendTask, try await ChangeRequests.subject(ofRequest: id, on: req.store.db))
            let input = try req.decode(DecisionInput.self)
            try await ChangeRequests.decide(
                requestID: id, approve: input.approve, deadline: input.deadline, note: input.note ?? "", actor: actor, in: req.store)
            return OK()
        }
    }
}

extension ChangeRequests.Entry: Content {}
