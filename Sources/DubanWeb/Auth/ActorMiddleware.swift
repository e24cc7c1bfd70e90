import DubanStrings
import DubanCore
import DubanStore
import Fluent
import Vapor

/// Resolves who is asking (session cookie or `Authorization: Bearer`) once per request, and
/// refuses unsafe requests on a cookie session that lack its CSRF token.
struct ActorMiddleware: AsyncMiddleware {
    static let cookieName = "duban_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization?.token {
            let now = request.now
            if let token = try await APITokenRecord.query(on: request.db).filter(\.$tokenHash == Tokens.hash(bearer)).first(),
               (token.expiresAt ?? .distantFuture) > now,
               let account = try await AccountRecord.find(token.accountID, on: request.db), account.active {
                request.auth.login(SignedIn(account: account, session: nil))
            }
        } else if let cookie = request.cookies[Self.cookieName]?.string,
                  let session = try await LoginSessionRecord.query(on: request.db).filter(\.$tokenHash == Tokens.hash(cookie)).first(),
                  session.expiresAt > request.now,
                  let account = try await AccountRecord.find(session.accountID, on: request.db), account.active {
            request.auth.login(SignedIn(account: account, session: session))
            if request.method.isUnsafe && !request.url.path.hasPrefix("/login") {
                // The token may be in the body: collect it before the route would.
                if request.body.data == nil && request.headers.first(name: "X-CSRF-Token") == nil {
                    _ = try await request.body.collect(max: request.duban.config.uploadLimitBytes).get()
                }
                let sent = request.headers.first(name: "X-CSRF-Token") ?? (try? request.content.get(String.self, at: "_csrf"))
                guard let sent, Tokens.equal(sent, session.csrfToken) else {
                    throw Abort(.forbidden, reason: Strings.Web.csrfFailed)
                }
            }
        }
        return try await next.respond(to: request)
    }
}

/// The signed-in account for this request.
struct SignedIn: Authenticatable {
    var account: AccountRecord
    var session: LoginSessionRecord?

    var actor: Actor {
        Actor(accountID: account.id ?? 0, role: Role(rawValue: account.role) ?? .viewer, governmentID: account.governmentID,
              unitID: account.unitID, leaderID: account.leaderID)
    }
}

extension HTTPMethod {
    var isUnsafe: Bool { ![.GET, .HEAD, .OPTIONS].contains(self) }
}

extension Request {
    var signedIn: SignedIn? { auth.get(SignedIn.self) }
    var actor: Actor? { signedIn?.actor }

    /// The actor, or 401 for anyone not logged in.
    func requireActor() throws -> Actor {
        guard let actor else { throw Abort(.unauthorized, reason: Strings.Web.loginRequired) }
        return actor
    }

    /// Checks one permission with the single rule in DubanCore: 401 for strangers, 403 otherwise.
    func authorize(_ action: Action, _ subject: Subject) throws {
        switch Permissions.decide(actor, action, subject) {
        case .allowed: return
        case .denied(let reason): throw Abort(actor == nil ? .unauthorized : .forbidden, reason: reason)
        }
    }

    var csrfToken: String { signedIn?.session?.csrfToken ?? "" }
}
