import DubanCore
import FluentKit
import Foundation

/// An account as the web edge holds it: who it is and what it may be asked, never its password
/// hash, failure count or lock.
public struct AccountEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var username: String
    public var displayName: String
    public var role: String
    public var governmentID: Int?
    public var unitID: Int?
    public var leaderID: Int?
    public var active: Bool
    /// An office set its password: its owner must choose one before anything else.
    public var mustChangePassword: Bool
    /// The unit leader's account, who signs off its reports (审签). Nil for every other account.
    public var signer: Bool?

    public var actor: Actor {
        Actor(accountID: id, role: Role(rawValue: role) ?? .viewer, governmentID: governmentID, unitID: unitID, leaderID: leaderID, signer: signer)
    }

    /// For the store and the demo's seeding; routes get entries from the use cases.
    public init(_ record: AccountRecord) {
        id = record.id ?? 0
        username = record.username
        displayName = record.displayName
        role = record.role
        governmentID = record.governmentID
        unitID = record.unitID
        leaderID = record.leaderID
        active = record.active
        mustChangePassword = record.mustChangePassword == true
        signer = record.signer == true ? true : nil
    }
}

/// A login session as the edge needs it: its id (to close it) and its CSRF token.
public struct SessionEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var csrfToken: String
    public var expiresAt: Date

    init(_ record: LoginSessionRecord) {
        id = record.id ?? 0
        csrfToken = record.csrfToken
        expiresAt = record.expiresAt
    }
}

/// Who a session cookie or an API token stands for, and until when.
public enum Identities {
    public struct Found: Sendable {
        public var account: AccountEntry
        public var session: SessionEntry?
        public var expiresAt: Date
    }

    public static func bySession(tokenHash: String, on db: any Database) async throws -> Found? {
        guard let session = try await LoginSessionRecord.query(on: db).filter(\.$tokenHash == tokenHash).first(),
            let account = try await AccountRecord.find(session.accountID, on: db), account.active
        else { return nil }
        return Found(account: AccountEntry(account), session: SessionEntry(session), expiresAt: session.expiresAt)
    }

    public static func byToken(tokenHash: String, on db: any Database) async throws -> Found? {
        guard let token = try await APITokenRecord.query(on: db).filter(\.$tokenHash == tokenHash).first(),
            let account = try await AccountRecord.find(token.accountID, on: db), account.active
        else { return nil }
        return Found(account: AccountEntry(account), session: nil, expiresAt: token.expiresAt ?? .distantFuture)
    }

    public static func account(_ accountID: Int, on db: any Database) async throws -> AccountEntry? {
        try await AccountRecord.find(accountID, on: db).map(AccountEntry.init)
    }
}

extension LoginBook {
    /// What a login checks: the account, its hash, and whether it may sign in at all now.
    public struct Candidate: Sendable {
        public var account: AccountEntry
        public var passwordHash: String
        public var usable: Bool
    }

    public static func candidate(named username: String, now: Date, on db: any Database) async throws -> Candidate? {
        guard let record = try await account(named: username, on: db) else { return nil }
        let locked = record.lockedUntil.map { $0 > now } ?? false
        return Candidate(account: AccountEntry(record), passwordHash: record.passwordHash, usable: record.active && !locked)
    }
}
