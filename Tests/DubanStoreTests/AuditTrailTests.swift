import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing

/// The audit chain notices a changed entry and a removed one.
@Suite struct AuditTrailTests {
    @Test(arguments: StoreHarness.backends)
    func changedAndRemovedEntriesAreDetected(backend: DatabaseBackend) async throws {
        try await StoreHarness.withStore(backend) { ctx in
            for index in 1...5 {
                try await ctx.write { ctx in
                    try await ctx.audit(nil, "test.write", "thing", index, governmentID: 1, before: "", after: "值\(index)")
                }
            }
            #expect(try await AuditTrail.verify(on: ctx.db).problems.isEmpty)
            let third = try await AuditRecord.query(on: ctx.db).filter(\.$sequence == 3).first()!
            third.after = "被改过"
            try await third.save(on: ctx.db)
            let changed = try await AuditTrail.verify(on: ctx.db).problems
            #expect(changed.contains { $0.sequence == 3 && $0.kind == .changed })
            third.after = "值3"
            try await third.save(on: ctx.db)
            #expect(try await AuditTrail.verify(on: ctx.db).problems.isEmpty, "restoring the text restores the chain")
            try await AuditRecord.query(on: ctx.db).filter(\.$sequence == 2).delete()
            let removed = try await AuditTrail.verify(on: ctx.db).problems
            #expect(removed.contains { $0.sequence == 2 && $0.kind == .missing })
        }
    }

    @Test func concurrentWritersKeepOneLinearChain() async throws {
        try await StoreHarness.withStore(.sqliteMemory) { ctx in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await ctx.write { ctx in try await ctx.audit(nil, "test.concurrent", "thing", index, governmentID: 1) }
                    }
                }
                try await group.waitForAll()
            }
            let (count, problems) = try await AuditTrail.verify(on: ctx.db)
            #expect(count == 40 && problems.isEmpty)
        }
    }
}
