import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// 审签 through the API: a liaison's report answers 202 with the draft it became; the unit's
/// accounts list what waits; the unit leader signs or returns; the office switches it on and
/// marks which accounts are the units' leaders.
struct SignOffAPI {
    /// 202: the report was kept as a draft for the unit leader, not yet sent to the office.
    struct Held: Content {
        var ok = true
        var draftID: Int?
        var status = "awaiting_sign_off"
        var message = Strings.SignOff.held
    }

    struct Decision: Content {
        var sign: Bool
        var note: String?
    }

    func register(_ api: any RoutesBuilder) {
        api.get("report-drafts") { req async throws -> Response in
            let actor = try req.requireActor()
            guard actor.role == .unit else { throw Abort(.forbidden, reason: Strings.Supervision.Denial.noUnit) }
            return try await SignOffs.waiting(for: actor, on: req.store.db).jsonResponse()
        }
        api.post("report-drafts", ":id", "decision") { req async throws -> Response in
            let actor = try req.requireActor()
            let draftID = try req.id()
            try req.authorize(.signOffReport, try await SignOffs.subject(ofDraft: draftID, on: req.store.db))
            let body = try req.decode(Decision.self)
            let (_, reportID) = try await SignOffs.decide(draftID: draftID, sign: body.sign, note: body.note ?? "", actor: actor, in: req.store)
            return try OK(id: reportID).jsonResponse(status: body.sign ? .created : .ok)
        }
        api.put("governments", ":id", "sign-off") { req async throws -> OK in
            struct Body: Content { var required: Bool }
            let actor = try req.requireActor()
            let governmentID = try req.id()
            try req.authorize(.manageAccounts, .government(governmentID))
            try await SignOffs.setRequired(try req.decode(Body.self).required, governmentID: governmentID, actor: actor, in: req.store)
            return OK()
        }
        api.put("accounts", ":id", "signer") { req async throws -> OK in
            struct Body: Content { var signer: Bool }
            let actor = try req.requireActor()
            let accountID = try req.id()
            try req.authorize(.manageAccounts, .government(try await Identities.account(accountID, on: req.store.db)?.governmentID))
            let body = try req.decode(Body.self)
            try await AccountAdmin.setSigner(accountID: accountID, signer: body.signer, by: actor, in: req.store)
            return OK()
        }
    }
}
