import DubanStrings
import DubanCore
import DubanStore
import Fluent
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
        var entries: Int
        var intact: Bool
        var problems: [String]
    }

    func register(_ api: any RoutesBuilder) {
        api.get("notifications") { req async throws -> Response in
            let actor = try req.requireActor()
            let rows = try await NotificationRecord.query(on: req.db).filter(\.$accountID == actor.accountID)
                .sort(\.$id, .descending).limit(200).all()
            return try rows.map { NotificationDTO(id: $0.id ?? 0, kind: $0.kind, title: $0.title, body: $0.body, taskID: $0.taskID,
                                                  read: $0.readAt != nil, createdAt: $0.createdAt) }.jsonResponse()
        }
        api.post("notifications", ":id", "read") { req async throws -> OK in
            let actor = try req.requireActor()
            guard let row = try await NotificationRecord.find(try req.id(), on: req.db), row.accountID == actor.accountID else {
                throw Abort(.notFound, reason: Strings.Web.notFound)
            }
            if row.readAt == nil {
                row.readAt = req.now
                try await row.save(on: req.db)
            }
            return OK()
        }
        api.get("audit", "verify") { req async throws -> AuditVerifyDTO in
            let actor = try req.requireActor()
            try req.authorize(.readAudit, .government(actor.governmentID))
            let (count, problems) = try await AuditTrail.verify(on: req.db)
            return AuditVerifyDTO(entries: count, intact: problems.isEmpty, problems: problems.map(\.description))
        }
    }

    static func health(_ req: Request) async throws -> Response {
        struct Health: Content { var status: String; var database: String; var message: String }
        do {
            _ = try await GovernmentRecord.query(on: req.db).count()
            return try await Health(status: "ok", database: req.duban.config.backend.description, message: Strings.Web.healthy)
                .encodeResponse(for: req)
        } catch {
            let response = try await Health(status: "unavailable", database: req.duban.config.backend.description,
                                            message: Strings.Web.serverError).encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
    }
}
