/// What a unit name looks like: its endings and the collective names that stand for sets.
public enum UnitNames {
    /// Endings of unit names (局, 镇, 街道 …). A fragment with none of them is probably a name
    /// wrapped over two lines.
    static let suffixes = [
        "局", "镇", "乡", "街道", "区", "委", "办", "会", "队", "团", "院", "部", "中心", "集团", "公司", "所", "站",
        "联", "园", "室", "组", "处", "社", "厅", "馆", "台", "行", "部门", "单位", "板块", "城发", "监委",
        "小组", "成员单位", "科", "场", "校", "政府", "协", "海关", "银行", "支行", "分行",
    ]

    /// Endings that look like a unit's but name places or projects (`老旧小区`, `示范区`).
    static let placeEndings = [
        "小区", "景区", "示范区", "先行区", "先导区", "实验区", "样板区", "功能区", "城区", "辖区",
        "全区", "校区", "院区", "片区", "试验区", "园区", "商圈", "广场",
    ]

    /// Collective names as printed, standing for a set of units the directory resolves.
    static let collectivePrefixes = ["各", "相关", "有关", "区各", "区相关", "区有关", "区政府各", "全区各", "其他"]

    public static func hasUnitSuffix(_ name: String) -> Bool {
        let core = Array(stripParenthetical(name).unicodeScalars)
        guard core.count >= 2 else { return false }
        if placeScalars.contains(where: { core.ends(with: $0) }) { return false }
        return suffixScalars.contains { core.ends(with: $0) }
    }

    // Compared as scalars: String.hasSuffix's Character matching made this the import's hot spot.
    private static let suffixScalars = suffixes.map { Array($0.unicodeScalars) }
    private static let placeScalars = placeEndings.map { Array($0.unicodeScalars) }

    public static func isCollective(_ name: String) -> Bool {
        let core = stripParenthetical(name)
        return collectivePrefixes.contains { core.hasPrefix($0) } || core.hasSuffix("成员单位")
    }

    /// `农业农村局（水利局）` → `农业农村局`: the alias in brackets does not decide the shape.
    static func stripParenthetical(_ name: String) -> String {
        guard name.contains(where: { $0 == "(" || $0 == "（" }) else { return name }
        var out = ""
        var depth = 0
        for char in name {
            if char == "(" || char == "（" {
                depth += 1
                continue
            }
            if char == ")" || char == "）" {
                depth = max(0, depth - 1)
                continue
            }
            if depth == 0 { out.append(char) }
        }
        return out.isEmpty ? name : out
    }

    /// One name with a unit's shape: an ending such as 局 or 街道, or a collective (`各街道`),
    /// in either script.
    public static func looksLikeUnit(_ name: String) -> Bool {
        let folded = ScriptFolding.simplified(name)
        return hasUnitSuffix(folded) || isCollective(folded) || folded.contains(Character("各"))
    }

    /// Does this line look like a unit (or a list of units) rather than a title or a person?
    public static func looksLikeUnitLine(_ line: String) -> Bool {
        let text = NameText.removingWhitespace(line)
        if text.isEmpty { return false }
        if text.contains(where: { NameText.separators.contains($0) }) { return true }
        if NameText.startsWithParenthesis(text) && text.count <= 12 { return true }
        return hasUnitSuffix(text) || isCollective(text)
    }
}

extension Array where Element == Unicode.Scalar {
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
