import Foundation

/// Database chores for the CLI: each opens the database, does one thing and closes it.
public enum Maintenance {
    public static func migrate(_ backend: DatabaseBackend) async throws {
        try await StoreRuntime.with(backend) { try await $0.migrate() }
    }

    public static func verifyAudit(_ backend: DatabaseBackend, expect: AuditTrail.Head? = nil) async throws -> (Int, [String]) {
        try await StoreRuntime.with(backend) { runtime in
            let (count, problems) = try await AuditTrail.verify(on: runtime.database(), expect: expect)
            return (count, problems.map(\.description))
        }
    }

    public static func auditHead(_ backend: DatabaseBackend) async throws -> (Int, AuditTrail.Head?) {
        try await StoreRuntime.with(backend) { try await AuditTrail.head(on: $0.database()) }
    }
}
