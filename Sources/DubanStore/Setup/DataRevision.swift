import FluentKit
import Foundation
import SQLKit

/// Numbers in the database that write transactions raise. A reader that finds one unchanged
/// knows nothing it read under it has changed, whichever app server wrote last.
///
/// Besides the two installation-wide numbers, each government has its own: a write raises the
/// numbers of the governments its audit entries name, so a report in one district leaves every
/// other district's cached boards standing. A write that names no government (the calendar, a
/// new government, anything unaudited) raises `shared`, which every government's answer reads too.
public enum DataRevision {
    static let table = "data_revision"

    public enum Scope: Int, Sendable {
        /// Raised by every write.
        case all = 1
        /// Raised by every write except those that only add progress (reports): plans, tasks,
        /// responsibility, periods, accounts. What permission checks read is cached under it.
        case structure = 2
        /// Raised by every write that names no government; its row is made by the first.
        case shared = 3
    }

    /// Row ids of the governments' numbers: this plus the government's id.
    static let governmentBase = 1_000_000

    /// The installation-wide numbers in one read, by scope.
    public static func current(on db: any Database) async throws -> [Scope: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        var found: [Scope: Int] = [:]
        for row in try await sql.select().column("id").column("value").from(table).where("id", .lessThan, governmentBase).all() {
            if let scope = Scope(rawValue: try row.decode(column: "id", as: Int.self)) {
                found[scope] = try row.decode(column: "value", as: Int.self)
            }
        }
        return found
    }

    /// What a cached answer about one government depends on: its own number and `shared`. Both
    /// only grow, so their sum changes whenever either does.
    public static func government(_ governmentID: Int, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return -1 }
        var sum = 0
        for row in try await sql.select().column("value").from(table)
            .where("id", .in, [Scope.shared.rawValue, governmentBase + governmentID]).all()
        {
            sum += try row.decode(column: "value", as: Int.self)
        }
        return sum
    }

    /// `shared`: raise the number every government's answers read, instead of `governments`'.
    static func bump(_ scopes: [Scope], governments: Set<Int>, shared: Bool, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        // One statement for every number: a write holds the lock while it runs. The first write
        // to raise a number makes its row (so an upgrade adds none); later ones raise it.
        let ids = scopes.map(\.rawValue) + (shared ? [Scope.shared.rawValue] : governments.sorted().map { governmentBase + $0 })
        guard !ids.isEmpty else { return }
        let rows = ids.map { "(\($0), 1)" }.joined(separator: ", ")
        try await sql.raw(
            SQLQueryString(
                "INSERT INTO \(unsafeRaw: table) (id, value) VALUES \(unsafeRaw: rows) ON CONFLICT (id) DO UPDATE SET value = \(unsafeRaw: table).value + 1")
        ).run()
    }
}

extension StoreContext {
    /// The installation-wide numbers, as `DataRevision.current` reads them.
    public func revisions() async throws -> [DataRevision.Scope: Int] {
        if let probe, let found = probe.current() { return found }
        return try await DataRevision.current(on: db)
    }

    /// One government's number, as `DataRevision.government` reads it.
    public func revision(government governmentID: Int) async throws -> Int {
        if let probe, let found = probe.government(governmentID) { return found }
        return try await DataRevision.government(governmentID, on: db)
    }
}

/// The governments a write's audit entries name, collected while the write runs. `nil` among
/// them (an entry about no government) or none at all makes the write raise `shared`.
final class WriteScope: @unchecked Sendable {
    @TaskLocal static var current: WriteScope?

    private let lock = NSLock()
    private var governments: Set<Int> = []
    private var unscoped = false

    /// Other governments whose answers a write changes without naming them in its audit.
    static func touch(_ governmentIDs: Set<Int>) {
        for id in governmentIDs { current?.note(id) }
    }

    func note(_ governmentID: Int?) {
        lock.withLock {
            if let governmentID { governments.insert(governmentID) } else { unscoped = true }
        }
    }

    /// The governments to raise, or nil when the write must raise `shared`.
    var touched: Set<Int>? {
        lock.withLock { unscoped || governments.isEmpty ? nil : governments }
    }
}
