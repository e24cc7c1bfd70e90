import DubanStrings
import Vapor

/// At most a few bcrypt computations at once, and a short queue behind them: bcrypt takes a
/// core for a tenth of a second, runs on the thread pool the database also uses, and a flood of
/// logins must not take every core from the requests of people already signed in. Beyond the
/// queue, a login is refused (429) rather than waiting. After each hash the permit rests as
/// long again (`restRatio`), so hashing never takes more than half of the cores it may use.
public actor HashLimiter {
    let permits: Int
    let maxWaiting: Int
    let restRatio: Double
    private var inUse = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// One fewer than the cores (at least one): a core stays free for everything else.
    public init(permits: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1), maxWaiting: Int = 32, restRatio: Double = 1) {
        self.permits = permits
        self.maxWaiting = maxWaiting
        self.restRatio = restRatio
    }

    private func acquire() async throws {
        if inUse < permits {
            inUse += 1
            return
        }
        guard waiters.count < maxWaiting else { throw Abort(.tooManyRequests, reason: Strings.Identity.loginBusy) }
        // The releaser hands its permit straight over: inUse stays as it is.
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty { inUse -= 1 } else { waiters.removeFirst().resume() }
    }

    public nonisolated func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await acquire()
        let started = ContinuousClock.now
        defer {
            // The caller has its answer now; the permit comes back after the rest.
            let rest = (ContinuousClock.now - started) * restRatio
            Task {
                if rest > .zero { try? await Task.sleep(for: rest) }
                await self.release()
            }
        }
        return try await body()
    }
}
