import DubanCore
import Fluent
import Foundation

/// What a collective name on a task (`各街道`, `区各有关部门`) stands for in a government's
/// directory: the units of the kind it names (`CollectiveRules`). A unit holds the task through
/// it as if named, in its list, in the assessment. A name only a person can resolve (`相关街道`,
/// `安委会成员单位`) stands for no one until the office names its units.
public enum CollectiveExpansion {
    public struct Holder: Sendable, Equatable {
        public var taskID: Int
        public var unitID: Int
        /// `lead` or `coop`, as the collective was.
        public var role: String
        /// The collective name it came through; nil when the unit is named itself.
        public var through: Int?
    }

    /// Collective unit id → the ids of the units it stands for, among `unitIDs`' collectives.
    public static func members(of unitIDs: Set<Int>, governmentID: Int, on db: any Database) async throws -> [Int: [Int]] {
        let units = try await UnitRecord.query(on: db).filter(\.$governmentID == governmentID).all()
        var out: [Int: [Int]] = [:]
        for unit in units where unitIDs.contains(unit.id ?? -1) {
            guard let id = unit.id, let target = CollectiveRules.target(of: unit.name) else { continue }
            out[id] = units.filter { member in
                guard member.id != id, member.kind != "collective", let kind = UnitKind(rawValue: member.kind) else { return false }
                return CollectiveRules.includes(target, kind: kind, name: member.name)
            }.compactMap(\.id)
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

    /// The collective units of `governmentID` that stand for `unitID`.
    public static func collectives(including unitID: Int, on db: any Database) async throws -> [Int] {
        guard let unit = try await UnitRecord.find(unitID, on: db), let kind = UnitKind(rawValue: unit.kind) else { return [] }
        let units = try await UnitRecord.query(on: db).filter(\.$governmentID == unit.governmentID).all()
        return units.filter { other in
            guard let target = CollectiveRules.target(of: other.name) else { return false }
            return CollectiveRules.includes(target, kind: kind, name: unit.name)
        }.compactMap(\.id)
    }
}
