import DubanCore
import FluentKit

/// Lists as `Permissions.scope` fences them: the one place a reader's rows are chosen.
public enum Scoped {
    /// Plans the actor may see, newest year first.
    public static func plans(for actor: Actor?, on db: any Database) async throws -> [PlanEntry] {
        let scope = Permissions.scope(actor)
        guard !scope.isEmpty else { return [] }
        var query = PlanRecord.query(on: db).sort(\.$year, .descending).sort(\.$id)
        if let governmentID = scope.governmentID { query = query.filter(\.$governmentID == governmentID) }
        if !scope.includesDrafts { query = query.filter(\.$status == PlanStatus.published.rawValue) }
        return try await query.all().map(PlanEntry.init)
    }

    /// Governments the actor works in: the city administrator's are all of them.
    public static func governments(for actor: Actor?, on db: any Database) async throws -> [GovernmentEntry] {
        let scope = Permissions.scope(actor)
        guard actor != nil, !scope.isEmpty else { return [] }
        var query = GovernmentRecord.query(on: db).sort(\.$id)
        if let governmentID = scope.governmentID { query = query.filter(\.$id == governmentID) }
        return try await query.all().map { GovernmentEntry(id: $0.id ?? 0, name: $0.name, parentID: $0.parentID) }
    }

    /// Accounts the actor manages: refused unless it may manage accounts at all.
    public static func accounts(for actor: Actor, governmentID: Int? = nil, on db: any Database) async throws -> [AccountEntry] {
        let scope = Permissions.scope(actor)
        let government = scope.governmentID ?? governmentID
        try Guard.require(actor, .manageAccounts, .government(government ?? actor.governmentID))
        var query = AccountRecord.query(on: db).sort(\.$id)
        if let government { query = query.filter(\.$governmentID == government) }
        return try await query.all().map(AccountEntry.init)
    }
}

public struct GovernmentEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var name: String
    /// The government above it, if the administrator set one.
    public var parentID: Int?
}

extension DirectoryListing {
    /// A government's name, for an import to read its plan against, or an open-data header.
    public static func governmentName(_ governmentID: Int, on db: any Database) async throws -> String? {
        try await GovernmentRecord.find(governmentID, on: db)?.name
    }
}
