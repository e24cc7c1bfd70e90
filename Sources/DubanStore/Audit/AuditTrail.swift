import DubanStrings
import Crypto
import Fluent
import Foundation

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

        public init(accountID: Int?, governmentID: Int?, action: String, subjectType: String, subjectID: Int?,
                    before: String = "", after: String = "") {
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
    public static func append(_ entry: Entry, at date: Date, on db: any Database) async throws -> AuditRecord {
        var attempt = 0
        while true {
            let head = try await AuditRecord.query(on: db).sort(\.$sequence, .descending).first()
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
            record.hash = hash(record)
            do {
                try await record.create(on: db)
                return record
            } catch where attempt < 20 && isUniqueViolation(error) {
                attempt += 1
            }
        }
    }

    public static func hash(_ record: AuditRecord) -> String {
        let fields: [String] = [
            String(record.sequence), String(Int64(record.at.timeIntervalSince1970)),
            record.accountID.map(String.init) ?? "", record.governmentID.map(String.init) ?? "",
            record.action, record.subjectType, record.subjectID.map(String.init) ?? "",
            record.before, record.after, record.previousHash,
        ]
        // Length-prefixed so that no two field lists serialise to the same bytes.
        let canonical = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return SHA256.hash(data: Data(canonical.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var sequence: Int
        public var kind: Kind
        public enum Kind: Sendable, Equatable { case changed, missing, brokenLink }
        public var description: String {
            switch kind {
            case .changed: Strings.Store.auditChanged(sequence)
            case .missing: Strings.Store.auditMissing(sequence)
            case .brokenLink: Strings.Store.auditBrokenLink(sequence)
            }
        }
    }

    /// Walks the whole chain in order. An empty result means intact.
    public static func verify(on db: any Database) async throws -> (count: Int, problems: [Problem]) {
        let records = try await AuditRecord.query(on: db).sort(\.$sequence).all()
        var problems: [Problem] = []
        var previousHash = genesis
        var expected = 1
        for record in records {
            while expected < record.sequence {
                problems.append(Problem(sequence: expected, kind: .missing))
                expected += 1
            }
            if record.previousHash != previousHash && !problems.contains(where: { $0.sequence == record.sequence - 1 }) {
                problems.append(Problem(sequence: record.sequence, kind: .brokenLink))
            }
            if hash(record) != record.hash { problems.append(Problem(sequence: record.sequence, kind: .changed)) }
            previousHash = record.hash
            expected = record.sequence + 1
        }
        return (records.count, problems)
    }

    static func isUniqueViolation(_ error: any Error) -> Bool {
        let text = String(describing: error).lowercased()
        return text.contains("unique") || text.contains("duplicate key") || text.contains("23505")
    }
}
