import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The directory as readers get it: values, not records, each list checked and fenced here.
public struct UnitEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var governmentID: Int
    public var name: String
    public var kind: String
    public var confirmed: Bool
    public var aliases: [String]
}

public struct LeaderEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var governmentID: Int
    public var name: String
}

public enum DirectoryListing {
    /// A government's units with their aliases, for anyone who may read its plans.
    public static func units(governmentID: Int, actor: Actor?, on db: any Database) async throws -> [UnitEntry] {
        try Guard.require(actor, .readPlan, .government(governmentID))
        let aliases = Dictionary(
            grouping: try await UnitAliasRecord.query(on: db).filter(\.$governmentID == governmentID).sort(\.$alias).all(),
            by: \.unitID)
        return try await UnitRecord.query(on: db).filter(\.$governmentID == governmentID).sort(\.$name).all().map {
            entry($0, aliases: aliases[$0.id ?? 0, default: []].map(\.alias))
        }
    }

    public static func leaders(governmentID: Int, actor: Actor?, on db: any Database) async throws -> [LeaderEntry] {
        try Guard.require(actor, .readPlan, .government(governmentID))
        return try await LeaderRecord.query(on: db).filter(\.$governmentID == governmentID).sort(\.$id).all()
            .map { LeaderEntry(id: $0.id ?? 0, governmentID: $0.governmentID, name: $0.name) }
    }

    /// One unit for the office that keeps the directory.
    public static func unitToManage(_ unitID: Int, actor: Actor, on db: any Database) async throws -> UnitEntry {
        guard let unit = try await UnitRecord.find(unitID, on: db) else { throw StoreError.notFound(Strings.Web.notFound) }
        try Guard.require(actor, .manageDirectory, .government(unit.governmentID))
        let aliases = try await UnitAliasRecord.query(on: db).filter(\.$unitID == unitID).sort(\.$alias).all().map(\.alias)
        return entry(unit, aliases: aliases)
    }

    /// A unit or leader named in a list page's title, for whoever may read its government's plans.
    public static func unit(_ unitID: Int, actor: Actor?, on db: any Database) async throws -> UnitEntry {
        guard let unit = try await UnitRecord.find(unitID, on: db) else { throw StoreError.notFound(Strings.Web.notFound) }
        try Guard.require(actor, .readPlan, .government(unit.governmentID))
        return entry(unit, aliases: [])
    }

    public static func leader(_ leaderID: Int, actor: Actor?, on db: any Database) async throws -> LeaderEntry {
        guard let leader = try await LeaderRecord.find(leaderID, on: db) else { throw StoreError.notFound(Strings.Web.notFound) }
        try Guard.require(actor, .readPlan, .government(leader.governmentID))
        return LeaderEntry(id: leader.id ?? 0, governmentID: leader.governmentID, name: leader.name)
    }

    static func entry(_ unit: UnitRecord, aliases: [String]) -> UnitEntry {
        UnitEntry(id: unit.id ?? 0, governmentID: unit.governmentID, name: unit.name, kind: unit.kind, confirmed: unit.confirmed, aliases: aliases)
    }
}
