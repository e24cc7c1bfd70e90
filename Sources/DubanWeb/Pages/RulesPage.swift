import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// 督办规则: the thresholds behind a plan's lights and ranking, and the form that sets them.
enum RulesPage {
    static func render(_ plan: PlanEntry, rules: SupervisionRules, req: Request) -> HTML {
        typealias S = Strings.Rules
        return Page.layout(S.title + " · " + plan.title, request: req) {
            el("p") { el("a", ["href": "/plans/\(plan.id)"]) { plan.title } }
            el("h1") { S.title }
            el("p", ["class": "muted"]) { S.intro }
            el("p", ["id": "rules-summary"]) { summary(rules) }
            el("section", ["class": "card"]) {
                TaskPage.form("/plans/\(plan.id)/rules", req, id: "supervision-rules-form") {
                    field("yellowGap", S.yellowGap, Format.number(rules.yellowGap), min: 1, max: 100, step: "any")
                    field("redGap", S.redGap, Format.number(rules.redGap), min: 1, max: 100, step: "any")
                    el("p", ["class": "muted"]) { S.gapsHint }
                    field("levelTolerance", S.levelTolerance, Format.number(rules.levelTolerance), min: 0, max: 50, step: "any")
                    el("p", ["class": "muted"]) {
                        S.levelToleranceHint(Format.number(rules.levelTolerance), example: Format.number(80 * (1 - rules.levelTolerance / 100)))
                    }
                    field("correctionDays", S.correctionDays, String(rules.correctionDays), min: 0, max: 30, step: "1")
                    el("p", ["class": "muted"]) { S.correctionHint }
                    field("minimumToRank", S.minimumToRank, String(rules.minimumToRank), min: 1, max: 50, step: "1")
                    el("p", ["class": "muted"]) { S.minimumHint }
                    el("p") { el("button", ["type": "submit", "id": "save-rules"]) { S.save } }
                }
            }
        }
    }

    static func summary(_ rules: SupervisionRules) -> String {
        Strings.Rules.summary(
            yellow: Format.number(rules.yellowGap), red: Format.number(rules.redGap), hasYellow: rules.hasYellow,
            tolerance: Format.number(rules.levelTolerance), correction: rules.correctionDays, minimum: rules.minimumToRank)
    }

    static func field(_ name: String, _ label: String, _ value: String, min: Int, max: Int, step: String) -> HTML {
        el("p") {
            el("label", ["for": "rule-\(name)"]) { label }
            el(
                "input",
                [
                    "type": "number", "id": "rule-\(name)", "name": name, "value": value, "min": String(min), "max": String(max),
                    "step": step, "required": "required", "inputmode": "decimal",
                ])
        }
    }
}
