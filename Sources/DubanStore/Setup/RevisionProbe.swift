import Foundation
// The SQLite library the driver itself links (its C module, not a product of its package):
// one copy of SQLite in the binary, and the same file locking as every other connection.
import VaporCSQLite

/// SQLite files: the data revisions read on the calling thread, from a connection of its own.
///
/// Every request reads them before it may answer from memory. Through the driver each read is a
/// statement sent to SQLite's thread and its answer sent back: three thread hand-offs, which cost
/// more than the cached answer they guard. Here the two prepared statements run in microseconds
/// under a lock. Each read is its own read transaction (the statement is reset after it), so it
/// sees every commit made before it, by this process or any other.
public final class RevisionProbe: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var handle: OpaquePointer?
    private var installation: OpaquePointer?
    private var government: OpaquePointer?
    /// Set when the file or the table cannot be read this way; callers then use the driver.
    private var unusable = false

    init(path: String) {
        self.path = path
    }

    deinit { closeLocked() }

    /// The installation-wide numbers by scope, or nil where the driver must be asked instead.
    func current() -> [DataRevision.Scope: Int]? {
        let rows = lock.withLock {
            pairs(\.installation, "SELECT id, value FROM \(DataRevision.table) WHERE id < ?1", binding: [DataRevision.governmentBase])
        }
        return rows.map { rows in
            Dictionary(uniqueKeysWithValues: rows.compactMap { id, value in DataRevision.Scope(rawValue: id).map { ($0, value) } })
        }
    }

    /// One government's number plus `shared` (see `DataRevision.government`), or nil as above.
    func government(_ governmentID: Int) -> Int? {
        let rows = lock.withLock {
            pairs(
                \.government, "SELECT id, value FROM \(DataRevision.table) WHERE id IN (?1, ?2)",
                binding: [DataRevision.Scope.shared.rawValue, DataRevision.governmentBase + governmentID])
        }
        return rows.map { $0.reduce(0) { $0 + $1.value } }
    }

    /// Every (id, value) row the statement gives, or nil if it could not run; the statement is
    /// reset after, which ends its read transaction.
    private func pairs(
        _ slot: ReferenceWritableKeyPath<RevisionProbe, OpaquePointer?>, _ sql: String, binding values: [Int]
    ) -> [(id: Int, value: Int)]? {
        guard let statement = prepared(slot, sql) else { return nil }
        defer { sqlite_nio_sqlite3_reset(statement) }
        for (index, value) in values.enumerated() { sqlite_nio_sqlite3_bind_int64(statement, Int32(index + 1), Int64(value)) }
        var rows: [(id: Int, value: Int)] = []
        while true {
            let step = sqlite_nio_sqlite3_step(statement)
            if step == SQLITE_DONE { return rows }
            guard step == SQLITE_ROW else { return nil }
            rows.append((Int(sqlite_nio_sqlite3_column_int64(statement, 0)), Int(sqlite_nio_sqlite3_column_int64(statement, 1))))
        }
    }

    func close() { lock.withLock { closeLocked() } }

    /// The statement, prepared on first use: the file and its table exist only after migrating.
    private func prepared(_ slot: ReferenceWritableKeyPath<RevisionProbe, OpaquePointer?>, _ sql: String) -> OpaquePointer? {
        if let statement = self[keyPath: slot] { return statement }
        guard !unusable else { return nil }
        if handle == nil {
            var opened: OpaquePointer?
            guard sqlite_nio_sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
                sqlite_nio_sqlite3_close_v2(opened)
                return nil
            }
            // A reader waits out a checkpoint's brief exclusive moments rather than failing.
            sqlite_nio_sqlite3_busy_timeout(opened, 5_000)
            handle = opened
        }
        var statement: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            // No table yet (a file not migrated): the driver answers until the next start.
            unusable = true
            return nil
        }
        self[keyPath: slot] = statement
        return statement
    }

    private func closeLocked() {
        sqlite_nio_sqlite3_finalize(installation)
        sqlite_nio_sqlite3_finalize(government)
        sqlite_nio_sqlite3_close_v2(handle)
        installation = nil
        government = nil
        handle = nil
    }
}
