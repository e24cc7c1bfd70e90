/// One list of responsible units, as a 责任单位 column or line prints it: a unit marked
/// `（牵头）` leads; with no mark, the first listed leads and the rest cooperate
/// (排在第一位的为牵头单位).
enum ResponsibleList {
    static let leadMarks = ["（牵头）", "(牵头)", "（牵头单位）", "(牵头单位)", "（主办）", "(主办)", "（总牵头）", "(总牵头)", "（牽頭）", "(牽頭)"]

    /// The name without a lead mark, and whether it had one.
    static func unmarked(_ name: String) -> (name: String, lead: Bool) {
        for mark in leadMarks where name.hasSuffix(mark) && name.count > mark.count {
            return (String(name.dropLast(mark.count)), true)
        }
        return (name, false)
    }

    static func split(_ names: [String]) -> (lead: [String], coop: [String], byPosition: Bool) {
        let read = names.map(unmarked)
        if read.contains(where: \.lead) {
            return (read.filter(\.lead).map(\.name), read.filter { !$0.lead }.map(\.name), false)
        }
        guard let first = read.first else { return ([], [], false) }
        return ([first.name], read.dropFirst().map(\.name), read.count > 1)
    }
}
