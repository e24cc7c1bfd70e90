import DubanCore
import DubanStrings

/// The readable form of `duban import`: what was found, and every doubt with where it points.
enum PlanSummary {
    static func render(_ plan: Plan) -> String {
        typealias SummaryText = Strings.Summary
        var out: [String] = []
        out.append(SummaryText.heading(government: plan.government, year: plan.year, tasks: plan.tasks.count))
        for number in Set(plan.tasks.map(\.attachment)).sorted() {
            let tasks = plan.tasks.filter { $0.attachment == number }
            let title = plan.attachments.first { $0.number == number }?.title ?? ""
            out.append(SummaryText.attachment(number, title: title, count: tasks.count))
            var sections: [(String, Int)] = []
            for task in tasks {
                let name = task.path.first ?? SummaryText.noSection
                if let last = sections.last, last.0 == name {
                    sections[sections.count - 1].1 += 1
                } else {
                    sections.append((name, 1))
                }
            }
            out += sections.map { SummaryText.section($0.0, count: $0.1) }
        }
        out.append("")
        out.append(SummaryText.unitsHeading)
        for (unit, lead, coop) in unitCounts(plan) {
            out.append(SummaryText.unit(unit, lead: lead, coop: coop))
        }
        out.append("")
        out.append(SummaryText.leadersHeading)
        for (leader, count) in counts(plan.tasks.flatMap(\.leaders)) {
            out.append(SummaryText.leader(leader, count: count))
        }
        let warnings = plan.allWarnings
        out.append("")
        out.append(SummaryText.warningsHeading(warnings.count))
        out += warnings.map { "  " + $0.sentence }
        return out.joined(separator: "\n") + "\n"
    }

    private static func counts(_ names: [String]) -> [(String, Int)] {
        var order: [String] = []
        var count: [String: Int] = [:]
        for name in names {
            if count[name] == nil { order.append(name) }
            count[name, default: 0] += 1
        }
        return order.map { ($0, count[$0] ?? 0) }
    }

    private static func unitCounts(_ plan: Plan) -> [(String, Int, Int)] {
        let lead = Dictionary(counts(plan.tasks.flatMap(\.leadUnits)), uniquingKeysWith: +)
        let coop = Dictionary(counts(plan.tasks.flatMap(\.coopUnits)), uniquingKeysWith: +)
        let names = counts(plan.tasks.flatMap { $0.leadUnits + $0.coopUnits }).map(\.0)
        return names.map { ($0, lead[$0] ?? 0, coop[$0] ?? 0) }
    }
}
