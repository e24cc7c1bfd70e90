/// What a column of a plan table holds, recognised from its header text and synonyms.
enum ColumnRole: Sendable, Equatable {
    case number, theme, goal, subgoal, standard, leader, lead, coop, deadline
    /// A column of running text that is not the standard: 进展情况, 序时进度, 备注, 完成等次.
    case note
    case other

    static func of(header raw: String) -> ColumnRole {
        let h = ScriptFolding.simplified(raw.filter { !$0.isWhitespace && $0 != "\"" })
        if h.isEmpty { return .other }
        if h.contains("序号") || h == "编号" || h == "序" { return .number }
        if ["配合", "协办", "协同", "参与", "协助"].contains(where: h.contains) { return .coop }
        if h.contains("领导") || h.hasSuffix("责任人") || h.hasSuffix("负责人")
            || ["区长", "市长", "县长", "省长", "书记"].contains(where: h.hasSuffix)
        {
            return .leader
        }
        let unitWords = ["单位", "部门", "主体", "处室", "科室"]
        if unitWords.contains(where: h.contains) && ["牵头", "主办", "责任", "承办", "主责", "负责"].contains(where: h.contains) {
            return .lead
        }
        if unitWords.contains(h) { return .lead }
        if h.contains("时限") || h.contains("时间") || h.contains("节点") || h.contains("期限") { return .deadline }
        // 完成等次, 评定等次: a year-end account's grade of each task (完成情况对照表).
        if ["进展", "进度", "情况", "备注", "说明", "成效", "等次"].contains(where: h.contains) { return .note }
        if h.contains("类型") || h.contains("性质") { return .other }
        if ["主题", "类别", "领域", "板块"].contains(h) { return .theme }
        if h.contains("名称") || h == "重点工作" { return .goal }
        if ["标准", "内容", "任务", "事项", "措施", "目标", "要求", "举措"].contains(where: h.contains) { return .standard }
        return .other
    }

    /// Roles for a whole header row. A second `lead` column named 责任单位 beside a 牵头单位
    /// column holds the cooperating units; a header cell spanned from a 名称 cell is a sub-group.
    static func map(headers: [String], spans: [Bool]) -> [ColumnRole] {
        var roles = headers.map(of)
        for index in roles.indices where spans[index] {
            let left = roles[..<index].last { $0 != .other }
            roles[index] = (left == .goal || left == .theme) ? .subgoal : .other
        }
        let leads = roles.indices.filter { roles[$0] == .lead }
        if leads.count > 1 {
            for index in leads.dropFirst() where headers[index].contains("责任") || headers[index].contains("責任") { roles[index] = .coop }
        }
        // No standard column: the last name column holds the work (序号 | 重点工作 | 责任单位).
        if !roles.contains(.standard), let last = roles.lastIndex(of: .goal) { roles[last] = .standard }
        let goals = roles.indices.filter { roles[$0] == .goal }
        if goals.count > 1, !roles.contains(.theme) { roles[goals[0]] = .theme }
        // Two standard columns (目标任务 | 工作措施): the first names the goal, the second is the standard.
        let standards = roles.indices.filter { roles[$0] == .standard }
        if standards.count > 1, !roles.contains(.goal) { roles[standards[0]] = .goal }
        return roles
    }
}
