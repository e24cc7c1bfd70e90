import DubanCore
import FluentKit

extension AuditTrail {
    /// One page of the chain checked for one government: its own entries' hashes and their links
    /// to whatever came before them. Another government's entries are read only for the link.
    public struct PageCheck: Sendable {
        public var checked: Int
        public var problems: [Problem]
        /// Pass as `after` for the next page; nil at the end of the chain.
        public var nextAfter: Int?
    }

    public static let maxPage = 5_000

    public static func verifyPage(
        actor: Actor, after: Int, limit: Int, on db: any Database,
        key: AuditKey? = AuditKey.configured
    ) async throws -> PageCheck {
        try Guard.require(actor, .readAudit, .government(actor.governmentID))
        let scope = Permissions.scope(actor)
        let size = min(max(limit, 1), maxPage)
        let page = try await AuditRecord.query(on: db).filter(\.$sequence > max(after, 0)).sort(\.$sequence).limit(size + 1).all()
        let shown = Array(page.prefix(size))
        var previous = try await AuditRecord.query(on: db).filter(\.$sequence <= max(after, 0)).sort(\.$sequence, .descending).first()
        // Keyed entries before this page count: a plain one after them is a rewrite.
        var sawKeyed = try await AuditRecord.query(on: db).filter(\.$sequence <= max(after, 0)).filter(\.$hash >= AuditKey.marker).count() > 0
        var problems: [Problem] = []
        var checked = 0
        for record in shown {
            defer { previous = record }
            let own = scope.governmentID == nil || record.governmentID == scope.governmentID
            let found = check(record, key: key, sawKeyed: &sawKeyed)
            guard own else { continue }
            checked += 1
            problems += found
            if let previous {
                if previous.sequence != record.sequence - 1 {
                    problems.append(Problem(sequence: record.sequence - 1, kind: .missing))
                } else if record.previousHash != previous.hash {
                    problems.append(Problem(sequence: record.sequence, kind: .brokenLink))
                }
            } else if record.sequence != 1 || record.previousHash != genesis {
                problems.append(Problem(sequence: record.sequence, kind: record.sequence == 1 ? .brokenLink : .missing))
            }
        }
        return PageCheck(checked: checked, problems: problems, nextAfter: page.count > size ? shown.last?.sequence : nil)
    }
}
