import DubanCore
import DubanStore
import Vapor

/// Binding accounts to users of the government's identity provider.
struct ProviderBindingAPI {
    func register(_ api: any RoutesBuilder) {
        api.put("accounts", ":id", "oidc-subject") { req async throws -> OK in
            struct Body: Content { var subject: String? }
            let actor = try req.requireActor()
            let accountID = try req.id()
            try req.authorize(.manageAccounts, .government(try await Identities.account(accountID, on: req.store.db)?.governmentID))
            let body = try req.decode(Body.self)
            try await AccountAdmin.setProviderSubject(accountID: accountID, subject: body.subject, by: actor, in: req.store)
            return OK()
        }
    }
}
