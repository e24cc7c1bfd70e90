import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// Accounts an office manages, beyond creating them (DirectoryAPI): switching off and on, and
/// resetting a password to a one-time one. Plus the review queue with its separation-of-duties flag.
struct AccountAPI {
    struct ActiveBody: Content { var active: Bool }
    /// The one-time password, shown once; the owner must change it at the next login.
    struct ResetResponse: Content {
        var username: String
        var oneTimePassword: String
    }

    struct QueueItem: Content {
        var reportID: Int
        var taskID: Int
        var taskLabel: String
        var unit: String
        var period: String
        var submittedAt: Date
        var late: Bool
        /// The report's author account was created, or last had its password reset, by the
        /// account asking: its review would not be independent (a supervisor is refused).
        var authorAccountIssuedByYou: Bool
    }

    func register(_ api: any RoutesBuilder) {
        api.put("accounts", ":id", "active") { req async throws -> OK in
            let body = try req.decode(ActiveBody.self)
            try await AccountAdmin.setActive(accountID: try req.id(), active: body.active, by: try req.requireActor(), in: req.store)
            return OK()
        }
        api.post("accounts", ":id", "password-reset") { req async throws -> Response in
            let id = try req.id()
            let password = try await AccountAdmin.resetPassword(
                accountID: id, by: try req.requireActor(),
                hash: req.application.passwordHash, in: req.store)
            let username = try await Identities.account(id, on: req.store.db)?.username ?? ""
            return try ResetResponse(username: username, oneTimePassword: password).jsonResponse()
        }
        api.get("reviews") { req async throws -> Response in
            let actor = try req.requireActor()
            guard let governmentID = req.query[Int.self, at: "government"] ?? actor.governmentID else {
                throw Abort(.badRequest, reason: Strings.Web.governmentRequired)
            }
            try req.authorize(.reviewReport, .government(governmentID))
            let queue = try await Dashboard.reviewQueue(governmentID: governmentID, on: req.store.db)
            return try queue.map { item in
                QueueItem(
                    reportID: item.reportID, taskID: item.taskID, taskLabel: item.taskLabel, unit: item.unit, period: item.period,
                    submittedAt: item.submittedAt, late: item.late,
                    authorAccountIssuedByYou: item.authorIssuers.contains(actor.accountID))
            }.jsonResponse()
        }
    }
}
