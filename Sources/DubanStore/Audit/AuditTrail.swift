import Crypto
import DubanCore
import DubanStrings
import FluentKit
import Foundation
import SQLKit

/// The audit trail: every write recorded with who, when, what, before and after; each entry's
/// hash covers the previous entry's hash, so changing or removing one breaks the chain.
public enum AuditTrail {
    public static let genesis = String(repeating: "0", count: 64)

    public struct Entry: Sendable {
        public var accountID: Int?
        public var governmentID: Int?
        public var action: String
        public var subjectType: String
        public var subjectID: Int?
        public var before: String
        public var after: String

        public init(
            accountID: Int?, governmentID: Int?, action: String, subjectType: String, subjectID: Int?,
            before: String = "", after: String = ""
        ) {
            self.accountID = accountID
            self.governmentID = governmentID
            self.action = action
            self.subjectType = subjectType
            self.subjectID = subjectID
            self.before = before
            self.after = after
        }
    }

    /// Appends inside the caller's transaction. Two writers racing for the same sequence collide
    /// on its unique index; the loser re-reads the head and tries again.
    @discardableResult
    public static func append(
        _ entry: Entry, at date: Date, on db: any Database,
        key: AuditKey? = AuditKey.configured
    ) async throws -> AuditRecord {
        var attempt = 0
        while true {
            let record = chained(entry, after: try await lastHead(on: db), at: date, key: key)
            do {
                try await insert(record, on: db)
                return record
            } catch  where attempt < 20 && isUniqueViolation(error) {
                attempt += 1
            }
        }
    }

    /// Several entries in order, the chain's head read once: for a write that records many
    /// things at once (a sheet's reports). Callers hold the write lock, so no one appends between.
    public static func append(_ entries: [Entry], at date: Date, on db: any Database, key: AuditKey? = AuditKey.configured) async throws {
        guard !entries.isEmpty else { return }
        var head = try await lastHead(on: db)
        for entry in entries {
            let record = chained(entry, after: head, at: date, key: key)
            try await insert(record, on: db)
            head = Head(sequence: record.sequence, hash: record.hash)
        }
    }

    /// One statement with the columns named: every write appends an entry while holding the
    /// write lock, and building the insert from the model's fields cost more than the insert.
    static func insert(_ record: AuditRecord, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return try await record.create(on: db) }
        try await sql.insert(into: AuditRecord.schema)
            .columns("sequence", "at", "account_id", "government_id", "action", "subject_type", "subject_id", "before", "after", "previous_hash", "hash")
            .values(
                SQLBind(record.sequence), SQLBind(record.at), SQLBind(record.accountID), SQLBind(record.governmentID), SQLBind(record.action),
                SQLBind(record.subjectType), SQLBind(record.subjectID), SQLBind(record.before), SQLBind(record.after),
                SQLBind(record.previousHash), SQLBind(record.hash)
            ).run()
    }

    /// What the next entry chains to: the last one's number and hash, read without building a
    /// model (every write reads it while holding the write lock).
    static func lastHead(on db: any Database) async throws -> Head? {
        guard let sql = db as? any SQLDatabase else {
            return try await AuditRecord.query(on: db).sort(\.$sequence, .descending).first().map { Head(sequence: $0.sequence, hash: $0.hash) }
        }
        guard
            let row = try await sql.select().column("sequence").column("hash").from(AuditRecord.schema)
                .orderBy("sequence", .descending).limit(1).first()
        else { return nil }
        return Head(sequence: try row.decode(column: "sequence", as: Int.self), hash: try row.decode(column: "hash", as: String.self))
    }

    /// The entry as the record that follows `head` in the chain, hashed.
    static func chained(_ entry: Entry, after head: Head?, at date: Date, key: AuditKey?) -> AuditRecord {
        // The write's cached answers to invalidate are those of the governments it records.
        WriteScope.current?.note(entry.governmentID)
        let record = AuditRecord()
        record.sequence = (head?.sequence ?? 0) + 1
        // Second precision: both databases store and return it alike, so hashes re-verify.
        record.at = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        record.accountID = entry.accountID
        record.governmentID = entry.governmentID
        record.action = entry.action
        record.subjectType = entry.subjectType
        record.subjectID = entry.subjectID
        record.before = entry.before
        record.after = entry.after
        record.previousHash = head?.hash ?? genesis
        record.hash = hash(record, key: key)
        return record
    }

    /// SHA-256 of the entry's fields; with an audit key, an HMAC marked `k`, so that write access
    /// to the database alone cannot recompute the chain after editing an entry.
    public static func hash(_ record: AuditRecord, key: AuditKey? = AuditKey.configured) -> String {
        let fields: [String] = [
            String(record.sequence), String(Int64(record.at.timeIntervalSince1970)),
            record.accountID.map(String.init) ?? "", record.governmentID.map(String.init) ?? "",
            record.action, record.subjectType, record.subjectID.map(String.init) ?? "",
            record.before, record.after, record.previousHash,
        ]
        // Length-prefixed so that no two field lists serialise to the same bytes.
        let canonical = Data(fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|").utf8)
        if let key { return AuditKey.marker + key.mac(canonical) }
        return SHA256.hash(data: canonical).lowercaseHex
    }

    static func isKeyed(_ hash: String) -> Bool { hash.hasPrefix(AuditKey.marker) }

    /// Whether a stored hash is right: keyed entries need the key, and never give way to plain
    /// ones after them (that would be a rewrite without the key).
    static func matches(_ record: AuditRecord, key: AuditKey?) -> Bool {
        if isKeyed(record.hash) {
            guard let key else { return false }
            return hash(record, key: key) == record.hash
        }
        return hash(record, key: nil) == record.hash
    }

    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var sequence: Int
        public var kind: Kind
        public enum Kind: Sendable, Equatable { case changed, missing, brokenLink, unkeyedAfterKeyed, unkeyedHead, needsKey, truncated, headDiffers }
        public var description: String {
            switch kind {
            case .changed: Strings.Store.auditChanged(sequence)
            case .missing: Strings.Store.auditMissing(sequence)
            case .brokenLink: Strings.Store.auditBrokenLink(sequence)
            case .unkeyedAfterKeyed: Strings.Security.auditUnkeyed(sequence)
            case .needsKey: Strings.Security.auditNeedsKey(sequence)
            case .unkeyedHead: Strings.Security.auditUnkeyedHead(sequence)
            case .truncated: Strings.Security.auditTruncated(sequence)
            case .headDiffers: Strings.Security.auditHeadDiffers(sequence)
            }
        }
    }

    /// Walks the whole chain in order. An empty result means intact. `expect`: a head recorded
    /// elsewhere earlier (`duban audit head`); the chain must still hold that entry unchanged,
    /// which catches entries deleted from the end.
    public static func verify(
        on db: any Database, expect: Head? = nil,
        key: AuditKey? = AuditKey.configured
    ) async throws -> (count: Int, problems: [Problem]) {
        var problems: [Problem] = []
        var previousHash = genesis
        var expected = 1
        var count = 0
        var sawKeyed = false
        var expectedSeen = false
        // In pages: a long chain is never held in memory whole.
        var after = 0
        while true {
            let page = try await AuditRecord.query(on: db).filter(\.$sequence > after).sort(\.$sequence).limit(2_000).all()
            guard let last = page.last else { break }
            for record in page {
                count += 1
                while expected < record.sequence {
                    problems.append(Problem(sequence: expected, kind: .missing))
                    expected += 1
                }
                if record.previousHash != previousHash && !problems.contains(where: { $0.sequence == record.sequence - 1 }) {
                    problems.append(Problem(sequence: record.sequence, kind: .brokenLink))
                }
                problems += check(record, key: key, sawKeyed: &sawKeyed)
                if let expect, record.sequence == expect.sequence {
                    expectedSeen = true
                    if record.hash != expect.hash { problems.append(Problem(sequence: record.sequence, kind: .headDiffers)) }
                }
                previousHash = record.hash
                expected = record.sequence + 1
            }
            after = last.sequence
        }
        // With a key, the server marks the chain keyed at start (`markKeyed`), so a last entry
        // without the key means the chain was rewritten by someone who lacked it.
        if key != nil, count > 0, !isKeyed(previousHash) {
            problems.append(Problem(sequence: expected - 1, kind: .unkeyedHead))
        }
        if let expect, !expectedSeen, !problems.contains(where: { $0.sequence == expect.sequence }) {
            problems.append(Problem(sequence: expect.sequence, kind: .truncated))
        }
        return (count, problems)
    }

    /// One entry on its own: its hash, and no plain hash after a keyed one.
    static func check(_ record: AuditRecord, key: AuditKey?, sawKeyed: inout Bool) -> [Problem] {
        if isKeyed(record.hash) {
            sawKeyed = true
            guard key != nil else { return [Problem(sequence: record.sequence, kind: .needsKey)] }
        } else if sawKeyed {
            return [Problem(sequence: record.sequence, kind: .unkeyedAfterKeyed)]
        }
        return matches(record, key: key) ? [] : [Problem(sequence: record.sequence, kind: .changed)]
    }

    /// The chain's last entry, to record outside the database.
    public struct Head: Sendable, Equatable, CustomStringConvertible {
        public var sequence: Int
        public var hash: String

        public init(sequence: Int, hash: String) {
            self.sequence = sequence
            self.hash = hash
        }

        /// `SEQ:HASH`, as `duban audit head` prints it.
        public init?(_ text: String) {
            let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let sequence = Int(parts[0]), sequence > 0, !parts[1].isEmpty else { return nil }
            self.init(sequence: sequence, hash: String(parts[1]))
        }

        public var description: String { "\(sequence):\(hash)" }
    }

    /// Run at start with a key: if the chain does not yet end in a keyed entry (the key is new),
    /// one is appended, so that from now on the chain's end is always keyed.
    public static func markKeyed(in context: StoreContext, key: AuditKey? = AuditKey.configured) async throws {
        guard let key else { return }
        try await context.write { ctx in
            let last = try await AuditRecord.query(on: ctx.db).sort(\.$sequence, .descending).first()
            guard let last, !isKeyed(last.hash) else { return }
            _ = try await append(
                Entry(accountID: nil, governmentID: nil, action: "audit.keyed", subjectType: "audit", subjectID: nil),
                at: ctx.now, on: ctx.db, key: key)
        }
    }

    public static func head(on db: any Database) async throws -> (count: Int, head: Head?) {
        let count = try await AuditRecord.query(on: db).count()
        let last = try await AuditRecord.query(on: db).sort(\.$sequence, .descending).first()
        return (count, last.map { Head(sequence: $0.sequence, hash: $0.hash) })
    }

    static func isUniqueViolation(_ error: any Error) -> Bool {
        let text = String(describing: error).lowercased()
        return text.contains("unique") || text.contains("duplicate key") || text.contains("23505")
    }
}
