import DubanStrings
import DubanCore
import DubanStore
import Fluent
import Vapor

/// Logging in and out, API tokens, and who am I.
struct SessionAPI {
    struct LoginBody: Content {
        var username: String
        var password: String
    }

    struct Me: Content {
        var id: Int
        var username: String
        var displayName: String
        var role: String
        var governmentID: Int?
        var unitID: Int?
        var leaderID: Int?
        var csrfToken: String?
        var unreadNotifications: Int
    }

    struct TokenBody: Content { var name: String }
    struct TokenResponse: Content { var token: String }

    func register(_ api: any RoutesBuilder) {
        api.post("session") { req async throws -> Response in
            let body = try req.decode(LoginBody.self)
            let (account, session, cookie) = try await Login.attempt(username: body.username, password: body.password, on: req)
            let me = try await Self.me(account, session: session, on: req)
            let response = try me.jsonResponse()
            response.cookies[ActorMiddleware.cookieName] = Login.cookie(cookie, hours: req.duban.config.sessionHours)
            return response
        }
        api.delete("session") { req async throws -> OK in
            try await Login.logout(req)
            return OK()
        }
        api.get("me") { req async throws -> Response in
            guard let signed = req.signedIn else { throw Abort(.unauthorized, reason: Strings.Web.loginRequired) }
            return try await Self.me(signed.account, session: signed.session, on: req).jsonResponse()
        }
        api.post("tokens") { req async throws -> TokenResponse in
            let actor = try req.requireActor()
            let body = try req.decode(TokenBody.self)
            let token = Tokens.random()
            let record = APITokenRecord()
            record.tokenHash = Tokens.hash(token)
            record.accountID = actor.accountID
            record.name = String(body.name.prefix(100))
            try await req.store.write { ctx in
                try await record.create(on: ctx.db)
                try await ctx.audit(actor, "token.create", "account", actor.accountID, governmentID: actor.governmentID, after: record.name)
            }
            return TokenResponse(token: token)
        }
    }

    static func me(_ account: AccountRecord, session: LoginSessionRecord?, on req: Request) async throws -> Me {
        let id = try account.requireID()
        let unread = try await NotificationRecord.query(on: req.db).filter(\.$accountID == id).filter(\.$readAt == nil).count()
        return Me(id: id, username: account.username, displayName: account.displayName, role: account.role,
                  governmentID: account.governmentID, unitID: account.unitID, leaderID: account.leaderID,
                  csrfToken: session?.csrfToken, unreadNotifications: unread)
    }
}
