import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// The identity provider's round trip as the store keeps it: a state used once, by the browser
/// that started it, within its ten minutes; and which account a provider user is.
@Suite struct ProviderLoginStoreTests {
    @Test(arguments: StoreHarness.backends)
    func aStateIsTakenOnceByItsOwnBrowserInTime(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            try await ProviderLogins.start(stateHash: "s1", browserHash: "b1", nonce: "n1", verifier: "v1", next: "/plans/1", in: ctx)
            #expect(try await ProviderLogins.take(stateHash: "s1", browserHash: "other", in: ctx) == .failure(.unknown))
            #expect(try await ProviderLogins.take(stateHash: "nope", browserHash: "b1", in: ctx) == .failure(.unknown))
            let taken = try await ProviderLogins.take(stateHash: "s1", browserHash: "b1", in: ctx)
            guard case .success(let pending) = taken else {
                Issue.record("the browser that started it was refused: \(taken)")
                return
            }
            #expect(pending.nonce == "n1" && pending.verifier == "v1" && pending.next == "/plans/1")
            #expect(try await ProviderLogins.take(stateHash: "s1", browserHash: "b1", in: ctx) == .failure(.used))

            try await ProviderLogins.start(stateHash: "s2", browserHash: "b2", nonce: "n2", verifier: "v2", next: "/", in: ctx)
            let later = ctx.withClock(FixedClock(ctx.now.addingTimeInterval(ProviderLogins.lifetime + 1)))
            #expect(try await ProviderLogins.take(stateHash: "s2", browserHash: "b2", in: later) == .failure(.expired))
        }
    }

    @Test(arguments: StoreHarness.backends)
    func aProviderUserIsTheBoundAccountOrTheNamedOneAndNobodyElse(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            let world = try await World.build(ctx)
            let liaison = try await world.liaison(of: "发改局", ctx)
            let other = try await world.liaison(of: "财政局", ctx)
            let liaisonName = try #require(try await AccountRecord.find(liaison.accountID, on: ctx.db)).username
            let otherName = try #require(try await AccountRecord.find(other.accountID, on: ctx.db)).username
            let office = world.supervisor

            // By the configured claim: the account of that username.
            #expect(try await ProviderLogins.account(subject: "sub-a", claimValue: liaisonName, on: ctx.db)?.id == liaison.accountID)
            // No claim configured and nothing bound: nobody.
            #expect(try await ProviderLogins.account(subject: "sub-a", claimValue: nil, on: ctx.db) == nil)
            #expect(try await ProviderLogins.account(subject: "sub-a", claimValue: "nobody-here", on: ctx.db) == nil)

            // An administrator's binding wins over the claim, and is audited.
            try await AccountAdmin.setProviderSubject(accountID: other.accountID, subject: "sub-b", by: office, in: ctx)
            #expect(try await ProviderLogins.account(subject: "sub-b", claimValue: liaisonName, on: ctx.db)?.id == other.accountID)
            // An account bound to one subject is not someone else's by its name.
            #expect(try await ProviderLogins.account(subject: "sub-c", claimValue: otherName, on: ctx.db) == nil)
            // One subject binds one account.
            await #expect(throws: StoreError.self) {
                try await AccountAdmin.setProviderSubject(accountID: liaison.accountID, subject: "sub-b", by: office, in: ctx)
            }
            // A unit cannot bind accounts.
            await #expect(throws: StoreError.self) {
                try await AccountAdmin.setProviderSubject(accountID: liaison.accountID, subject: "sub-x", by: liaison, in: ctx)
            }
            let entries = try await AuditRecord.query(on: ctx.db).filter(\.$action == "account.provider.bind").all()
            #expect(entries.count == 1 && entries.first?.after == "sub-b")
            try await AccountAdmin.setProviderSubject(accountID: other.accountID, subject: nil, by: office, in: ctx)
            #expect(try await ProviderLogins.account(subject: "sub-b", claimValue: nil, on: ctx.db) == nil)
        }
    }
}
