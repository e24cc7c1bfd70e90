import DubanStrings
import Foundation

/// Drafts the month's bulletin from the tasks' lights: pure, so the same month gives the same
/// draft, and the office's edits to the two paragraphs are the only hand in it.
public enum BulletinDrafter {
    /// A task excerpt longer than this is cut (characters).
    public static let excerptLength = 40
    /// How many units the summary names for their red tasks.
    static let redUnitsNamed = 3

    public static func draft(_ input: BulletinInput) -> Bulletin {
        typealias BulletinText = Strings.Bulletin
        let tasks = input.tasks
        var counts = Dictionary(uniqueKeysWithValues: Light.allCases.map { ($0.rawValue, 0) })
        for task in tasks { counts[effectiveLight(task).rawValue, default: 0] += 1 }

        var changes: [String: Int] = [:]
        if !input.previousLights.isEmpty {
            var before = Dictionary(uniqueKeysWithValues: Light.allCases.map { ($0.rawValue, 0) })
            for light in input.previousLights.values { before[light.rawValue, default: 0] += 1 }
            for light in Light.allCases { changes[light.rawValue] = counts[light.rawValue]! - before[light.rawValue]! }
        }

        let units = rankedUnits(tasks, unrankable: input.unrankable, minimum: input.minimumToRank)
        let open = tasks.filter { !$0.closed }
        func listed(_ family: LightCause.Family) -> [BulletinTask] {
            let picked = open.filter { $0.causes.contains { $0.family == family } }
            return picked.filter { $0.light == .red } + picked.filter { $0.light != .red }
        }
        let lagging = listed(.progress)
        let late = listed(.reporting)
        let missing = listed(.missing)
        let overdue = tasks.filter { $0.overdue && !$0.closed }
        let urged = tasks.filter(\.urgedThisMonth)

        // The summary: which round and when its figures were read, the counts, the share on
        // track, the month's changes, then what needs naming.
        let count = { (light: Light) in counts[light.rawValue] ?? 0 }
        var summary = BulletinText.summaryRound(month: input.month, due: monthDay(input.roundDue), cutoff: monthDay(input.cutoff))
        summary += BulletinText.summaryCounts(
            total: tasks.count, green: count(.green), yellow: count(.yellow), red: count(.red),
            done: count(.done), pending: count(.pending))
        let assessed = tasks.count - count(.pending)
        if assessed > 0 {
            let rate = 100 * Double(count(.green) + count(.done)) / Double(assessed)
            summary += BulletinText.summaryRate(Strings.Supervision.percent(rate))
        }
        if !changes.isEmpty {
            let phrases = [Light.green, .yellow, .red, .done].compactMap { light -> String? in
                let delta = changes[light.rawValue] ?? 0
                return delta == 0 ? nil : BulletinText.change(light.word, by: delta)
            }
            summary += BulletinText.summaryChanges(phrases)
        }
        summary += BulletinText.summaryKinds(lagging: lagging.count, late: late.count, missing: missing.count)
        if !overdue.isEmpty { summary += BulletinText.summaryOverdue(overdue.count) }
        if !urged.isEmpty { summary += BulletinText.summaryUrged(urged.count) }
        // Most red first; among equals, the unit that comes first in the plan.
        let planOrder = Dictionary(
            tasks.flatMap(\.leadUnits).enumerated().map { ($0.element, $0.offset) },
            uniquingKeysWith: min)
        let redUnits = units.filter { $0.red > 0 }
            .sorted { ($0.red, -(planOrder[$0.name] ?? 0)) > ($1.red, -(planOrder[$1.name] ?? 0)) }
        if !redUnits.isEmpty {
            summary += BulletinText.summaryRedUnits(
                redUnits.prefix(redUnitsNamed).map { (name: $0.name, red: $0.red) },
                of: redUnits.count)
        }

        let government = input.governmentName.trimmingCharacters(in: .whitespaces)
        return Bulletin(
            title: BulletinText.title(year: input.year, month: input.month),
            issuer: government.isEmpty ? Strings.Supervision.Roles.supervisor : BulletinText.issuer(government: government),
            summary: summary,
            counts: counts,
            changes: changes,
            sections: sections(tasks),
            units: units,
            lagging: lagging.map(line),
            late: late.map(line),
            missing: missing.map(line),
            overdue: overdue.map(line),
            urged: urged.map(line),
            // Stable: instructions of the same day keep the order they were given in.
            instructions: input.instructions.enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element),
            closing: closing(input),
            rankingRule: BulletinText.rankingRule(minimum: input.minimumToRank),
            cutoff: input.cutoff,
            draftedOn: input.issuedOn)
    }

    /// The office's request, with a reply date counted from the day the bulletin is issued.
    public static func closing(_ input: BulletinInput) -> String {
        closing(planTitle: input.planTitle, issuedOn: input.issuedOn, replyDays: input.replyDays, calendar: input.workCalendar)
    }

    public static func closing(planTitle: String, issuedOn: Date, replyDays: Int = 5, calendar: WorkCalendar = .stateCouncil) -> String {
        // Replies are asked for in working days: a bulletin issued before a holiday gives the units
        // their days back after it.
        let reply = calendar.workday(replyDays, after: CalendarDay(issuedOn)).start
        return Strings.Bulletin.closing(planTitle: planTitle, replyBy: monthDay(reply))
    }

    static func monthDay(_ date: Date) -> String {
        let parts = PlanCalendar.calendar.dateComponents([.month, .day], from: date)
        return Strings.Supervision.monthDay(parts.month!, parts.day!)
    }

    /// A closed task is done whatever light it was last given.
    static func effectiveLight(_ task: BulletinTask) -> Light { task.closed ? .done : task.light }

    static func sections(_ tasks: [BulletinTask]) -> [Bulletin.SectionLine] {
        var order: [String] = []
        var lines: [String: Bulletin.SectionLine] = [:]
        for task in tasks {
            if lines[task.section] == nil {
                order.append(task.section)
                lines[task.section] = Bulletin.SectionLine(name: task.section)
            }
            lines[task.section]!.total += 1
            switch effectiveLight(task) {
            case .green: lines[task.section]!.green += 1
            case .yellow: lines[task.section]!.yellow += 1
            case .red: lines[task.section]!.red += 1
            case .done: lines[task.section]!.done += 1
            case .pending: lines[task.section]!.pending += 1
            }
        }
        return order.map { lines[$0]! }
    }

    /// Units by a penalty per task with a light: (2 × red + yellow) ÷ tasks with a light, lower
    /// first, so one red weighs two yellows and a unit is not ranked down for tasks not yet due.
    /// Units with fewer than `minimum` such tasks are listed after the ranked ones, unranked: one
    /// task decides too little. Collective and pseudo names (`unrankable`) are left out. Ties
    /// share a rank (compared as integer cross products, so 2/3 and 4/6 tie exactly); among
    /// equals, more tasks first, then plan order.
    static func rankedUnits(_ tasks: [BulletinTask], unrankable: Set<String> = [], minimum: Int = 3) -> [Bulletin.UnitLine] {
        var order: [String] = []
        var lines: [String: Bulletin.UnitLine] = [:]
        for task in tasks {
            var seen = Set<String>()
            for unit in task.leadUnits where !unit.isEmpty && !unrankable.contains(unit) && seen.insert(unit).inserted {
                if lines[unit] == nil {
                    order.append(unit)
                    lines[unit] = Bulletin.UnitLine(
                        name: unit, rank: nil, tasks: 0, green: 0, yellow: 0, red: 0,
                        done: 0, pending: 0, rate: nil)
                }
                lines[unit]!.tasks += 1
                switch effectiveLight(task) {
                case .green: lines[unit]!.green += 1
                case .yellow: lines[unit]!.yellow += 1
                case .red: lines[unit]!.red += 1
                case .done: lines[unit]!.done += 1
                case .pending: lines[unit]!.pending += 1
                }
            }
        }

        let assessed = { (line: Bulletin.UnitLine) in line.tasks - line.pending }
        let penalty = { (line: Bulletin.UnitLine) in 2 * line.red + line.yellow }
        let ranked = { (line: Bulletin.UnitLine) in assessed(line) >= max(minimum, 1) }
        /// -1, 0, 1: whether `a` ranks before, with, or after `b` (both ranked).
        func compare(_ a: Bulletin.UnitLine, _ b: Bulletin.UnitLine) -> Int {
            let difference = penalty(a) * assessed(b) - penalty(b) * assessed(a)
            return difference == 0 ? 0 : difference < 0 ? -1 : 1
        }

        var sorted = order.enumerated().map { (position: $0.offset, line: lines[$0.element]!) }
        sorted.sort { first, second in
            let a = first.line
            let b = second.line
            if ranked(a) != ranked(b) { return ranked(a) }
            if ranked(a) {
                let order = compare(a, b)
                if order != 0 { return order < 0 }
            }
            if assessed(a) != assessed(b) { return assessed(a) > assessed(b) }
            return first.position < second.position
        }

        var result: [Bulletin.UnitLine] = []
        for (index, item) in sorted.enumerated() {
            var line = item.line
            if assessed(line) > 0 { line.rate = Double(line.green + line.done) / Double(assessed(line)) }
            if ranked(line) {
                if let previous = result.last, let rank = previous.rank, compare(previous, line) == 0 {
                    line.rank = rank
                } else {
                    line.rank = index + 1
                }
            }
            result.append(line)
        }
        return result
    }

    static func line(_ task: BulletinTask) -> Bulletin.TaskLine {
        Bulletin.TaskLine(
            id: task.id, label: task.label, text: excerpt(task.text), units: task.leadUnits,
            light: effectiveLight(task), reasons: task.reasons)
    }

    /// The first sentence (up to 。 or ；), cut at `excerptLength` characters with an ellipsis.
    public static func excerpt(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: "").trimmingCharacters(in: .whitespaces)
        let sentence = flat.prefix { !"。；;".contains($0) }
        guard sentence.count > excerptLength else { return String(sentence) }
        return String(sentence.prefix(excerptLength)) + Strings.Bulletin.ellipsis
    }
}
