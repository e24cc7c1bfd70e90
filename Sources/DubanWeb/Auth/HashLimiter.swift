import DubanStrings
import Vapor

/// At most a few bcrypt computations at once, and a short queue behind them: bcrypt takes a
/// core for a tenth of a second, runs on the thread pool the database also uses, and a flood of
/// logins must not take every core from the requests of people already signed in. Beyond the
/// queue, a login is refused at once (429) rather than waiting.
public actor HashLimiter {
    let permits: Int
    let maxWaiting: Int
    private var inUse = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// One fewer than the cores (at least one): a core stays free for everything else.
    public init(permits: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1), maxWaiting: Int = 32) {
        self.permits = permits
        self.maxWaiting = maxWaiting
    }

    private func acquire() async throws {
        if inUse < permits { inUse += 1; return }
        guard waiters.count < maxWaiting else { throw Abort(.tooManyRequests, reason: Strings.Identity.loginBusy) }
        // The releaser hands its permit straight over: inUse stays as it is.
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty { inUse -= 1 } else { waiters.removeFirst().resume() }
    }

    public nonisolated func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await acquire()
        do {
            let result = try await body()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }
}
