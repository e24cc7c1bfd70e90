import Crypto
import Foundation
import JWTKit
import Vapor

/// Talks to the identity provider: its discovery document and keys (fetched once, the keys
/// again when a token names one not yet seen), the code exchange with PKCE, and the check of
/// the ID token it returns.
actor ProviderClient {
    struct Discovery: Codable, Sendable {
        var issuer: String
        var authorizationEndpoint: String
        var tokenEndpoint: String
        var jwksURI: String

        enum CodingKeys: String, CodingKey {
            case issuer
            case authorizationEndpoint = "authorization_endpoint"
            case tokenEndpoint = "token_endpoint"
            case jwksURI = "jwks_uri"
        }
    }

    /// Who the provider says signed in.
    struct Identity: Sendable {
        var subject: String
        /// The value of the configured claim, if the token carries it as a string.
        var claimValue: String?
    }

    enum Failure: Error {
        /// The provider could not be reached or answered nonsense: nobody's fault at the desk.
        case unavailable
        /// The token is not one to believe.
        case rejected
    }

    let settings: ProviderSettings
    private let client: any Client
    private var discovery: Discovery?
    private var keys: JWTKeyCollection?
    private var keysFetched = Date.distantPast

    init(settings: ProviderSettings, client: any Client) {
        self.settings = settings
        self.client = client
    }

    func discovered() async throws -> Discovery {
        if let discovery { return discovery }
        let response = try await get(settings.issuer + "/.well-known/openid-configuration")
        guard let found = try? JSONDecoder().decode(Discovery.self, from: response) else { throw Failure.unavailable }
        // A document naming another issuer would let that issuer's tokens in.
        guard found.issuer == settings.issuer else { throw Failure.unavailable }
        discovery = found
        return found
    }

    /// The provider's sign-in page for this browser's round trip.
    func authorizationURL(state: String, nonce: String, challenge: String, redirectURI: String) async throws -> String {
        guard var components = URLComponents(string: try await discovered().authorizationEndpoint) else { throw Failure.unavailable }
        let existing = components.queryItems ?? []
        components.queryItems =
            existing + [
                URLQueryItem(name: "response_type", value: "code"),
                URLQueryItem(name: "client_id", value: settings.clientID),
                URLQueryItem(name: "redirect_uri", value: redirectURI),
                URLQueryItem(name: "scope", value: settings.scopes),
                URLQueryItem(name: "state", value: state),
                URLQueryItem(name: "nonce", value: nonce),
                URLQueryItem(name: "code_challenge", value: challenge),
                URLQueryItem(name: "code_challenge_method", value: "S256"),
            ]
        guard let url = components.url?.absoluteString else { throw Failure.unavailable }
        return url
    }

    /// Trades the code for tokens (client_secret_basic, with the PKCE verifier) and checks the
    /// ID token: signature by the provider's key, issuer, audience, expiry and nonce.
    func identity(code: String, verifier: String, nonce: String, redirectURI: String) async throws -> Identity {
        let discovery = try await discovered()
        let form = [
            "grant_type": "authorization_code", "code": code, "redirect_uri": redirectURI,
            "code_verifier": verifier, "client_id": settings.clientID,
        ]
        let basic = Data("\(Self.formEncode(settings.clientID)):\(Self.formEncode(settings.clientSecret))".utf8).base64EncodedString()
        let response: ClientResponse
        do {
            response = try await client.post(URI(string: discovery.tokenEndpoint)) { request in
                request.headers.replaceOrAdd(name: .authorization, value: "Basic " + basic)
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: form.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.formEncode($0.value))" }.joined(separator: "&"))
                request.timeout = .seconds(10)
            }
        } catch { throw Failure.unavailable }
        // The provider refusing the code (used, expired, wrong verifier) is a refused sign-in.
        guard response.status == .ok, let body = response.body else { throw Failure.rejected }
        struct Tokens: Decodable {
            var idToken: String
            enum CodingKeys: String, CodingKey { case idToken = "id_token" }
        }
        guard let token = try? JSONDecoder().decode(Tokens.self, from: Data(buffer: body)).idToken else { throw Failure.rejected }
        return try await verify(token, nonce: nonce)
    }

    func verify(_ token: String, nonce: String) async throws -> Identity {
        let payload: IDToken
        do {
            payload = try await keyCollection(refresh: false).verify(token, as: IDToken.self)
        } catch {
            // A key rotated since we fetched them: fetch once more (at most once a minute).
            guard Date().timeIntervalSince(keysFetched) > 60 else { throw Failure.rejected }
            guard let again = try? await keyCollection(refresh: true).verify(token, as: IDToken.self) else { throw Failure.rejected }
            payload = again
        }
        guard payload.iss.value == settings.issuer, payload.aud.value.contains(settings.clientID), payload.nonce == nonce else {
            throw Failure.rejected
        }
        return Identity(subject: payload.sub.value, claimValue: settings.claim.flatMap { Self.claim($0, in: token) })
    }

    private func keyCollection(refresh: Bool) async throws -> JWTKeyCollection {
        if let keys, !refresh { return keys }
        let json = try await get(try await discovered().jwksURI)
        let collection = JWTKeyCollection()
        do {
            try await collection.add(jwksJSON: String(decoding: json, as: UTF8.self))
        } catch { throw Failure.unavailable }
        keys = collection
        keysFetched = Date()
        return collection
    }

    private func get(_ address: String) async throws -> Data {
        do {
            let response = try await client.get(URI(string: address)) { $0.timeout = .seconds(10) }
            guard response.status == .ok, let body = response.body else { throw Failure.unavailable }
            return Data(buffer: body)
        } catch { throw Failure.unavailable }
    }

    /// One string claim of a token whose signature was checked already.
    static func claim(_ name: String, in token: String) -> String? {
        let parts = token.split(separator: ".")
        guard parts.count == 3 else { return nil }
        var base64 = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object[name] as? String
    }

    /// The S256 PKCE challenge of a verifier.
    static func challenge(for verifier: String) -> String {
        Data(SHA256.hash(data: Data(verifier.utf8))).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func formEncode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

/// The claims of an ID token Duban reads. Expiry is checked against the real clock (the demo's
/// clock runs in another year), with a minute's allowance for clocks that differ.
struct IDToken: JWTPayload {
    var iss: IssuerClaim
    var sub: SubjectClaim
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var iat: IssuedAtClaim?
    var nonce: String?

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired(currentDate: Date().addingTimeInterval(-60))
    }
}
