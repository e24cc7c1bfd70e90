import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The office keeps its directory: units added, renamed (the old name stays an alias, so next
/// year's document still finds them), their kind set, aliases kept; leaders added and renamed.
public enum DirectoryAdmin {
    public static let kinds = UnitKind.allCases.map(\.rawValue)

    public struct UnitChange: Codable, Sendable {
        public var name: String?
        public var kind: String?

        public init(name: String? = nil, kind: String? = nil) {
            self.name = name
            self.kind = kind
        }
    }

    @discardableResult
    public static func addUnit(governmentID: Int, name: String, kind: String?, actor: Actor, in context: StoreContext) async throws -> Int {
        let name = try cleanName(name)
        let kind = kind.flatMap { $0.isEmpty ? nil : $0 } ?? UnitKind.of(name).rawValue
        guard kinds.contains(kind) else { throw StoreError.invalid(Strings.Store.unitKindUnknown) }
        try Guard.require(actor, .manageDirectory, .government(governmentID))
        return try await context.write { ctx in
            try await requireFree(name, governmentID: governmentID, on: ctx.db)
            let unit = UnitRecord(governmentID: governmentID, name: name, kind: kind)
            try await unit.create(on: ctx.db)
            let id = try unit.requireID()
            try await ctx.audit(actor, "directory.unit.add", "unit", id, governmentID: governmentID, after: "\(name) \(kind)")
            return id
        }
    }

    public static func changeUnit(unitID: Int, _ change: UnitChange, actor: Actor, in context: StoreContext) async throws {
        if let kind = change.kind, !kinds.contains(kind) { throw StoreError.invalid(Strings.Store.unitKindUnknown) }
        let newName = try change.name.map(cleanName)
        try await context.write { ctx in
            let unit = try await editableUnit(unitID, actor: actor, on: ctx.db)
            let before = "\(unit.name) \(unit.kind)"
            if let newName, newName != unit.name {
                // The new name may already be this unit's alias: it changes places with the old name.
                try await UnitAliasRecord.query(on: ctx.db).filter(\.$governmentID == unit.governmentID)
                    .filter(\.$alias == newName).filter(\.$unitID == unitID).delete()
                try await requireFree(newName, governmentID: unit.governmentID, on: ctx.db)
                // A proposed name already merged into another unit is that unit's alias; it stays so.
                let taken =
                    try await UnitAliasRecord.query(on: ctx.db).filter(\.$governmentID == unit.governmentID)
                    .filter(\.$alias == unit.name).count() > 0
                if !taken {
                    try await UnitAliasRecord(unitID: unitID, governmentID: unit.governmentID, alias: unit.name).create(on: ctx.db)
                }
                unit.name = newName
            }
            if let kind = change.kind { unit.kind = kind }
            // A person has now looked at it: it is part of the directory.
            unit.confirmed = true
            try await unit.save(on: ctx.db)
            try await ctx.audit(
                actor, "directory.unit.change", "unit", unitID, governmentID: unit.governmentID,
                before: before, after: "\(unit.name) \(unit.kind)")
        }
    }

    public static func addAlias(unitID: Int, alias: String, actor: Actor, in context: StoreContext) async throws {
        let alias = try cleanName(alias)
        try await context.write { ctx in
            let unit = try await editableUnit(unitID, actor: actor, on: ctx.db)
            try await requireFree(alias, governmentID: unit.governmentID, on: ctx.db)
            try await UnitAliasRecord(unitID: unitID, governmentID: unit.governmentID, alias: alias).create(on: ctx.db)
            try await ctx.audit(actor, "directory.alias.add", "unit", unitID, governmentID: unit.governmentID, after: alias)
        }
    }

    public static func removeAlias(unitID: Int, alias: String, actor: Actor, in context: StoreContext) async throws {
        try await context.write { ctx in
            let unit = try await editableUnit(unitID, actor: actor, on: ctx.db)
            guard let record = try await UnitAliasRecord.query(on: ctx.db).filter(\.$unitID == unitID).filter(\.$alias == alias).first() else {
                throw StoreError.notFound(Strings.Store.aliasNotFound)
            }
            try await record.delete(on: ctx.db)
            try await ctx.audit(actor, "directory.alias.remove", "unit", unitID, governmentID: unit.governmentID, before: alias)
        }
    }

    @discardableResult
    public static func addLeader(governmentID: Int, name: String, actor: Actor, in context: StoreContext) async throws -> Int {
        let name = try cleanName(name)
        try Guard.require(actor, .manageDirectory, .government(governmentID))
        return try await context.write { ctx in
            guard try await LeaderRecord.query(on: ctx.db).filter(\.$governmentID == governmentID).filter(\.$name == name).count() == 0 else {
                throw StoreError.conflict(Strings.Store.nameTaken(name))
            }
            let leader = LeaderRecord(governmentID: governmentID, name: name)
            try await leader.create(on: ctx.db)
            let id = try leader.requireID()
            try await ctx.audit(actor, "directory.leader.add", "leader", id, governmentID: governmentID, after: name)
            return id
        }
    }

    /// A leader's name corrected (a typo in the document): their tasks and account follow the record.
    public static func renameLeader(leaderID: Int, name: String, actor: Actor, in context: StoreContext) async throws {
        let name = try cleanName(name)
        try await context.write { ctx in
            guard let leader = try await LeaderRecord.find(leaderID, on: ctx.db) else { throw StoreError.notFound(Strings.Store.leaderNotFound) }
            try Guard.require(actor, .manageDirectory, .government(leader.governmentID))
            guard name != leader.name else { return }
            guard try await LeaderRecord.query(on: ctx.db).filter(\.$governmentID == leader.governmentID).filter(\.$name == name).count() == 0 else {
                throw StoreError.conflict(Strings.Store.nameTaken(name))
            }
            let before = leader.name
            leader.name = name
            try await leader.save(on: ctx.db)
            try await ctx.audit(
                actor, "directory.leader.rename", "leader", leaderID, governmentID: leader.governmentID,
                before: before, after: name)
        }
    }

    private static func editableUnit(_ unitID: Int, actor: Actor, on db: any Database) async throws -> UnitRecord {
        guard let unit = try await UnitRecord.find(unitID, on: db) else { throw StoreError.notFound(Strings.Store.unitNotFound) }
        try Guard.require(actor, .manageDirectory, .government(unit.governmentID))
        return unit
    }

    /// A name is one unit's: neither another unit's name nor anyone's alias.
    private static func requireFree(_ name: String, governmentID: Int, on db: any Database) async throws {
        let asUnit = try await UnitRecord.query(on: db).filter(\.$governmentID == governmentID).filter(\.$name == name).count()
        let asAlias = try await UnitAliasRecord.query(on: db).filter(\.$governmentID == governmentID).filter(\.$alias == name).count()
        guard asUnit + asAlias == 0 else { throw StoreError.conflict(Strings.Store.nameTaken(name)) }
    }

    private static func cleanName(_ name: String) throws -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.invalid(Strings.Store.nameRequired) }
        guard name.count <= 60 else { throw StoreError.invalid(Strings.Store.nameTooLong) }
        return name
    }
}
