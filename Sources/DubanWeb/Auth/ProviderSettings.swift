import Foundation

/// The government's identity provider (统一身份认证, 粤政易, 政务钉钉 …), as an OpenID Connect
/// issuer: read from `DUBAN_OIDC_ISSUER`, `DUBAN_OIDC_CLIENT_ID`, `DUBAN_OIDC_CLIENT_SECRET`,
/// and optionally `DUBAN_OIDC_CLAIM` (the claim whose value is a Duban username; without it
/// only accounts an administrator bound to a subject sign in) and `DUBAN_OIDC_SCOPES`.
public struct ProviderSettings: Sendable, Equatable {
    public var issuer: String
    public var clientID: String
    public var clientSecret: String
    public var claim: String?
    public var scopes = "openid profile"

    public init(issuer: String, clientID: String, clientSecret: String, claim: String? = nil) {
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.claim = claim
    }

    init?(_ env: [String: String]) {
        guard let issuer = env["DUBAN_OIDC_ISSUER"], !issuer.isEmpty, let clientID = env["DUBAN_OIDC_CLIENT_ID"], !clientID.isEmpty
        else { return nil }
        // Issuers are compared exactly; a trailing slash typed in the setting is not part of it.
        self.init(
            issuer: issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer, clientID: clientID,
            clientSecret: env["DUBAN_OIDC_CLIENT_SECRET"] ?? "",
            claim: env["DUBAN_OIDC_CLAIM"].flatMap { $0.isEmpty ? nil : $0 })
        if let scopes = env["DUBAN_OIDC_SCOPES"], !scopes.isEmpty { self.scopes = scopes }
    }

    /// Where the provider sends the browser back: under the address users type.
    func redirectURI(publicURL: String) -> String {
        (publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL) + SiteURL.providerCallback.rawValue
    }
}
