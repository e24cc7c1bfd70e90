/// What sort of body a unit is; decides which collective names it belongs to.
public enum UnitKind: String, Sendable, Codable, CaseIterable {
    case department
    case town
    case park
    case company
    case other
    /// A name that stands for several units (各街道, 相关部门), expanded by `CollectiveRules`.
    case collective

    /// What the directory records for a name it has not seen: a collective, the kind the
    /// name's shape suggests, or `other`; an office can correct it.
    public static func of(_ name: String) -> UnitKind {
        UnitNames.isCollective(name) ? .collective : classify(name) ?? .other
    }

    /// The kind a name's shape suggests, or nil when it looks like no unit at all.
    public static func classify(_ name: String) -> UnitKind? {
        let core = UnitNameText.main(UnitNameText.key(name))
        guard core.count >= 2 else { return nil }
        let bare = core.hasPrefix("区委") ? String(core.dropFirst(2)) : core.hasPrefix("区") ? String(core.dropFirst()) : core
        if otherNames.contains(bare) || otherNames.contains(core) || otherEndings.contains(where: core.hasSuffix) { return .other }
        if companyEndings.contains(where: core.hasSuffix) { return .company }
        if townEndings.contains(where: core.hasSuffix) { return .town }
        if parkEndings.contains(where: core.hasSuffix) { return .park }
        if departmentEndings.contains(where: core.hasSuffix) { return .department }
        return nil
    }

    // Mass organisations: their names end like departments (团委, 总工会) but they are not.
    static let otherNames: Set<String> = [
        "团委", "团区委", "共青团", "总工会", "妇联", "残联", "工商联", "科协", "侨联", "文联",
        "社科联", "红十字会", "关工委", "台办", "慈善总会",
    ]
    static let otherEndings = ["联合会", "商会", "协会", "总会"]
    static let companyEndings = ["集团", "公司", "城发", "城投", "控股", "城建"]
    static let townEndings = ["街道", "镇", "乡"]
    static let parkEndings = ["开发区", "经开区", "高新区", "高新园", "园区", "新区", "度假区", "产业园", "科技城", "园"]
    static let departmentEndings = [
        "局", "委", "办", "部", "院", "中心", "队", "所", "处", "室", "站", "厅", "指挥部", "公署",
        "委员会", "办公室", "法院", "检察院",
    ]
}
