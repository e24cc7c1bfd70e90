import DubanCore
import DubanStrings
import FluentKit
import Foundation
import SQLKit

/// `duban backup` and `duban restore` for a SQLite installation. Evidence files, uploads and the
/// audit trail all live in the database, so the one file is the whole installation.
public enum Backups {
    public struct Copy: Sendable {
        public var reports: Int
        public var auditEntries: Int
    }

    /// A consistent copy while servers go on writing: `VACUUM INTO` reads one snapshot of the
    /// database (write-ahead logging lets writers continue), so every write committed before it
    /// began is in the copy and none is half in. The copy's audit chain is checked before it is
    /// called a backup.
    public static func backup(_ backend: DatabaseBackend, to path: String) async throws -> Copy {
        guard case .sqliteFile = backend else { throw StoreError.invalid(Strings.Operations.backupNeedsSQLite) }
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.conflict(Strings.Operations.targetExists(path)) }
        try await StoreRuntime.with(backend) { runtime in
            guard let sql = runtime.database() as? any SQLDatabase else { return }
            try await sql.raw("VACUUM INTO \(bind: path)").run()
        }
        return try await check(path)
    }

    /// The backup in place of the installation's database. The database it replaces is kept
    /// beside it (`….before-restore-<time>`), nothing is overwritten; the restored copy is
    /// migrated to this version and the restore is written to its audit trail. Stop the
    /// servers first: a running server would go on writing to the file it opened.
    public static func restore(from path: String, into backend: DatabaseBackend, now: Date = Date()) async throws -> (Copy, kept: String?) {
        guard case .sqliteFile(let target) = backend else { throw StoreError.invalid(Strings.Operations.backupNeedsSQLite) }
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.notFound(Strings.Operations.backupMissing(path)) }
        _ = try await check(path)
        let files = FileManager.default
        var kept: String?
        if files.fileExists(atPath: target) {
            let t = PlanCalendar.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
            let stamp = String(format: "%04d%02d%02d-%02d%02d%02d", t.year ?? 0, t.month ?? 0, t.day ?? 0, t.hour ?? 0, t.minute ?? 0, t.second ?? 0)
            let aside = "\(target).before-restore-\(stamp)"
            try files.moveItem(atPath: target, toPath: aside)
            for suffix in ["-wal", "-shm"] where files.fileExists(atPath: target + suffix) {
                try files.moveItem(atPath: target + suffix, toPath: aside + suffix)
            }
            kept = aside
        }
        try files.copyItem(atPath: path, toPath: target)
        try await StoreRuntime.with(backend) { runtime in
            try await runtime.migrate()
            let context = StoreContext(db: runtime.database(), backend: backend)
            try await context.write { ctx in
                try await ctx.audit(nil, "database.restore", "database", nil, governmentID: nil, after: (path as NSString).lastPathComponent)
            }
        }
        return (try await check(target), kept)
    }

    /// A Duban database whose audit chain is intact, with what it holds.
    static func check(_ path: String) async throws -> Copy {
        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            let db = runtime.database()
            let (count, problems) = try await AuditTrail.verify(on: db)
            guard problems.isEmpty else { throw StoreError.invalid(Strings.Operations.backupBroken(problems.count)) }
            return Copy(reports: try await ReportRecord.query(on: db).count(), auditEntries: count)
        }
    }
}
