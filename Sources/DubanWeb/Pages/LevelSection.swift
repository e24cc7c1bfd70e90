import DubanCore
import DubanHTML
import DubanStore
import DubanStrings

/// 上下级 on the task page: for a passed-down task, each child's part (its linked tasks, lights,
/// latest figures and trend) and the roll-ups with their rule; for a child's task, the parent
/// tasks its reports also answer.
enum LevelSection {
    /// `canWeigh`: the parent's office may give each child a weight for averaging its rates.
    static func render(_ levels: TaskLevels, canWeigh: Bool, page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        return element(.section, ["class": "card", "id": "levels"]) {
            if !levels.answers.isEmpty {
                element(.h2) { Text.answersHeading }
                element(.p, ["class": "muted"]) { Text.answersNote }
                element(.ul, ["class": "plain", "id": "answers"]) {
                    for task in levels.answers {
                        element(.li) {
                            element(.a, ["href": SiteURL.task.path(task.id)]) { Text.taskLine(label: task.label, text: task.text) }
                            element(.span, ["class": "muted"]) { " " + task.plan }
                        }
                    }
                }
            }
            if let parts = levels.parts {
                element(.h2) { Text.partsHeading }
                if !parts.rollUps.isEmpty {
                    element(.ul, ["class": "plain", "id": "roll-ups"]) {
                        for rollUp in parts.rollUps { element(.li) { rollUpLine(rollUp) } }
                    }
                }
                if canWeigh && parts.rollUps.contains(where: { $0.rule != .sum }) { weightsForm(parts, page: page) }
                element(.table, ["class": "plain-table", "id": "child-parts"]) {
                    element(.thead) {
                        element(.tr) {
                            for head in [Text.child, Text.childTask, Text.light, Text.latest, Text.trend] { element(.th, ["scope": "col"]) { head } }
                        }
                    }
                    element(.tbody) {
                        for child in parts.children {
                            if child.tasks.isEmpty {
                                element(.tr, ["id": "part-\(child.governmentID)"]) {
                                    element(.td) { child.government }
                                    element(.td, ["colspan": "4", "class": "muted"]) { Text.notLinked(proposed: child.proposed) }
                                }
                            }
                            for task in child.tasks {
                                element(.tr, ["id": "part-\(child.governmentID)-\(task.id)"]) {
                                    element(.td) { child.government }
                                    element(.td) { element(.a, ["href": SiteURL.task.path(task.id)]) { Text.taskLine(label: task.label, text: task.text) } }
                                    element(.td) { Page.light(task.light) }
                                    element(.td) { Text.figures(task.figures.map(latest)) }
                                    element(.td) { Text.figures(task.figures.filter { !$0.trend.isEmpty }.map(trend)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func weightsForm(_ parts: ChildParts, page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        return TaskPage.form(SiteURL.levelsTaskWeights.path(parts.taskID), page, id: "weights-form") {
            element(.fieldset, ["class": "plain"]) {
                element(.legend) { element(.strong) { Text.weightsHeading } }
                element(.p, ["class": "muted"]) { Text.weightsNote }
                for child in parts.children {
                    element(.label, ["for": "weight-\(child.governmentID)"]) { Text.weightField(child.government) }
                    element(
                        .input,
                        [
                            "type": "number", "id": "weight-\(child.governmentID)", "name": "weight-\(child.governmentID)", "min": "0", "step": "any",
                            "inputmode": "decimal", "value": child.weight.map { Format.number($0) },
                        ])
                }
            }
            element(.button, ["type": "submit", "class": "secondary", "id": "weights-submit"]) { Text.saveWeights }
        }
    }

    static func rollUpLine(_ rollUp: RollUp) -> HTML {
        typealias Text = Strings.LevelPages
        let figures = rollUp.parts.map { part in
            Text.part(government: part.government, value: part.value.map { Strings.Supervision.quantity($0, rollUp.unit) })
        }
        return element(.span) {
            element(.strong) { rollUp.metric }
            " "
                + Text.rollUp(
                    target: Strings.Supervision.quantity(rollUp.target, rollUp.unit), total: rollUp.total.map { Strings.Supervision.quantity($0, rollUp.unit) },
                    percent: rollUp.percent.map { Format.number(($0 * 10).rounded() / 10) })
            if let light = rollUp.light {
                " "
                Page.light(light)
            }
            element(.span, ["class": "muted"]) { Text.ruleAndParts(rule: rollUp.ruleText, parts: figures) }
        }
    }

    static func latest(_ figure: ChildParts.Figure) -> String {
        Strings.LevelPages.latestLine(
            metric: figure.metric, value: figure.latest.map { Strings.Supervision.quantity($0, figure.unit) },
            target: Strings.Supervision.quantity(figure.target, figure.unit))
    }

    static func trend(_ figure: ChildParts.Figure) -> String {
        Strings.LevelPages.trendLine(metric: figure.metric, points: figure.trend.map { ($0.period, Strings.Supervision.quantity($0.value, figure.unit)) })
    }
}
