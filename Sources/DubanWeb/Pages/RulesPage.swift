import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// 督办规则: the thresholds behind a plan's lights and ranking, and the form that sets them.
enum RulesPage {
    static func render(_ plan: PlanEntry, rules: SupervisionRules, page: PageContext) -> HTML {
        typealias RulesText = Strings.Rules
        return Page.layout(RulesText.title + " · " + plan.title, page) {
            element(.p) { element(.a, ["href": SiteURL.plan.path(plan.id)]) { plan.title } }
            element(.h1) { RulesText.title }
            element(.p, ["class": "muted"]) { RulesText.intro }
            element(.p, ["id": "rules-summary"]) { summary(rules) }
            element(.section, ["class": "card"]) {
                TaskPage.form(SiteURL.planRules.path(plan.id), page, id: "supervision-rules-form") {
                    field("yellowGap", RulesText.yellowGap, Format.number(rules.yellowGap), min: 1, max: 100, step: "any")
                    field("redGap", RulesText.redGap, Format.number(rules.redGap), min: 1, max: 100, step: "any")
                    element(.p, ["class": "muted"]) { RulesText.gapsHint }
                    field("levelTolerance", RulesText.levelTolerance, Format.number(rules.levelTolerance), min: 0, max: 50, step: "any")
                    element(.p, ["class": "muted"]) {
                        RulesText.levelToleranceHint(Format.number(rules.levelTolerance), example: Format.number(80 * (1 - rules.levelTolerance / 100)))
                    }
                    field("correctionDays", RulesText.correctionDays, String(rules.correctionDays), min: 0, max: 30, step: "1")
                    element(.p, ["class": "muted"]) { RulesText.correctionHint }
                    field("minimumToRank", RulesText.minimumToRank, String(rules.minimumToRank), min: 1, max: 50, step: "1")
                    element(.p, ["class": "muted"]) { RulesText.minimumHint }
                    field("extensionLimit", RulesText.extensionLimit, String(rules.extensionLimit), min: 0, max: 10, step: "1")
                    field("extensionNoticeDays", RulesText.extensionNoticeDays, String(rules.extensionNoticeDays), min: 0, max: 30, step: "1")
                    element(.p, ["class": "muted"]) { RulesText.extensionHint }
                    field("returnWindowDays", RulesText.returnWindowDays, String(rules.returnWindowDays), min: 0, max: 30, step: "1")
                    element(.p, ["class": "muted"]) { RulesText.returnHint }
                    element(.p) {
                        element(.label, ["for": "rule-dueCounting"]) { RulesText.dueCounting }
                        element(.select, ["id": "rule-dueCounting", "name": "dueCounting"]) {
                            for counting in PeriodRules.DueCounting.allCases {
                                element(.option, ["value": counting.rawValue, "selected": counting == rules.dueCounting ? "selected" : nil]) {
                                    RulesText.dueCountingName(counting.rawValue)
                                }
                            }
                        }
                    }
                    element(.p, ["class": "muted"]) { RulesText.dueCountingHint }
                    choice("wordsWhenLit", RulesText.wordsWhenLit, checked: rules.wordsWhenLit)
                    choice("coSign", RulesText.coSign, checked: rules.coSign)
                    element(.p) { element(.button, ["type": "submit", "id": "save-rules"]) { RulesText.save } }
                }
            }
        }
    }

    static func summary(_ rules: SupervisionRules) -> String {
        Strings.Rules.summary(
            yellow: Format.number(rules.yellowGap), red: Format.number(rules.redGap), hasYellow: rules.hasYellow,
            tolerance: Format.number(rules.levelTolerance), correction: rules.correctionDays, minimum: rules.minimumToRank)
    }

    /// A rule the office turns on or off: the box inside its label, on one line.
    static func choice(_ name: String, _ label: String, checked: Bool) -> HTML {
        element(.p) {
            element(.label, ["class": "choice", "for": "rule-\(name)"]) {
                element(.input, ["type": "checkbox", "id": "rule-\(name)", "name": name, "checked": checked ? "checked" : nil])
                " " + label
            }
        }
    }

    static func field(_ name: String, _ label: String, _ value: String, min: Int, max: Int, step: String) -> HTML {
        element(.p) {
            element(.label, ["for": "rule-\(name)"]) { label }
            element(
                .input,
                [
                    "type": "number", "id": "rule-\(name)", "name": name, "value": value, "min": String(min), "max": String(max),
                    "step": step, "required": "required", "inputmode": "decimal",
                ])
        }
    }
}
