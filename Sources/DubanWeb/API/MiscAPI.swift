import DubanCore
import DubanStore
import DubanStrings
import SQLKit
import Vapor

/// Notifications, the audit check, and the health endpoint for load balancers.
struct MiscAPI {
    struct NotificationDTO: Content {
        var id: Int
        var kind: String
        var title: String
        var body: String
        var taskID: Int?
        var read: Bool
        var createdAt: Date?
    }

    struct AuditVerifyDTO: Content {
        /// The caller's government's entries checked on this page.
        var entries: Int
        var intact: Bool
        var problems: [String]
        /// `after` for the next page; absent at the end of the chain.
        var nextAfter: Int?
    }

    func register(_ api: any RoutesBuilder) {
        api.get("notifications") { req async throws -> Response in
            let actor = try req.requireActor()
            return try await Notifications.list(for: actor, on: req.db).map {
                NotificationDTO(id: $0.id, kind: $0.kind, title: $0.title, body: $0.body, taskID: $0.taskID, read: $0.readAt != nil, createdAt: $0.createdAt)
            }.jsonResponse()
        }
        api.post("notifications", ":id", "read") { req async throws -> OK in
            try await Notifications.markRead(ids: [try req.id()], actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.get("audit", "verify") { req async throws -> AuditVerifyDTO in
            let after = req.query[Int.self, at: "after"] ?? 0
            let limit = req.query[Int.self, at: "limit"] ?? 1_000
            guard after >= 0, (1...AuditTrail.maxPage).contains(limit) else { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
            let page = try await AuditTrail.verifyPage(actor: try req.requireActor(), after: after, limit: limit, on: req.db)
            return AuditVerifyDTO(
                entries: page.checked, intact: page.problems.isEmpty, problems: page.problems.map(\.description),
                nextAfter: page.nextAfter)
        }
    }

    static func health(_ req: Request) async throws -> Response {
        struct Health: Content {
            var status: String
            var database: String
            var message: String
        }
        do {
            try await StoreHealth.check(on: req.db)
            return try await Health(status: "ok", database: req.duban.config.backend.description, message: Strings.Web.healthy)
                .encodeResponse(for: req)
        } catch {
            let response = try await Health(
                status: "unavailable", database: req.duban.config.backend.description,
                message: Strings.Web.serverError
            ).encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
    }
}
