import DubanStore
import Vapor

/// The per-server state identity needs: the login throttle and the bcrypt limiter. Made once
/// in `configure`, one per application (tests run many side by side).
struct IdentityGuards: Sendable {
    let throttle: LoginThrottle
    let hashing: HashLimiter

    init(config: AppConfig) {
        throttle = LoginThrottle(burst: config.loginBurst, perMinute: config.loginsPerMinute)
        hashing = HashLimiter()
    }

    struct Key: StorageKey { typealias Value = IdentityGuards }
}

extension Application {
    var identityGuards: IdentityGuards {
        guard let guards = storage[IdentityGuards.Key.self] else { fatalError("configure(_:_:) was not called") }
        return guards
    }

    /// bcrypt for the store's use cases, through the limiter.
    var passwordHash: PasswordHash {
        let hasher = password.async
        let limiter = identityGuards.hashing
        return { password in try await limiter.run { try await hasher.hash(password) } }
    }

    var passwordVerify: PasswordVerify {
        let hasher = password.async
        let limiter = identityGuards.hashing
        return { password, hash in try await limiter.run { try await hasher.verify(password, created: hash) } }
    }
}
