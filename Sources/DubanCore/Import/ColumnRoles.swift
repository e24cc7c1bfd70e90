/// What a column of a plan table holds, recognised from its header text and synonyms.
enum ColumnRole: Sendable, Equatable {
    case number, theme, goal, subgoal, standard, leader, lead, coop, deadline, other

    static func of(header raw: String) -> ColumnRole {
        let h = raw.filter { !$0.isWhitespace }
        if h.isEmpty { return .other }
        if h.contains("序号") || h == "编号" { return .number }
        if h.contains("配合") || h.contains("协办") || h.contains("协同") { return .coop }
        if h.contains("领导") { return .leader }
        if (h.contains("单位") || h.contains("部门")) && ["牵头", "主办", "责任", "承办", "主责"].contains(where: h.contains) {
            return .lead
        }
        if h.contains("时限") || h.contains("时间") || h.contains("节点") || h.contains("期限") { return .deadline }
        if ["主题", "类别", "领域", "板块"].contains(h) { return .theme }
        if h.contains("名称") { return .goal }
        if ["标准", "内容", "任务", "事项", "措施"].contains(where: h.contains) { return .standard }
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
            for index in leads.dropFirst() where headers[index].contains("责任") { roles[index] = .coop }
        }
        let goals = roles.indices.filter { roles[$0] == .goal }
        if goals.count > 1, !roles.contains(.theme) { roles[goals[0]] = .theme }
        return roles
    }
}
