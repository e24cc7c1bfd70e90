import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// Password checks and the session a successful login opens. The bookkeeping (failure count,
/// lock, session, audit) is the store's `LoginBook`; here only HTTP, throttling and bcrypt.
enum Login {
    /// Wrong password, unknown name, locked or switched-off account: one status, one sentence,
    /// one bcrypt verification's time. The owner of a locked account is told by a notification.
    static var refused: Abort { Abort(.unauthorized, reason: Strings.Identity.badCredentials) }

    static func attempt(username: String, password: String, on req: Request) async throws -> (AccountEntry, SessionEntry, String) {
        let guards = req.application.identityGuards
        if case .refused(let delay) = guards.throttle.take(ClientAddress.client(req)) {
            // Answered late: a flood's connections then cost sleeping tasks, not instant answers.
            try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            throw Abort(.tooManyRequests, reason: Strings.Identity.tooManyAttempts)
        }
        let now = req.now
        let found = try await LoginBook.candidate(named: username, now: now, on: req.store.db)
        let usable = found.flatMap { $0.usable ? $0 : nil }
        let hash: String
        if let usable { hash = usable.passwordHash } else { hash = try await dummyHash(req) }
        let valid: Bool
        do {
            valid = try await req.application.passwordVerify(password, hash)
        } catch let busy as Abort {
            try? await Task.sleep(nanoseconds: UInt64(LoginThrottle.firstDelay * 1_000_000_000))
            throw busy
        } catch {
            valid = false  // not a bcrypt hash (an account that signs in only by token)
        }
        guard let account = usable?.account else { throw refused }
        let accountID = account.id
        guard valid else {
            try await LoginBook.recordFailure(accountID: accountID, in: req.store)
            throw refused
        }
        let token = Tokens.random()
        let session = try await LoginBook.recordSuccess(
            accountID: accountID, tokenHash: Tokens.hash(token), csrfToken: Tokens.random(bytes: 24),
            hours: req.duban.config.sessionHours, in: req.store)
        return (account, session, token)
    }

    /// A real hash at the configured cost, made once, to compare unknown usernames against.
    private static let dummy = DummyHash()

    static func dummyHash(_ req: Request) async throws -> String {
        if let hash = dummy.value { return hash }
        let hash = try await req.application.passwordHash(Tokens.random())
        dummy.value = hash
        return hash
    }

    static func logout(_ req: Request) async throws {
        guard let signed = req.signedIn, let session = signed.session else { return }
        try await LoginBook.logout(sessionID: session.id, actor: signed.actor, in: req.store)
    }

    /// The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the browser reaches us over https.
    static func cookie(_ token: String, for req: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: token, maxAge: req.duban.config.sessionHours * 3600, path: "/", isSecure: ClientAddress.isHTTPS(req),
            isHTTPOnly: true, sameSite: .lax)
    }
}

final class DummyHash: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    var value: String? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
        set {
            lock.lock()
            stored = newValue
            lock.unlock()
        }
    }
}
