import NIOCore

/// Runs a task's code on the event loop its database connection answers on. Every statement's
/// result arrives on that loop; without this, each one is handed on to Swift's shared pool, a
/// third thread per statement. A write runs about ten statements under the write lock, so the
/// hand-offs, not SQLite, were what bounded writes per second.
@available(macOS 15.0, *)
final class EventLoopExecutor: TaskExecutor, @unchecked Sendable {
    private let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

extension StoreContext {
    /// `body` with its continuations kept on `eventLoop` (see `EventLoopExecutor`).
    static func onEventLoop<T: Sendable>(_ eventLoop: any EventLoop, _ body: () async throws -> T) async throws -> T {
        guard #available(macOS 15.0, *) else { return try await body() }
        return try await withTaskExecutorPreference(EventLoopExecutor(eventLoop)) { try await body() }
    }
}
