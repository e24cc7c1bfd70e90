import DubanCore
import FluentKit

/// Names → ids for one government during an import; unknown names become proposed records.
struct DirectoryCache {
    let governmentID: Int
    var units: [String: Int] = [:]
    var leaders: [String: Int] = [:]
    var proposedUnits: [String] = []
    var proposedLeaders: [String] = []

    static func load(governmentID: Int, on db: any Database) async throws -> DirectoryCache {
        var cache = DirectoryCache(governmentID: governmentID)
        for unit in try await UnitRecord.query(on: db).filter(\.$governmentID == governmentID).all() {
            cache.units[unit.name] = try unit.requireID()
            cache.names[try unit.requireID()] = unit.name
        }
        for alias in try await UnitAliasRecord.query(on: db).filter(\.$governmentID == governmentID).all() {
            cache.units[alias.alias] = alias.unitID
        }
        for leader in try await LeaderRecord.query(on: db).filter(\.$governmentID == governmentID).all() {
            cache.leaders[leader.name] = try leader.requireID()
        }
        return cache
    }

    /// id → the unit's own name (not an alias).
    var names: [Int: String] = [:]

    mutating func unit(named name: String, on db: any Database) async throws -> Int {
        if let id = units[name] { return id }
        let record = UnitRecord(governmentID: governmentID, name: name, kind: UnitKind.of(name).rawValue)
        record.confirmed = false
        try await record.create(on: db)
        let id = try record.requireID()
        units[name] = id
        proposedUnits.append(name)
        return id
    }

    mutating func leader(named name: String, on db: any Database) async throws -> Int {
        if let id = leaders[name] { return id }
        let record = LeaderRecord(governmentID: governmentID, name: name)
        try await record.create(on: db)
        let id = try record.requireID()
        leaders[name] = id
        proposedLeaders.append(name)
        return id
    }
}
