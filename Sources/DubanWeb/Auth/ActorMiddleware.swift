import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// Resolves who is asking (session cookie or `Authorization: Bearer`) once per request, and
/// refuses unsafe requests on a cookie session that lack its CSRF token.
struct ActorMiddleware: AsyncMiddleware {
    static let cookieName = "duban_session"
    /// Exact paths, never a prefix: the login form is posted before its session exists.
    static let csrfExempt: Set<String> = [SiteURL.login.path()]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let now = request.now
        if let bearer = request.headers.bearerAuthorization?.token {
            let hash = Tokens.hash(bearer)
            let found = try await request.cached("token:" + hash, scope: .structure) { try await Self.bearerIdentity(hash, on: request.store) }
            if let found, found.expiresAt > now { request.auth.login(found.signedIn) }
        } else if let cookie = request.cookies[Self.cookieName]?.string {
            let hash = Tokens.hash(cookie)
            let found = try await request.cached("session:" + hash, scope: .structure) { try await Self.sessionIdentity(hash, on: request.store) }
            if let found, found.expiresAt > now {
                request.auth.login(found.signedIn)
                if request.method.isUnsafe && !Self.csrfExempt.contains(request.url.path) {
                    try await Self.checkCSRF(request, expected: found.signedIn.session?.csrfToken ?? "")
                }
            }
        }
        if let redirect = try PasswordChangeGate.check(request) { return redirect }
        return try await next.respond(to: request)
    }

    /// Who a token or session stands for, and until when; cached per data revision, so a
    /// logout, a deactivated account or a new token is seen by the next request on every server.
    struct Identity: Sendable {
        var signedIn: SignedIn
        var expiresAt: Date
    }

    static func bearerIdentity(_ hash: String, on store: StoreContext) async throws -> Identity? {
        try await Identities.byToken(tokenHash: hash, on: store.db).map {
            Identity(signedIn: SignedIn(account: $0.account, session: nil), expiresAt: $0.expiresAt)
        }
    }

    static func sessionIdentity(_ hash: String, on store: StoreContext) async throws -> Identity? {
        try await Identities.bySession(tokenHash: hash, on: store.db).map {
            Identity(signedIn: SignedIn(account: $0.account, session: $0.session), expiresAt: $0.expiresAt)
        }
    }

    static func checkCSRF(_ request: Request, expected: String) async throws {
        // The token may be in the body: collect it before the route would.
        if request.body.data == nil && request.headers.first(name: "X-CSRF-Token") == nil {
            _ = try await request.body.collect(max: request.duban.config.uploadLimitBytes).get()
        }
        let sent = request.headers.first(name: "X-CSRF-Token") ?? (try? request.content.get(String.self, at: "_csrf"))
        guard let sent, Tokens.equal(sent, expected) else {
            throw Abort(.forbidden, reason: Strings.Web.csrfFailed)
        }
    }
}

/// The signed-in account for this request.
/// Shared between requests through the cache: read it, never change it.
struct SignedIn: Authenticatable, Sendable {
    var account: AccountEntry
    var session: SessionEntry?

    var actor: Actor { account.actor }
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
