import FluentKit
import SQLKit

/// Numbers in the database that write transactions raise. A reader that finds one unchanged
/// knows nothing it read under it has changed, whichever app server wrote last.
public enum DataRevision {
    static let table = "data_revision"

    public enum Scope: Int, Sendable {
        /// Raised by every write.
        case all = 1
        /// Raised by every write except those that only add progress (reports): plans, tasks,
        /// responsibility, periods, accounts. What permission checks read is cached under it.
        case structure = 2
    }

    /// Both numbers in one read, by scope.
    public static func current(on db: any Database) async throws -> [Scope: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        var found: [Scope: Int] = [:]
        for row in try await sql.select().column("id").column("value").from(table).all() {
            if let scope = Scope(rawValue: try row.decode(column: "id", as: Int.self)) {
                found[scope] = try row.decode(column: "value", as: Int.self)
            }
        }
        return found
    }

    static func bump(_ scopes: [Scope], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.update(table)
            .set("value", to: SQLBinaryExpression(left: SQLColumn("value"), op: SQLBinaryOperator.add, right: SQLLiteral.numeric("1")))
            .where("id", .in, scopes.map(\.rawValue)).run()
    }
}
