import FluentKit
import SQLKit

struct CreateDataRevision: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(DataRevision.table).field("id", .int, .identifier(auto: false)).field("value", .int, .required).create()
        guard let sql = db as? any SQLDatabase else { return }
        for scope in [DataRevision.Scope.all, .structure] {
            try await sql.insert(into: DataRevision.table).columns("id", "value")
                .values(SQLLiteral.numeric(String(scope.rawValue)), SQLLiteral.numeric("0")).run()
        }
    }

    func revert(on db: any Database) async throws { try await db.schema(DataRevision.table).delete() }
}
