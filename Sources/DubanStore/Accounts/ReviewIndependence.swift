import DubanCore
import DubanStrings
import FluentKit

/// Separation of duties (M1): whoever created a liaison's account, or last reset its password,
/// could have signed in as it. Their review of that account's report is not an independent one.
public enum ReviewIndependence {
    /// Refuses a supervisor reviewing a report whose author's credential they issued. An
    /// administrator is only flagged, not refused: it may create administrators, so a refusal
    /// would stop nothing, and the city must be able to clear a queue an office cannot.
    public static func check(authorAccountID: Int, reviewer: Actor, on db: any Database) async throws {
        guard reviewer.role != .admin else { return }
        guard let author = try await AccountRecord.find(authorAccountID, on: db) else { return }
        if author.credentialIssued(by: reviewer.accountID) { throw StoreError.forbidden(Strings.Identity.issuedByYouRefused) }
    }

    /// For each author account, who issued its credential (creator, last resetter).
    public static func issuers(of accountIDs: Set<Int>, on db: any Database) async throws -> [Int: [Int]] {
        guard !accountIDs.isEmpty else { return [:] }
        let accounts = try await AccountRecord.query(on: db).filter(\.$id ~~ accountIDs).all()
        return Dictionary(
            uniqueKeysWithValues: accounts.compactMap { account in
                account.id.map { ($0, [account.createdBy, account.passwordResetBy].compactMap { $0 }) }
            })
    }
}
