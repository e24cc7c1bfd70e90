import DubanCore
import FluentKit
import SQLKit

/// What a new report version needs of the one before it: its number, and whether it still
/// waits for review (and is superseded). Read and changed as plain rows: this runs under the
/// write lock on every report, where building a Fluent model was a tenth of the lock's time.
struct LatestVersion: Sendable {
    var id: Int
    var version: Int
    var status: String

    init(record: ReportRecord) throws {
        id = try record.requireID()
        version = record.version
        status = record.status
    }

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: Int.self)
        version = try row.decode(column: "version", as: Int.self)
        status = try row.decode(column: "status", as: String.self)
    }

    static func load(taskID: Int, periodID: Int, unitID: Int, on db: any Database) async throws -> LatestVersion? {
        guard let sql = db as? any SQLDatabase else {
            return try await ReportRecord.query(on: db).filter(\.$taskID == taskID).filter(\.$periodID == periodID)
                .filter(\.$unitID == unitID).sort(\.$version, .descending).first().map(LatestVersion.init(record:))
        }
        return try await sql.select().columns("id", "version", "status").from(ReportRecord.schema)
            .where("task_id", .equal, taskID).where("period_id", .equal, periodID).where("unit_id", .equal, unitID)
            .orderBy("version", .descending).limit(1).first().map(LatestVersion.init(row:))
    }

    static func supersede(_ reportID: Int, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else {
            return try await ReportRecord.query(on: db).filter(\.$id == reportID).set(\.$status, to: ReportStatus.superseded.rawValue).update()
        }
        try await sql.update(ReportRecord.schema).set("status", to: ReportStatus.superseded.rawValue).where("id", .equal, reportID).run()
    }
}
