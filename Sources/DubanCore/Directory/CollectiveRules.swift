/// What a collective name (`各街道`, `区各有关部门`, `相关板块`) stands for.
public enum CollectiveTarget: String, Sendable, Codable, Equatable {
    /// Every 街道.
    case streets
    /// Every 镇 and 乡.
    case townships
    /// Every 镇, 乡 and 街道.
    case townsAndStreets
    /// Every 镇, 街道 and park (板块).
    case territories
    case parks
    case departments
    /// Departments and the mass organisations (团委, 妇联 …).
    case departmentsAndOthers
    /// Some of a set (相关, 有关): only a person can say which.
    case someOf
    /// A body's members (安委会成员单位, 各工作组): the directory file must list them.
    case membership
}

public enum CollectiveRules {
    /// Is this printed name a collective, and what does it stand for? nil for a single unit.
    public static func target(of name: String) -> CollectiveTarget? {
        let key = UnitNameText.key(name)
        if key.hasSuffix("成员单位") || key.hasSuffix("各工作组") || key.hasSuffix("各小组") { return .membership }
        var rest = key
        for prefix in ["区政府", "区级", "全区", "区委", "区"] where rest.hasPrefix(prefix) && rest.count > prefix.count + 1 {
            rest = String(rest.dropFirst(prefix.count))
            break
        }
        if rest.hasPrefix("相关") || rest.hasPrefix("有关") || rest.hasPrefix("其他") || rest.hasPrefix("其它") { return .someOf }
        guard rest.hasPrefix("各") else {
            return UnitNames.isCollective(key) ? .someOf : nil
        }
        var what = String(rest.dropFirst())
        for word in ["有关", "相关", "直属"] where what.hasPrefix(word) { what = String(what.dropFirst(word.count)) }
        switch what {
        case "街道": return .streets
        case "镇", "乡镇", "乡": return .townships
        case "镇街", "镇(街道)", "镇、街道", "镇街道": return .townsAndStreets
        case "板块", "地区", "辖市区": return .territories
        case "园区": return .parks
        case "部门", "组成部门", "办局", "委办局", "职能部门", "局办", "部委办局", "机关部门": return .departments
        case "单位", "机关单位", "部门单位", "部门和单位": return .departmentsAndOthers
        default: return .someOf
        }
    }

    /// Does a unit of this kind and name belong to the target?
    public static func includes(_ target: CollectiveTarget, kind: UnitKind, name: String) -> Bool {
        let main = UnitNameText.main(UnitNameText.key(name))
        switch target {
        case .streets: return kind == .town && main.hasSuffix("街道")
        case .townships: return kind == .town && !main.hasSuffix("街道")
        case .townsAndStreets: return kind == .town
        case .territories: return kind == .town || kind == .park
        case .parks: return kind == .park
        case .departments: return kind == .department
        case .departmentsAndOthers: return kind == .department || kind == .other
        case .someOf, .membership: return false
        }
    }
}
