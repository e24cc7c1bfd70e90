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
            guard let government = try await GovernmentRecord.find(governmentID, on: ctx.db) else {
                throw StoreError.notFound(Strings.Levels.governmentNotFound)
            }
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
            guard government.parentID != parentID else { return }
            let before = government.parentID.map(String.init) ?? ""
            government.parentID = parentID
            try await government.save(on: ctx.db)
            try await ctx.audit(
                actor, "government.parent", "government", governmentID, governmentID: governmentID, before: before,
                after: parentID.map(String.init) ?? "")
        }
    }

    /// `ceiling`: fields per unit per month; nil takes the ceiling away.
    public static func setBurdenCeiling(governmentID: Int, ceiling: Int?, actor: Actor, in context: StoreContext) async throws {
        if let ceiling, !(1...999).contains(ceiling) { throw StoreError.invalid(Strings.Levels.ceilingInvalid) }
        try await context.write { ctx in
            try Guard.require(actor, .setBurdenCeiling, .government(governmentID))
            guard let government = try await GovernmentRecord.find(governmentID, on: ctx.db) else {
                throw StoreError.notFound(Strings.Levels.governmentNotFound)
            }
            guard government.burdenCeiling != ceiling else { return }
            let before = government.burdenCeiling.map(String.init) ?? ""
            government.burdenCeiling = ceiling
            try await government.save(on: ctx.db)
            try await ctx.audit(
                actor, "government.burden_ceiling", "government", governmentID, governmentID: governmentID, before: before,
                after: ceiling.map(String.init) ?? "")
        }
    }

    public static func children(of governmentID: Int, on db: any Database) async throws -> [GovernmentRecord] {
        try await GovernmentRecord.query(on: db).filter(\.$parentID == governmentID).sort(\.$id).all()
    }
}
