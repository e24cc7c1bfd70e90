import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// Which government sits above which (province → city → district → street), and each office's
/// ceiling on what it asks of a unit a month. Set by the installation's administrator (the
/// levels) and by the government's office (its own ceiling).
public enum GovernmentLevels {
    public static func setParent(governmentID: Int, parentID: Int?, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            try Guard.require(actor, .manageGovernments, .government(nil))
            let government = try await find(governmentID, on: ctx.db)
            if let parentID {
                guard try await GovernmentRecord.find(parentID, on: ctx.db) != nil else { throw StoreError.notFound(Strings.Levels.parentNotFound) }
                // Walking up from the new parent must never come back to this government.
                var seen: Set<Int> = [governmentID]
                var cursor: Int? = parentID
                while let id = cursor {
                    guard seen.insert(id).inserted else { throw StoreError.conflict(Strings.Levels.parentCycle) }
                    cursor = try await GovernmentRecord.find(id, on: ctx.db)?.parentID
                }
            }
            try await set(\.parentID, to: parentID, of: government, action: "government.parent", actor: actor, in: ctx)
        }
    }

    /// `ceiling`: fields per unit per month; nil takes the ceiling away.
    public static func setBurdenCeiling(governmentID: Int, ceiling: Int?, actor: Actor, in context: StoreContext) async throws {
        if let ceiling, !(1...999).contains(ceiling) { throw StoreError.invalid(Strings.Levels.ceilingInvalid) }
        try await context.write { ctx in
            try Guard.require(actor, .setBurdenCeiling, .government(governmentID))
            let government = try await find(governmentID, on: ctx.db)
            try await set(\.burdenCeiling, to: ceiling, of: government, action: "government.burden_ceiling", actor: actor, in: ctx)
        }
    }

    static func find(_ governmentID: Int, on db: any Database) async throws -> GovernmentRecord {
        guard let government = try await GovernmentRecord.find(governmentID, on: db) else { throw StoreError.notFound(Strings.Levels.governmentNotFound) }
        return government
    }

    /// One setting of a government changed, with its audit entry; the same value again changes nothing.
    private static func set(
        _ field: ReferenceWritableKeyPath<GovernmentRecord, Int?>, to value: Int?, of government: GovernmentRecord, action: String, actor: Actor,
        in ctx: StoreContext
    ) async throws {
        guard government[keyPath: field] != value else { return }
        let before = government[keyPath: field].map(String.init) ?? ""
        government[keyPath: field] = value
        try await government.save(on: ctx.db)
        let id = try government.requireID()
        try await ctx.audit(actor, action, "government", id, governmentID: id, before: before, after: value.map(String.init) ?? "")
    }

    public static func children(of governmentID: Int, on db: any Database) async throws -> [GovernmentRecord] {
        try await GovernmentRecord.query(on: db).filter(\.$parentID == governmentID).sort(\.$id).all()
    }
}
