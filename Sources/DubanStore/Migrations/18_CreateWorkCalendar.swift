import FluentKit

struct CreateWorkCalendar: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(CalendarDayRecord.schema).intID()
            .field("day", .string, .required).field("workday", .bool, .required).field("note", .string, .required)
            .field("account_id", .int, .required).field("created_at", .datetime)
            .unique(on: "day").create()
    }

    func revert(on db: any Database) async throws { try await db.schema(CalendarDayRecord.schema).delete() }
}
