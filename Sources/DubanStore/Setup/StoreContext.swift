import DubanCore
import FluentKit
import Foundation
import Metrics
import SQLKit

/// What every use case needs: the database, the clock, and the rule that writes are serialised
/// (in-process on SQLite, one app server; a transaction-scoped advisory lock on PostgreSQL, many).
public struct StoreContext: Sendable {
    public let db: any Database
    /// Where `write` opens its transaction; `db` when nil (PostgreSQL, memory, inside a write).
    let writer: (any Database)?
    public let clock: any Clock
    public let backend: DatabaseBackend
    let gate: WriteGate
    let cache: ReadCache
    /// SQLite files: reads the data revisions without the driver (nil inside a write, which
    /// reads them on its own transaction).
    let probe: RevisionProbe?
    /// Inside a write: the structure revision read right after the write lock was taken.
    var revision: Int?

    public init(
        db: any Database, writer: (any Database)? = nil, clock: any Clock = SystemClock(), backend: DatabaseBackend,
        gate: WriteGate = WriteGate(), cache: ReadCache = ReadCache(), probe: RevisionProbe? = nil
    ) {
        self.db = db
        self.writer = writer
        self.clock = clock
        self.backend = backend
        self.gate = gate
        self.cache = cache
        self.probe = probe
    }

    public func with(db: any Database) -> StoreContext {
        StoreContext(db: db, clock: clock, backend: backend, gate: gate, cache: cache)
    }

    public var now: Date { clock.now() }

    /// The same database and gate with another clock: the demo replays months of history.
    public func withClock(_ clock: any Clock) -> StoreContext {
        StoreContext(db: db, writer: writer, clock: clock, backend: backend, gate: gate, cache: cache, probe: probe)
    }

    /// Runs a write in one transaction: all of it, its audit entries included, or none of it.
    /// `progressOnly`: the write adds reports and nothing a permission check reads.
    /// `raisesRevision: false`: it changes nothing any cached answer reads (login bookkeeping),
    /// so a flood of failed logins does not throw away every server's cached boards.
    public func write<T: Sendable>(
        progressOnly: Bool = false, raisesRevision: Bool = true,
        _ body: @escaping @Sendable (StoreContext) async throws -> T
    ) async throws -> T {
        let target = writer ?? db
        let started = ContinuousClock.now
        // Waiting for the lock is counted: it is what a write load makes everyone feel.
        defer { Self.writeSeconds.recordNanoseconds(Self.nanoseconds(since: started)) }
        return try await gate.run(serialise: !backend.isPostgres) {
            let locked = ContinuousClock.now
            defer { Self.lockedSeconds.recordNanoseconds(Self.nanoseconds(since: locked)) }
            return try await Self.onEventLoop(target.eventLoop) {
                try await transaction(on: target, progressOnly: progressOnly, raisesRevision: raisesRevision, body)
            }
        }
    }

    /// For /metrics: how long each write held the write lock, which bounds writes per second.
    static let lockedSeconds = Metrics.Timer(label: "duban_write_locked_seconds")

    static func nanoseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = (ContinuousClock.now - start).components
        return elapsed.seconds * 1_000_000_000 + elapsed.attoseconds / 1_000_000_000
    }

    /// For /metrics: every write's time, the wait for the write lock included.
    static let writeSeconds = Metrics.Timer(label: "duban_write_duration_seconds")

    private func transaction<T: Sendable>(
        on target: any Database, progressOnly: Bool, raisesRevision: Bool,
        _ body: @escaping @Sendable (StoreContext) async throws -> T
    ) async throws -> T {
        try await target.transaction { tx in
            if backend.isPostgres, let sql = tx as? any SQLDatabase {
                // One writer at a time across app servers keeps the audit chain linear.
                try await sql.raw("SELECT pg_advisory_xact_lock(7310)").run()
            }
            var inner = self.with(db: tx)
            inner.revision = try await DataRevision.current(on: tx)[.structure]
            let scope = WriteScope()
            let result = try await WriteScope.$current.withValue(scope) {
                try await WriteClock.$now.withValue(inner.now) { try await body(inner) }
            }
            if raisesRevision {
                let scopes: [DataRevision.Scope] = progressOnly ? [.all] : [.all, .structure]
                let governments = scope.touched
                try await DataRevision.bump(scopes, governments: governments ?? [], shared: governments == nil, on: tx)
            }
            return result
        }
    }

    /// Facts a write checks (who is responsible, the plan's periods) as of the structure
    /// revision: read from memory when no write has landed since they were last read. Call it
    /// before the write changes anything, or it may answer from before the change.
    func cached<T: Sendable>(_ key: String, _ compute: () async throws -> T) async throws -> T {
        let revision: Int
        if let known = self.revision { revision = known } else { revision = try await revisions()[.structure] ?? -1 }
        if let hit = cache.value(key, revision: revision, now: now, as: T.self) { return hit }
        let value = try await compute()
        cache.store(key, value, revision: revision, now: now)
        return value
    }

    /// Appends an audit entry inside the current write.
    public func audit(
        _ actor: Actor?, _ action: String, _ subjectType: String, _ subjectID: Int?,
        governmentID: Int?, before: String = "", after: String = ""
    ) async throws {
        try await AuditTrail.append(
            AuditTrail.Entry(
                accountID: actor?.accountID, governmentID: governmentID, action: action,
                subjectType: subjectType, subjectID: subjectID, before: before, after: after),
            at: now, on: db)
    }
}

/// Serialises writes within one process: SQLite allows one writer, and waiting here is cheaper
/// and clearer than retrying on SQLITE_BUSY.
public actor WriteGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public init() {}

    public func run<T: Sendable>(serialise: Bool, _ body: @Sendable () async throws -> T) async throws -> T {
        guard serialise else { return try await body() }
        if busy {
            await withCheckedContinuation { waiters.append($0) }
        } else {
            busy = true
        }
        defer {
            if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
        }
        return try await body()
    }
}

/// The clock of the write in progress, for records stamped deep inside it (a notification,
/// an instruction) so that their dates follow the same clock as everything else the write does.
public enum WriteClock {
    @TaskLocal public static var now: Date?

    static var current: Date { now ?? Date() }
}
