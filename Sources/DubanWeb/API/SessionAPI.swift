import DubanCore
import DubanStore
import DubanStrings
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
        /// The password was set by someone else: every call but changing it answers 403.
        var mustChangePassword: Bool
    }

    struct TokenBody: Content {
        var name: String?
        var days: Int?
    }
    /// The secret, shown this once; the server keeps only its SHA-256.
    struct TokenResponse: Content {
        var token: String
        var id: Int
        var name: String
        var expiresAt: Date?
    }
    struct TokenDTO: Content {
        var id: Int
        var name: String
        var createdAt: Date?
        var expiresAt: Date?
        var expired: Bool
    }
    struct PasswordBody: Content {
        var old: String
        var new: String
        var `repeat`: String?
    }

    func register(_ api: any RoutesBuilder) {
        api.post("session") { req async throws -> Response in
            guard req.duban.config.passwordLogin else { throw Abort(.forbidden, reason: Strings.Identity.passwordLoginOff) }
            let body = try req.decode(LoginBody.self)
            let (account, session, cookie) = try await Login.attempt(username: body.username, password: body.password, on: req)
            let me = try await Self.me(account, session: session, on: req)
            let response = try me.jsonResponse()
            response.cookies[ActorMiddleware.cookieName] = Login.cookie(cookie, for: req)
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
        api.post("tokens") { req async throws -> Response in
            let actor = try req.requireActor()
            let body = try req.decode(TokenBody.self)
            let token = Tokens.random()
            let made = try await APITokens.create(tokenHash: Tokens.hash(token), name: body.name ?? "", days: body.days, actor: actor, in: req.store)
            return try TokenResponse(token: token, id: made.id, name: made.name, expiresAt: made.expiresAt).jsonResponse()
        }
        api.get("tokens") { req async throws -> Response in
            try await APITokens.list(accountID: req.query[Int.self, at: "account"], actor: try req.requireActor(), in: req.store)
                .map { TokenDTO(id: $0.id, name: $0.name, createdAt: $0.createdAt, expiresAt: $0.expiresAt, expired: $0.expired) }
                .jsonResponse()
        }
        api.delete("tokens", ":id") { req async throws -> OK in
            try await APITokens.revoke(tokenID: try req.id(), actor: try req.requireActor(), in: req.store)
            return OK()
        }
        api.put("me", "password") { req async throws -> OK in
            let body = try req.decode(PasswordBody.self)
            try await PasswordPage.change(req, old: body.old, new: body.new, repeat: body.repeat)
            return OK()
        }
    }

    static func me(_ account: AccountEntry, session: SessionEntry?, on req: Request) async throws -> Me {
        let id = account.id
        let unread = try await Notifications.unreadCount(for: id, on: req.store.db)
        return Me(
            id: id, username: account.username, displayName: account.displayName, role: account.role,
            governmentID: account.governmentID, unitID: account.unitID, leaderID: account.leaderID,
            csrfToken: session?.csrfToken, unreadNotifications: unread, mustChangePassword: account.mustChangePassword)
    }
}
