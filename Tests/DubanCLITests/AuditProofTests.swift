import DubanStore
import DubanTestSupport
import DubanWeb
import FluentKit
import Foundation
import Testing

/// `duban audit head` and `duban audit verify --expect` on a real SQLite file, and the keyed
/// chain (`DUBAN_AUDIT_KEY`) against someone who can write to the database but lacks the key.
@Suite(.serialized, .tags(.cliProcess), .unlessSkipped(.cliProcess)) struct AuditProofTests {
    static let secret = "a-key-kept-outside-the-database-2022"

    static func database() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("duban.sqlite").path
    }

    /// Writes `count` entries, keyed when `key` is given, through the store's own append.
    static func fill(_ path: String, count: Int, key: AuditKey?) async throws {
        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            try await runtime.migrate()
            for index in 1...count {
                try await runtime.database().transaction { tx in
                    _ = try await AuditTrail.append(
                        .init(
                            accountID: 1, governmentID: 1, action: "test.write", subjectType: "thing",
                            subjectID: index, after: "值\(index)"), at: Date(), on: tx, key: key)
                }
            }
        }
    }

    /// `output`: what it printed, standard output first.
    static func run(_ arguments: [String], key: String? = nil) throws -> (status: Int32, stdout: String, output: String) {
        let run = try Support.run(Support.dubanExecutable, arguments, input: nil, environment: ["DUBAN_AUDIT_KEY": key])
        return (run.status, run.stdout, run.stdout + run.stderr)
    }

    @Test func aRecordedHeadCatchesEntriesDeletedFromTheEnd() async throws {
        let path = try Self.database()
        try await Self.fill(path, count: 6, key: nil)
        let head = try Self.run(["audit", "head", "--db", path])
        #expect(head.status == 0, "\(head.output)")
        let recorded = try #require(head.stdout.split(separator: "\n").first.map(String.init))
        #expect(recorded.hasPrefix("6:"))
        #expect(try Self.run(["audit", "verify", "--db", path, "--expect", recorded]).status == 0)

        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            try await AuditRecord.query(on: runtime.database()).filter(\.$sequence >= 5).delete()
        }
        // Without the recorded head a cut-off chain still links up: that is why it must be recorded.
        #expect(try Self.run(["audit", "verify", "--db", path]).status == 0)
        let caught = try Self.run(["audit", "verify", "--db", path, "--expect", recorded])
        #expect(caught.status != 0)
        #expect(caught.output.contains("末尾的记录被删除"), "\(caught.output)")
        #expect(try Self.run(["audit", "verify", "--db", path, "--expect", "六:abc"]).status != 0)
    }

    @Test func withTheKeyAnEntryReHashedWithoutItIsCaught() async throws {
        let path = try Self.database()
        let key = try #require(AuditKey(secret: Self.secret))
        try await Self.fill(path, count: 5, key: key)
        #expect(try Self.run(["audit", "verify", "--db", path], key: Self.secret).status == 0)
        #expect(try Self.run(["audit", "verify", "--db", path]).status != 0, "keyed entries cannot be checked without the key")

        // The attacker edits entry 3 and recomputes the chain from there on, with SHA-256, as
        // it could without the key; every link is consistent again.
        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            let records = try await AuditRecord.query(on: runtime.database()).sort(\.$sequence).all()
            var previous = records[1].hash
            for record in records[2...] {
                if record.sequence == 3 { record.after = "被改过" }
                record.previousHash = previous
                record.hash = AuditTrail.hash(record, key: nil)
                previous = record.hash
                try await record.save(on: runtime.database())
            }
        }
        let caught = try Self.run(["audit", "verify", "--db", path], key: Self.secret)
        #expect(caught.status != 0)
        #expect(caught.output.contains("第 3 条"), "\(caught.output)")

        // Re-hashing with a guessed key is no better than without one.
        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            let guess = try #require(AuditKey(secret: "guessed-key-0000000000"))
            let records = try await AuditRecord.query(on: runtime.database()).sort(\.$sequence).all()
            var previous = records[1].hash
            for record in records[2...] {
                record.previousHash = previous
                record.hash = AuditTrail.hash(record, key: guess)
                previous = record.hash
                try await record.save(on: runtime.database())
            }
        }
        #expect(try Self.run(["audit", "verify", "--db", path], key: Self.secret).status != 0)
        #expect(try Self.run(["audit", "verify", "--db", path], key: "short").status != 0, "a key too short is refused")
    }

    @Test func aWholeChainRewrittenWithoutTheKeyIsCaught() async throws {
        let path = try Self.database()
        try await Self.fill(path, count: 3, key: nil)
        let key = try #require(AuditKey(secret: Self.secret))
        // The server started with the key marks the chain keyed.
        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            try await AuditTrail.markKeyed(in: StoreContext(db: runtime.database(), backend: .sqliteFile(path)), key: key)
        }
        #expect(try Self.run(["audit", "verify", "--db", path], key: Self.secret).status == 0)
        try await StoreRuntime.with(.sqliteFile(path)) { runtime in
            let records = try await AuditRecord.query(on: runtime.database()).sort(\.$sequence).all()
            var previous = AuditTrail.genesis
            for record in records {
                record.previousHash = previous
                record.hash = AuditTrail.hash(record, key: nil)
                previous = record.hash
                try await record.save(on: runtime.database())
            }
        }
        let caught = try Self.run(["audit", "verify", "--db", path], key: Self.secret)
        #expect(caught.status != 0, "\(caught.output)")
    }
}
