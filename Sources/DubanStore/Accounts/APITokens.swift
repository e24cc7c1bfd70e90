import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// API tokens: named, expiring, listed and revocable by their owner (an administrator may
/// revoke any). The store sees only a token's SHA-256; the secret is shown once by the caller.
public enum APITokens {
    public static let defaultDays = 90
    public static let maxDays = 365
    public static let maxNameLength = 100

    public struct Summary: Sendable, Codable, Equatable {
        public var id: Int
        public var name: String
        public var createdAt: Date?
        public var expiresAt: Date?
        public var expired: Bool
    }

    public static func create(tokenHash: String, name: String, days: Int?, actor: Actor, in context: StoreContext) async throws -> Summary {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= maxNameLength else { throw StoreError.invalid(Strings.Identity.tokenNameRequired) }
        let days = days ?? defaultDays
        guard (1...maxDays).contains(days) else { throw StoreError.invalid(Strings.Identity.tokenDaysRange) }
        return try await context.write { ctx in
            let record = APITokenRecord()
            record.tokenHash = tokenHash
            record.accountID = actor.accountID
            record.name = name
            record.expiresAt = ctx.now.addingTimeInterval(Double(days) * 86_400)
            try await record.create(on: ctx.db)
            try await ctx.audit(
                actor, "token.create", "api_token", record.id, governmentID: actor.governmentID,
                after: JSONText.encode(["name": name, "days": String(days)]))
            return summary(record, now: ctx.now)
        }
    }

    /// The actor's own tokens; an administrator may ask for another account's.
    public static func list(accountID: Int?, actor: Actor, in context: StoreContext) async throws -> [Summary] {
        let owner = accountID ?? actor.accountID
        if owner != actor.accountID && actor.role != .admin { throw StoreError.forbidden(Strings.Identity.tokenNotYours) }
        let now = context.now
        return try await APITokenRecord.query(on: context.db).filter(\.$accountID == owner).sort(\.$id).all().map { summary($0, now: now) }
    }

    public static func revoke(tokenID: Int, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            guard let token = try await APITokenRecord.find(tokenID, on: ctx.db) else { throw StoreError.notFound(Strings.Identity.tokenNotFound) }
            // Someone else's token is "not found" to a non-administrator: ids reveal nothing.
            guard token.accountID == actor.accountID || actor.role == .admin else { throw StoreError.notFound(Strings.Identity.tokenNotFound) }
            let owner = try await AccountRecord.find(token.accountID, on: ctx.db)
            try await token.delete(on: ctx.db)
            try await ctx.audit(
                actor, "token.revoke", "api_token", tokenID, governmentID: owner?.governmentID,
                after: JSONText.encode(["name": token.name, "account": String(token.accountID)]))
        }
    }

    static func summary(_ record: APITokenRecord, now: Date) -> Summary {
        Summary(
            id: record.id ?? 0, name: record.name, createdAt: record.createdAt, expiresAt: record.expiresAt,
            expired: record.expiresAt.map { $0 <= now } ?? false)
    }
}
