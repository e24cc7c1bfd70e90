/// A heading that names the leader of every item under it: `一、于会游市长主抓重点工作`,
/// `孙益锋副区长牵头负责的工作`, `区长负责的工作`. The heading stays in the path as printed.
enum LeaderHeading {
    static let titles = [
        "常务副省长", "副省长", "省长", "常务副市长", "副市长", "市长", "常务副区长", "副区长", "区长",
        "常务副县长", "副县长", "县长", "副州长", "州长", "副旗长", "旗长", "副镇长", "镇长", "副乡长", "乡长",
        "副秘书长", "秘书长", "副主任", "主任", "书记",
    ]

    /// The leaders the heading names, or nil when it is not a leader heading.
    static func leaders(_ compact: String) -> [String]? {
        // A heading is short and names a title: most lines are neither, and skip the pattern.
        guard compact.unicodeScalars.count <= 40, compact.unicodeScalars.contains(where: { "长記记任長".unicodeScalars.contains($0) }),
            let last = compact.unicodeScalars.last, "作务项单责头抓管系".unicodeScalars.contains(last)
        else { return nil }
        let text = ScriptFolding.simplified(compact)
        let pattern = #"^(.{0,12}?)(同志)?("# + titles.joined(separator: "|") + #")(同志)?(主抓|牵头负责|牵头抓|牵头|负责|分管|联系|主管)的?(重点)?(工作|任务|事项)?(清单)?$"#
        guard let match = Deadline.firstMatch(pattern, in: text) else { return nil }
        let who = Array(compact)[0..<match[0].count]
        let names = NameText.splitNames(String(who)).filter { $0.count >= 2 && $0.count <= 4 && $0.allSatisfy(LeaderNames.isHan) }
        if !names.isEmpty { return names }
        return match[0].isEmpty ? [match[2]] : nil
    }

    /// `…(牵头领导:成坤、柯相国、王俊)` closing a group title: the title without it, and the names.
    static func trailingLeaders(_ compact: String) -> (title: String, leaders: [String])? {
        guard let close = compact.last, close == ")" || close == "）",
            let open = ResponsibilityText.matchingOpen(Substring(compact))
        else { return nil }
        let inner = String(compact[compact.index(after: open)..<compact.index(before: compact.endIndex)])
        // Only leaders: `（责任领导：陈刚；牵头单位：区商务局）` closes a task, not a group title.
        guard let assignment = ResponsibilityText.labelledClauses(inner), !assignment.leaders.isEmpty, !assignment.hasUnits
        else { return nil }
        return (String(compact[..<open]), assignment.leaders)
    }
}
