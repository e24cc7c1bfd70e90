import DubanStore
import Vapor

extension Request {
    private struct RevisionKey: StorageKey { typealias Value = [DataRevision.Scope: Int] }

    /// The data revisions. A GET reads them once; a request that may write reads them afresh,
    /// so what it shows after its own write is never an answer cached from before.
    func revision(_ scope: DataRevision.Scope) async throws -> Int {
        if !method.isUnsafe, let known = storage[RevisionKey.self] { return known[scope] ?? -1 }
        let current = try await store.revisions()
        storage[RevisionKey.self] = current
        return current[scope] ?? -1
    }

    private struct GovernmentRevisionKey: StorageKey { typealias Value = [Int: Int] }

    /// One government's revision (its own number and the shared one), read once per GET.
    func revision(government governmentID: Int) async throws -> Int {
        var known = method.isUnsafe ? [:] : storage[GovernmentRevisionKey.self] ?? [:]
        if let revision = known[governmentID] { return revision }
        let revision = try await store.revision(government: governmentID)
        known[governmentID] = revision
        storage[GovernmentRevisionKey.self] = known
        return revision
    }

    /// `compute()` once per revision of one government's data and minute on this server: a
    /// write in another government leaves the answer standing.
    func cached<T: Sendable>(
        _ key: String, government governmentID: Int, _ compute: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await duban.cache.value(key, revision: try await revision(government: governmentID), now: now, compute: compute)
    }

    /// `compute()` once per data revision and minute on this server; every write elsewhere
    /// raises the revision, so no server answers from data another has changed. `.structure`
    /// for what reports cannot change (who is signed in), `.all` for anything else.
    func cached<T: Sendable>(
        _ key: String, scope: DataRevision.Scope = .all,
        _ compute: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await duban.cache.value(key, revision: try await revision(scope), now: now, compute: compute)
    }
}
