import DubanCore
import DubanStore
import DubanTestSupport
import FluentKit
import Foundation
import Testing

/// `duban backup`, `duban restore` and `duban account` on real SQLite files and the built binary:
/// a backup taken while reports are being written holds every report acknowledged before it
/// began; a restore keeps the database it replaces; the console makes and repairs accounts, audited.
@Suite(.serialized, .tags(.cliProcess), .unlessSkipped(.cliProcess)) struct OperationsCommandTests {
    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-ops-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A published 钟楼 plan and a task's lead-unit liaison, in a fresh file.
    static func setUp(_ path: String) async throws -> (taskID: Int, liaison: Actor) {
        try await PublishedPlanFixture.with(path) { world in
            let liaison = try await world.account("zj-lianluo", .unit, unit: "住建局")
            let link = try #require(
                try await TaskUnitRecord.query(on: world.context.db).filter(\.$unitID == liaison.unitID!)
                    .filter(\.$role == ResponsibilityRole.lead.rawValue).first())
            return (link.taskID, liaison)
        }
    }

    /// A stream of reports from one process while another backs the file up.
    final class Acknowledged: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [Int] = []
        private var stop = false
        func add(_ id: Int) { lock.withLock { ids.append(id) } }
        var all: [Int] { lock.withLock { ids } }
        var stopped: Bool { lock.withLock { stop } }
        func finish() { lock.withLock { stop = true } }
    }

    @Test func aBackupDuringWritesHoldsEveryAcknowledgedReportAndRestores() async throws {
        let dir = try Self.directory()
        let path = dir.appendingPathComponent("duban.sqlite").path
        let backup = dir.appendingPathComponent("backup.sqlite").path
        let (taskID, liaison) = try await Self.setUp(path)
        let acknowledged = Acknowledged()
        let writer = Task {
            try await StoreRuntime.with(.sqliteFile(path)) { runtime in
                let ctx = StoreContext(db: runtime.database(), clock: FixedClock(PlanCalendar.date(2022, 6, 2)), backend: .sqliteFile(path))
                var n = 0
                while !acknowledged.stopped && n < 2_000 {
                    n += 1
                    let report = try await Reports.submit(.init(taskID: taskID, periodNumber: 5, narrative: "第\(n)次报送"), actor: liaison, in: ctx)
                    acknowledged.add(try report.requireID())
                }
            }
        }
        while acknowledged.all.count < 20 { try await Task.sleep(for: .milliseconds(20)) }
        let before = acknowledged.all
        let run = try Support.run(Support.dubanExecutable, ["backup", "--db", path, "--to", backup])
        acknowledged.finish()
        try await writer.value
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("审计链完整"))
        // Writes went on while it ran; everything acknowledged before it began is in the copy.
        #expect(acknowledged.all.count > before.count)
        let copied = try await StoreRuntime.with(.sqliteFile(backup)) { runtime in
            Set(try await ReportRecord.query(on: runtime.database()).all().compactMap(\.id))
        }
        #expect(copied.isSuperset(of: before))
        // Never over an existing file.
        let again = try Support.run(Support.dubanExecutable, ["backup", "--db", path, "--to", backup])
        #expect(again.status == 1 && again.stderr.contains("已存在"))

        // Restored over the live database: the old one is kept aside, the copy verifies.
        let restore = try Support.run(Support.dubanExecutable, ["restore", "--db", path, backup])
        #expect(restore.status == 0, "\(restore.stdout)\(restore.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.hasPrefix("duban.sqlite.before-restore-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm")
        }
        #expect(kept.count == 1)
        let restored = try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            (
                Set(try await ReportRecord.query(on: runtime.database()).all().compactMap(\.id)),
                try await AuditRecord.query(on: runtime.database()).sort(\.$sequence, .descending).first()?.action
            )
        }
        #expect(restored.0 == copied && restored.1 == "database.restore")
        let verify = try Support.run(Support.dubanExecutable, ["audit", "verify", "--db", path])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func theConsoleMakesAnAdministratorAndLiftsALockout() async throws {
        let path = try Self.directory().appendingPathComponent("duban.sqlite").path
        _ = try await Self.setUp(path)
        let weak = try Support.run(
            Support.dubanExecutable, ["account", "create-admin", "--db", path, "city-admin"], input: nil, environment: ["DUBAN_NEW_PASSWORD": "short"])
        #expect(weak.status == 1 && !weak.stderr.isEmpty)
        let made = try Support.run(
            Support.dubanExecutable, ["account", "create-admin", "--db", path, "--name", "市政府办管理员", "city-admin"], input: nil,
            environment: ["DUBAN_NEW_PASSWORD": "Strong-pass-2099", "DUBAN_BCRYPT_COST": "4"])
        #expect(made.status == 0, "\(made.stdout)\(made.stderr)")
        // Locked out after failed logins: the console resets it to a one-time password.
        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            try await AccountRecord.query(on: runtime.database()).filter(\.$username == "city-admin")
                .set(\.$failedLogins, to: 10).set(\.$lockedUntil, to: Date().addingTimeInterval(3600)).update()
        }
        let unknown = try Support.run(
            Support.dubanExecutable, ["account", "reset-password", "--db", path, "nobody"], input: nil, environment: ["DUBAN_BCRYPT_COST": "4"])
        #expect(unknown.status == 1 && unknown.stderr.contains("nobody"))
        let reset = try Support.run(
            Support.dubanExecutable, ["account", "reset-password", "--db", path, "city-admin"], input: nil, environment: ["DUBAN_BCRYPT_COST": "4"])
        #expect(reset.status == 0 && reset.stdout.contains("一次性密码"), "\(reset.stdout)\(reset.stderr)")
        let (account, audit) = try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            let db = runtime.database()
            return (
                try #require(try await AccountRecord.query(on: db).filter(\.$username == "city-admin").first()),
                try await AuditRecord.query(on: db).sort(\.$sequence).all()
            )
        }
        #expect(account.role == Role.admin.rawValue && account.governmentID == nil && account.displayName == "市政府办管理员")
        #expect(account.lockedUntil == nil && account.failedLogins == 0 && account.mustChangePassword == true)
        let console = audit.filter { $0.subjectID == account.id && $0.accountID == nil }.map(\.action)
        #expect(console == ["account.create", "account.password.reset"])
    }
}
