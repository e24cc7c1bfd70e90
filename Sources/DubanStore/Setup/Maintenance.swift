import DubanStrings
import FluentKit
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

extension Maintenance {
    /// `duban reports import`: a filled sheet read as `username` would upload it on the page; with
    /// `confirm`, its reports written as the page's confirmation writes them.
    public static func importSheet(
        _ backend: DatabaseBackend, data: Data, fileName: String, username: String, period: Int?, confirm: Bool
    ) async throws -> (SheetPreview, SheetImportResult?) {
        try await StoreRuntime.with(backend) { runtime in
            let context = StoreContext(db: runtime.database(), backend: backend)
            guard
                let account = try await AccountRecord.query(on: context.db).filter(\.$usernameKey == UsernameKey.fold(username))
                    .filter(\.$active == true).first()
            else { throw StoreError.notFound(Strings.Sheets.accountNotFound(username)) }
            let preview = try await SheetImports.upload(data, fileName: fileName, expectedPeriod: period, actor: account.actor, in: context)
            guard confirm, let uploadID = preview.uploadID else { return (preview, nil) }
            return (preview, try await SheetImports.confirm(uploadID: uploadID, actor: account.actor, in: context))
        }
    }
}
