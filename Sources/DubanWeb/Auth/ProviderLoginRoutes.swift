import DubanStore
import DubanStrings
import Vapor

/// Sign-in through the identity provider, OpenID Connect's authorization-code flow with PKCE:
/// `/auth/oidc/login` sends the browser to the provider, `/auth/oidc/callback` receives it back,
/// checks what the provider says and opens the same session a password login opens.
struct ProviderLoginRoutes {
    /// Ties the round trip to the browser that started it: another browser holding the link
    /// (or an attacker's forged answer) has no such cookie.
    static let browserCookie = "duban_oidc"

    struct ClientKey: StorageKey { typealias Value = ProviderClient }

    func register(_ app: Application) {
        if let settings = app.duban.config.provider {
            app.storage[ClientKey.self] = ProviderClient(settings: settings, client: app.client)
        }
        app.get(SiteURL.providerLogin) { req async throws -> Response in
            guard let provider = req.application.storage[ClientKey.self], let publicURL = req.duban.config.publicURL else {
                return Self.refuse(req, Strings.Identity.providerNotConfigured, status: .notFound)
            }
            let (state, nonce, verifier, browser) = (Tokens.random(), Tokens.random(), Tokens.random(), Tokens.random())
            let target: String
            do {
                target = try await provider.authorizationURL(
                    state: state, nonce: nonce, challenge: ProviderClient.challenge(for: verifier),
                    redirectURI: provider.settings.redirectURI(publicURL: publicURL))
            } catch {
                return Self.refuse(req, Strings.Identity.providerUnavailable, status: .badGateway)
            }
            try await ProviderLogins.start(
                stateHash: Tokens.hash(state), browserHash: Tokens.hash(browser), nonce: nonce, verifier: verifier,
                next: SafeRedirect.local(req.query[String.self, at: "next"]), in: req.store)
            let response = req.redirect(to: target, redirectType: .normal)
            response.cookies[Self.browserCookie] = HTTPCookies.Value(
                string: browser, maxAge: Int(ProviderLogins.lifetime), path: "/auth/oidc", isSecure: ClientAddress.isHTTPS(req),
                isHTTPOnly: true, sameSite: .lax)
            return response
        }
        app.get(SiteURL.providerCallback) { req async throws -> Response in
            guard let provider = req.application.storage[ClientKey.self], let publicURL = req.duban.config.publicURL else {
                return Self.refuse(req, Strings.Identity.providerNotConfigured, status: .notFound)
            }
            if req.query[String.self, at: "error"] != nil { return Self.refuse(req, Strings.Identity.providerDenied, status: .unauthorized) }
            guard let state = req.query[String.self, at: "state"], let code = req.query[String.self, at: "code"],
                state.count <= 512, code.count <= 4096, let browser = req.cookies[Self.browserCookie]?.string
            else { return Self.refuse(req, Strings.Identity.providerStateUnknown, status: .forbidden) }
            let pending: ProviderLogins.Pending
            switch try await ProviderLogins.take(stateHash: Tokens.hash(state), browserHash: Tokens.hash(browser), in: req.store) {
            case .success(let found): pending = found
            case .failure(.used): return Self.refuse(req, Strings.Identity.providerStateUsed, status: .forbidden)
            case .failure(.expired): return Self.refuse(req, Strings.Identity.providerStateExpired, status: .forbidden)
            case .failure(.unknown): return Self.refuse(req, Strings.Identity.providerStateUnknown, status: .forbidden)
            }
            let identity: ProviderClient.Identity
            do {
                identity = try await provider.identity(
                    code: code, verifier: pending.verifier, nonce: pending.nonce, redirectURI: provider.settings.redirectURI(publicURL: publicURL))
            } catch ProviderClient.Failure.unavailable {
                return Self.refuse(req, Strings.Identity.providerUnavailable, status: .badGateway)
            } catch {
                req.logger.warning("identity provider token refused")
                return Self.refuse(req, Strings.Identity.providerTokenRejected, status: .unauthorized)
            }
            guard let account = try await ProviderLogins.account(subject: identity.subject, claimValue: identity.claimValue, on: req.store.db) else {
                return Self.refuse(req, Strings.Identity.providerUnmapped(identity.claimValue ?? identity.subject), status: .forbidden)
            }
            guard account.active else { return Self.refuse(req, Strings.Identity.providerAccountInactive, status: .forbidden) }
            let token = Tokens.random()
            _ = try await LoginBook.recordSuccess(
                accountID: account.id, tokenHash: Tokens.hash(token), csrfToken: Tokens.random(bytes: 24),
                hours: req.duban.config.sessionHours, viaProvider: true, in: req.store)
            let response = req.redirect(to: SafeRedirect.local(pending.next))
            response.cookies[ActorMiddleware.cookieName] = Login.cookie(token, for: req)
            response.cookies[Self.browserCookie] = HTTPCookies.Value(
                string: "", expires: Date(timeIntervalSince1970: 0), path: "/auth/oidc", isHTTPOnly: true, sameSite: .lax)
            return response
        }
    }

    /// The sign-in page again, saying why, with the status the reason deserves.
    static func refuse(_ req: Request, _ reason: String, status: HTTPResponseStatus) -> Response {
        LoginPage.render(req.page, error: reason, password: req.duban.config.passwordLogin, provider: req.duban.config.provider != nil)
            .response(status: status)
    }
}
