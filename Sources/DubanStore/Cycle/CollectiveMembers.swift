import DubanCore
import DubanStrings
import FluentKit
import Foundation

/// The office says which units a collective name stands for. `相关街道` or `安委会成员单位`
/// mean nothing to a rule, and an office may also narrow `各街道` for its own district. The
/// units it names replace the rule's; naming none hands the name back to the rule.
public enum CollectiveMembers {
    public static let maxMembers = 300

    public struct Membership: Sendable, Codable, Equatable {
        public struct Member: Sendable, Codable, Equatable {
            public var id: Int
            public var name: String
        }

        public var collectiveID: Int
        public var name: String
        /// `rule`: the directory's kinds decide; `office`: the office named them; `unnamed`: a
        /// vague name nobody has resolved, so its tasks reach no unit.
        public var source: String
        public var members: [Member]
        /// Every single unit of the government, for the office to choose from.
        public var candidates: [Member]
    }

    /// Who the collective stands for now, for the office that keeps the directory.
    public static func membership(of collectiveID: Int, actor: Actor, on db: any Database) async throws -> Membership {
        let collective = try await collectiveUnit(collectiveID, on: db)
        try Guard.require(actor, .manageDirectory, .government(collective.governmentID))
        let named = try await UnitMemberRecord.query(on: db).filter(\.$collectiveID == collectiveID).count() > 0
        let ids = Set(try await CollectiveExpansion.members(of: [collectiveID], governmentID: collective.governmentID, on: db)[collectiveID] ?? [])
        let units = try await UnitRecord.query(on: db).filter(\.$governmentID == collective.governmentID).sort(\.$name).all()
        let members = units.filter { ids.contains($0.id ?? -1) }.map { Membership.Member(id: $0.id ?? 0, name: $0.name) }
        let source = named ? "office" : (members.isEmpty ? "unnamed" : "rule")
        let candidates = units.filter { !isCollective($0) }.map { Membership.Member(id: $0.id ?? 0, name: $0.name) }
        return Membership(collectiveID: collectiveID, name: collective.name, source: source, members: members, candidates: candidates)
    }

    /// Replaces the units the office names for a collective; audited with both lists.
    public static func name(collectiveID: Int, memberIDs: [Int], actor: Actor, in context: StoreContext) async throws {
        let wanted = Set(memberIDs)
        guard wanted.count <= maxMembers else { throw StoreError.invalid(Strings.Store.tooManyMembers(maxMembers)) }
        try await context.write { ctx in
            let collective = try await collectiveUnit(collectiveID, on: ctx.db)
            try Guard.require(actor, .manageDirectory, .government(collective.governmentID))
            let units = try await UnitRecord.query(on: ctx.db).filter(\.$governmentID == collective.governmentID).all()
            // An id from elsewhere answers like a missing one; a collective inside a collective is refused.
            let known = Set(units.compactMap(\.id))
            guard wanted.isSubset(of: known) else { throw StoreError.notFound(Strings.Store.memberNotInDirectory) }
            let eligible = Dictionary(uniqueKeysWithValues: units.filter { !isCollective($0) }.compactMap { unit in unit.id.map { ($0, unit.name) } })
            guard wanted.allSatisfy({ eligible[$0] != nil }) else { throw StoreError.conflict(Strings.Store.memberNotInDirectory) }
            let existing = try await UnitMemberRecord.query(on: ctx.db).filter(\.$collectiveID == collectiveID).all()
            let before = Set(existing.map(\.memberID))
            guard before != wanted else { return }
            try await UnitMemberRecord.query(on: ctx.db).filter(\.$collectiveID == collectiveID).delete()
            for id in wanted.sorted() { try await UnitMemberRecord(collectiveID: collectiveID, memberID: id).create(on: ctx.db) }
            let names = { (ids: Set<Int>) in ids.compactMap { eligible[$0] }.sorted().joined(separator: "、") }
            try await ctx.audit(
                actor, "directory.unit.members", "unit", collectiveID, governmentID: collective.governmentID,
                before: names(before), after: names(wanted))
        }
    }

    static func isCollective(_ unit: UnitRecord) -> Bool { isCollective(name: unit.name, kind: unit.kind) }

    public static func isCollective(name: String, kind: String) -> Bool {
        kind == "collective" || CollectiveRules.target(of: name) != nil
    }

    private static func collectiveUnit(_ id: Int, on db: any Database) async throws -> UnitRecord {
        guard let unit = try await UnitRecord.find(id, on: db) else { throw StoreError.notFound(Strings.Store.unitNotFound) }
        guard isCollective(unit) else { throw StoreError.conflict(Strings.Store.notACollective(unit.name)) }
        return unit
    }
}
