import FluentKit
import SQLKit

/// The office's rating of a qualitative or milestone task for the assessment (评定等次).
struct AddTaskRating: AsyncMigration {
    // One column per statement: SQLite's ALTER TABLE adds one at a time.
    func prepare(on db: any Database) async throws {
        try await db.schema("tasks").field("rating_grade", .string).update()
        try await db.schema("tasks").field("rating_value", .double).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("tasks").deleteField("rating_value").update()
        try await db.schema("tasks").deleteField("rating_grade").update()
    }
}
