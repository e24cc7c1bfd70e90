import DubanCore
import FluentKit
import Foundation

/// What a collective name on a task (`各街道`, `区各有关部门`) stands for in a government's
/// directory: the units of the kind it names (`CollectiveRules`). A unit holds the task through
/// it as if named, in its list, in the assessment, in what it is sent. A name only a person can
/// resolve (`相关街道`, `安委会成员单位`) stands for no one until the office names its units.
public enum CollectiveExpansion {
    public struct Holder: Sendable, Equatable {
        public var taskID: Int
        public var unitID: Int
        /// `lead` or `coop`, as the collective was.
        public var role: String
        /// The collective name it came through; nil when the unit is named itself.
        public var through: Int?
    }

    /// Collective unit id → the ids of the units it stands for, among `unitIDs`' collectives:
    /// the units the office named (`CollectiveMembers`), else those its rule picks.
    public static func members(of unitIDs: Set<Int>, governmentID: Int, on db: any Database) async throws -> [Int: [Int]] {
        guard !unitIDs.isEmpty else { return [:] }
        let asked = try await UnitRecord.query(on: db).filter(\.$governmentID == governmentID).filter(\.$id ~~ unitIDs).all()
        return try await members(ofCollectives: asked.filter(CollectiveMembers.isCollective), governmentID: governmentID, on: db)
    }

    /// The same for collective records already loaded. Most tasks name no collective, and a
    /// collective the office named needs no rule: the directory is read only when a rule picks.
    static func members(ofCollectives asked: [UnitRecord], governmentID: Int, on db: any Database) async throws -> [Int: [Int]] {
        guard !asked.isEmpty else { return [:] }
        let named = Dictionary(
            grouping: try await UnitMemberRecord.query(on: db).filter(\.$collectiveID ~~ Set(asked.compactMap(\.id))).all(),
            by: \.collectiveID
        ).mapValues { $0.map(\.memberID).sorted() }
        var directory: [UnitRecord]?
        var out: [Int: [Int]] = [:]
        for unit in asked {
            guard let id = unit.id else { continue }
            if let chosen = named[id] {
                out[id] = chosen
                continue
            }
            guard let target = CollectiveRules.target(of: unit.name) else {
                out[id] = []
                continue
            }
            if directory == nil { directory = try await UnitRecord.query(on: db).filter(\.$governmentID == governmentID).all() }
            out[id] = (directory ?? []).filter { member in
                guard member.id != id, member.kind != UnitKind.collective.rawValue, let kind = UnitKind(rawValue: member.kind) else { return false }
                return CollectiveRules.includes(target, kind: kind, name: member.name)
            }.compactMap(\.id)
        }
        return out
    }

    /// The units a message to `unitIDs` reaches: named units themselves, collectives through
    /// their members (an urging to 各街道 is read in each 街道).
    public static func reach(_ unitIDs: Set<Int>, on db: any Database) async throws -> Set<Int> {
        guard !unitIDs.isEmpty else { return [] }
        // Most messages go to named units: only collectives cost the directory read.
        let units = try await UnitRecord.query(on: db).filter(\.$id ~~ unitIDs).all().filter(CollectiveMembers.isCollective)
        var out = unitIDs
        for (government, inGovernment) in Dictionary(grouping: units, by: \.governmentID) {
            let members = try await self.members(ofCollectives: inGovernment, governmentID: government, on: db)
            for list in members.values { out.formUnion(list) }
        }
        return out
    }

    /// Every unit holding each link: named units as they are, collectives by their members. A
    /// unit named itself keeps its own role where a collective would give it another.
    public static func holders(_ links: [TaskUnitRecord], governmentID: Int, on db: any Database) async throws -> [Holder] {
        let members = try await self.members(of: Set(links.map(\.unitID)), governmentID: governmentID, on: db)
        var named = Set<String>()
        var out: [Holder] = []
        for link in links where members[link.unitID] == nil {
            named.insert("\(link.taskID)-\(link.unitID)")
            out.append(Holder(taskID: link.taskID, unitID: link.unitID, role: link.role, through: nil))
        }
        for link in links {
            for member in members[link.unitID] ?? [] where named.insert("\(link.taskID)-\(member)").inserted {
                out.append(Holder(taskID: link.taskID, unitID: member, role: link.role, through: link.unitID))
            }
        }
        return out
    }

    /// The collective units of `unitID`'s government that stand for it: those the office named it
    /// in, and those whose rule takes it where the office named no one.
    public static func collectives(including unitID: Int, on db: any Database) async throws -> [Int] {
        guard let unit = try await UnitRecord.find(unitID, on: db), let kind = UnitKind(rawValue: unit.kind) else { return [] }
        let units = try await UnitRecord.query(on: db).filter(\.$governmentID == unit.governmentID).all()
        let collectiveIDs = Set(units.filter(CollectiveMembers.isCollective).compactMap(\.id))
        let memberships = try await UnitMemberRecord.query(on: db).filter(\.$collectiveID ~~ collectiveIDs).all()
        let namedByOffice = Set(memberships.map(\.collectiveID))
        let namedHere = Set(memberships.filter { $0.memberID == unitID }.map(\.collectiveID))
        return units.filter { other in
            guard let id = other.id, collectiveIDs.contains(id) else { return false }
            if namedByOffice.contains(id) { return namedHere.contains(id) }
            guard let target = CollectiveRules.target(of: other.name) else { return false }
            return CollectiveRules.includes(target, kind: kind, name: unit.name)
        }.compactMap(\.id)
    }
}
