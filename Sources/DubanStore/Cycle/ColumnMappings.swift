import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The column mappings a government's office has given, remembered under a table's header.
public enum ColumnMappings {
    /// The answer given before for this header, if any (the import page offers it again).
    public static func find(governmentID: Int, key: String, actor: Actor, in context: StoreContext) async throws -> ColumnMapping? {
        try Guard.require(actor, .importPlan, .government(governmentID))
        guard
            let record = try await ColumnMappingRecord.query(on: context.db)
                .filter(\.$governmentID == governmentID).filter(\.$headerKey == key).first()
        else { return nil }
        return JSONText.decode(ColumnMapping.self, record.roles)
    }

    /// Keeps the office's answer for this header, replacing an earlier one; audited.
    public static func save(_ mapping: ColumnMapping, governmentID: Int, key: String, actor: Actor, in context: StoreContext) async throws {
        try Guard.require(actor, .importPlan, .government(governmentID))
        guard !key.isEmpty, key.count <= 2000, !mapping.roles.isEmpty, mapping.roles.count <= 60 else {
            throw StoreError.invalid(Strings.Store.columnMappingInvalid)
        }
        try await context.write { ctx in
            let existing = try await ColumnMappingRecord.query(on: ctx.db)
                .filter(\.$governmentID == governmentID).filter(\.$headerKey == key).first()
            let record = existing ?? ColumnMappingRecord()
            let before = existing?.roles ?? ""
            record.governmentID = governmentID
            record.headerKey = key
            record.roles = JSONText.encode(mapping)
            record.updatedBy = actor.accountID
            record.updatedAt = ctx.now
            try await record.save(on: ctx.db)
            try await ctx.audit(
                actor, "import.columns", "column_mapping", record.id, governmentID: governmentID,
                before: before, after: "\(key) → \(record.roles)")
        }
    }
}
