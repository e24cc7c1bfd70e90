import DubanStore
import Fluent
import Foundation
import Vapor

/// Database chores for the CLI, on a short-lived application.
public enum Maintenance {
    public static func migrate(_ backend: DatabaseBackend) async throws {
        try await withApp(backend) { app in try await app.autoMigrate() }
    }

    public static func verifyAudit(_ backend: DatabaseBackend, expect: AuditTrail.Head? = nil) async throws -> (Int, [String]) {
        try await withApp(backend) { app in
            let (count, problems) = try await AuditTrail.verify(on: app.db, expect: expect)
            return (count, problems.map(\.description))
        }
    }

    public static func auditHead(_ backend: DatabaseBackend) async throws -> (Int, AuditTrail.Head?) {
        try await withApp(backend) { app in try await AuditTrail.head(on: app.db) }
    }

    public static func withApp<T: Sendable>(_ backend: DatabaseBackend, _ body: (Application) async throws -> T) async throws -> T {
        let app = try await Application.make(Environment(name: "production", arguments: ["duban"]))
        app.logger.logLevel = .error
        app.databases.use(try backend.configuration(), as: backend.id)
        app.migrations.add(DubanMigrations.all)
        do {
            try await backend.prepare(app.db)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
