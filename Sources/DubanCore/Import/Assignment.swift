/// What the document says about who does an item, before the reading rules apply: units named
/// as lead (牵头单位, X牵头, 主办), as cooperating (配合单位, Y配合, 按职责分工负责), or only as
/// responsible (责任单位, X负责), whose split the document leaves to a rule.
struct Assignment: Sendable, Equatable {
    var leaders: [String] = []
    var lead: [String] = []
    var coop: [String] = []
    var responsible: [String] = []
    var deadline: [String] = []
    /// A rule printed inside a list (`列第一位者为牵头或汇总单位，下同`), as printed.
    var rule: String?
    /// The statement was cut off (an unclosed parenthesis at the end of the file).
    var truncated = false

    var isEmpty: Bool { leaders.isEmpty && lead.isEmpty && coop.isEmpty && responsible.isEmpty && deadline.isEmpty }
    var hasUnits: Bool { !lead.isEmpty || !coop.isEmpty || !responsible.isEmpty }

    mutating func merge(_ other: Assignment) {
        leaders += other.leaders
        lead += other.lead
        coop += other.coop
        responsible += other.responsible
        deadline += other.deadline
        rule = rule ?? other.rule
        truncated = truncated || other.truncated
    }

    /// The units as the plan records them. A list named only as responsible gives its first unit
    /// the lead and the rest cooperate (排在第一位的为牵头单位); beside a named lead it cooperates.
    func units() -> (lead: [String], coop: [String], byPosition: Bool) {
        if !lead.isEmpty { return (lead.map { ResponsibleList.unmarked($0).name }, coop + responsible, false) }
        guard !responsible.isEmpty else { return ([], coop, false) }
        let read = ResponsibleList.split(responsible)
        return (read.lead, read.coop + coop, read.byPosition)
    }
}
