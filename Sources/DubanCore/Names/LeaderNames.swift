/// What a leader's entry looks like: a person's name (`曹 雷`) or a title (`全体区长`).
public enum LeaderNames {
    static let titles = [
        "区长", "副区长", "常务副区长", "全体区长", "书记", "区委书记", "主任", "市长", "副市长",
        "县长", "副县长", "镇长", "全体区领导", "区领导", "分管区长", "分管副区长", "各副区长",
    ]

    public static func isTitle(_ name: String) -> Bool {
        titles.contains(name) || (name.count <= 6 && (name.hasSuffix("区长") || name.hasSuffix("市长") || name.hasSuffix("县长")))
    }

    /// A person's name: two to four Han characters, none of a unit's endings.
    public static func looksLikePersonName(_ raw: String) -> Bool {
        let name = NameText.removingWhitespace(raw)
        guard (2...4).contains(name.count), name.allSatisfy(isHan) else { return false }
        if UnitNames.hasUnitSuffix(name) || UnitNames.isCollective(name) { return false }
        return name.count <= 3 || raw.contains(" ")
    }

    public static func looksLikeLeaderLine(_ line: String) -> Bool {
        let name = NameText.removingWhitespace(line)
        return isTitle(name) || looksLikePersonName(line)
    }

    /// Leaders in a cell: one per line or separated by 、; inner spaces removed (`曹 雷` → `曹雷`).
    public static func split(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0.isNewline || NameText.separators.contains($0) })
            .map { NameText.removingWhitespace(String($0)) }
            .filter { !$0.isEmpty }
    }

    static func isHan(_ char: Character) -> Bool {
        char.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
