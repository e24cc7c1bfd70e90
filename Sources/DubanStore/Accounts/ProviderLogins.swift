import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Sign-ins through the government's identity provider: the round trip's state, kept in the
/// database so that any app server may receive the browser back, and used once.
public enum ProviderLogins {
    public struct Pending: Sendable, Equatable {
        public var nonce: String
        public var verifier: String
        public var next: String
    }

    /// Why a browser coming back is turned away before the provider's answer is even read.
    public enum Refusal: Error, Equatable {
        /// No such sign-in, or another browser's.
        case unknown
        /// Its state was used already: a replay.
        case used
        case expired
    }

    /// How long a browser may stay at the provider.
    public static let lifetime: TimeInterval = 600

    public static func start(
        stateHash: String, browserHash: String, nonce: String, verifier: String, next: String, in context: StoreContext
    ) async throws {
        // Bookkeeping of an anonymous browser: no answer anyone caches reads it.
        try await context.write(raisesRevision: false) { ctx in
            try await ProviderLoginRecord.query(on: ctx.db).filter(\.$expiresAt < ctx.now).delete()
            let record = ProviderLoginRecord()
            record.stateHash = stateHash
            record.browserHash = browserHash
            record.nonce = nonce
            record.verifier = verifier
            record.next = next
            record.createdAt = ctx.now
            record.expiresAt = ctx.now.addingTimeInterval(lifetime)
            try await record.create(on: ctx.db)
        }
    }

    /// The sign-in a returning browser belongs to, marked used under the write lock, so that of
    /// two servers receiving the same answer only one goes on. Another browser's state is
    /// refused and left for its own browser.
    public static func take(stateHash: String, browserHash: String, in context: StoreContext) async throws -> Result<Pending, Refusal> {
        try await context.write(raisesRevision: false) { ctx in
            guard let record = try await ProviderLoginRecord.query(on: ctx.db).filter(\.$stateHash == stateHash).first(),
                record.browserHash == browserHash
            else { return .failure(.unknown) }
            if record.usedAt != nil { return .failure(.used) }
            if record.expiresAt < ctx.now { return .failure(.expired) }
            record.usedAt = ctx.now
            try await record.save(on: ctx.db)
            return .success(Pending(nonce: record.nonce, verifier: record.verifier, next: record.next))
        }
    }

    /// The Duban account a provider user is: the one an administrator bound to their subject,
    /// else, when the installation names a claim, the account whose username is its value.
    /// Nobody gets an account by signing in.
    public static func account(subject: String, claimValue: String?, on db: any Database) async throws -> AccountEntry? {
        if let bound = try await AccountRecord.query(on: db).filter(\.$oidcSubject == subject).first() { return AccountEntry(bound) }
        guard let claimValue, !claimValue.isEmpty, let named = try await LoginBook.account(named: claimValue, on: db) else { return nil }
        // An account bound to someone else's subject is that person's, whatever its name.
        if let other = named.oidcSubject, other != subject { return nil }
        return AccountEntry(named)
    }
}
