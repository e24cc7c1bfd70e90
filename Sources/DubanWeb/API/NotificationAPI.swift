import DubanCore
import DubanStore
import Vapor

/// What the signed-in account was told, and marking it read.
struct NotificationAPI {
    struct NotificationDTO: Content {
        var id: Int
        var kind: String
        var title: String
        var body: String
        var taskID: Int?
        var read: Bool
        var createdAt: Date?
    }

    func register(_ api: any RoutesBuilder) {
        api.get("notifications") { req async throws -> Response in
            let actor = try req.requireActor()
            return try await Notifications.list(for: actor, on: req.store.db).map {
                NotificationDTO(id: $0.id, kind: $0.kind, title: $0.title, body: $0.body, taskID: $0.taskID, read: $0.readAt != nil, createdAt: $0.createdAt)
            }.jsonResponse()
        }
        api.post("notifications", ":id", "read") { req async throws -> OK in
            try await Notifications.markRead(ids: [try req.id()], actor: try req.requireActor(), in: req.store)
            return OK()
        }
    }
}
