import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// 年考核 and 季督查 as pages: the ranking with each unit's calculation written out, the
/// inspection list with the rules that chose it; both with the office's settings form.
enum AssessmentPages {
    typealias S = Strings.ProductPages

    static func assessment(
        _ plan: PlanEntry, weights: AssessmentWeights, result: AssessmentResult, ratings: [RatingRow],
        req: Request
    ) -> HTML {
        let planID = plan.id
        let units = result.units
        return Page.layout(S.assessment, request: req) {
            el("p") { el("a", ["href": "/plans/\(planID)"]) { plan.title } }
            el("h1") { S.assessment }
            el("p", ["id": "assessment-label", "class": result.provisional ? "status provisional" : "status"]) { el("strong") { result.label } }
            el("p", ["class": "no-print"]) { el("a", ["href": "/plans/\(planID)/assessment.xlsx", "id": "assessment-xlsx"]) { S.downloadXlsx } }
            if units.isEmpty { el("p", ["class": "muted"]) { S.noAssessment } }
            el("table", ["class": "plain-table", "id": "assessment"]) {
                el("thead") { el("tr") { for head in [S.rank, S.unit, S.score, S.calculation] { el("th", ["scope": "col"]) { head } } } }
                el("tbody") {
                    for unit in units {
                        el("tr", ["data-unit": String(unit.unitID)]) {
                            el("td") { unit.rank.map(String.init) ?? Strings.Products.Assessment.pendingRank }
                            el("td") { unit.unitName }
                            el("td") { el("strong") { Format.number(unit.score) } }
                            el("td") {
                                el("details") {
                                    el("summary") { unit.parts.map { "\($0.name) \(Format.number($0.points))" }.joined(separator: " + ") }
                                    el("ul", ["class": "plain"]) { for part in unit.parts { el("li") { part.explanation } } }
                                }
                            }
                        }
                    }
                }
            }
            if !ratings.isEmpty { ratingSheet(ratings, scale: weights.ratingScale, req: req) }
            el("section", ["class": "card no-print", "id": "weights"]) {
                el("h2") { S.weights }
                TaskPage.form("/plans/\(planID)/assessment/weights", req, id: "weights-form") {
                    for (name, label, value) in [
                        ("attainment", S.weightAttainment, weights.attainment),
                        ("stretchBonus", S.weightStretch, weights.stretchBonus),
                        ("timeliness", S.weightTimeliness, weights.timeliness),
                        ("returns", S.weightReturns, weights.returns),
                        ("urgings", S.weightUrgings, weights.urgings),
                        ("urgingPenalty", S.weightPenalty, weights.urgingPenalty),
                        ("coopWeight", S.weightCoop, weights.coopWeight),
                    ] {
                        el("label", ["for": "w-\(name)"]) { label }
                        el(
                            "input",
                            [
                                "type": "number", "step": "0.5", "min": "0", "max": "100", "id": "w-\(name)", "name": name,
                                "value": Format.number(value),
                            ])
                    }
                    el("p") { el("button", ["type": "submit"]) { S.saveWeights } }
                }
            }
        }
    }

    static func inspection(_ plan: PlanEntry, rules: InspectionRules, list: InspectionList, req: Request) -> HTML {
        let planID = plan.id
        typealias Say = Strings.Products.Inspection
        let title = Say.title(year: list.year, quarter: Strings.Supervision.quarter(list.quarter))
        return Page.layout(title, request: req) {
            el("p") { el("a", ["href": "/plans/\(planID)"]) { plan.title } }
            el("h1") { title }
            el("p", ["class": "muted", "id": "inspection-as-of"]) { Say.asOf(Format.day(list.asOf)) }
            el("section", ["class": "card"]) {
                el("h2") { S.rules }
                el("ul") { for sentence in Inspection.describe(rules) { el("li") { sentence } } }
            }
            el("p") {
                S.selected(list.items.count)
                " · "
                el("a", ["href": "/plans/\(planID)/inspection.xlsx", "class": "no-print"]) { S.downloadXlsx }
            }
            el("ol", ["id": "inspection-items"]) { for item in list.items { inspectionItem(item) } }
            if list.leftOut > 0 { el("p", ["class": "muted", "id": "inspection-left-out"]) { Say.leftOut(list.leftOut) } }
            if !list.responsibility.isEmpty {
                el("section", ["class": "card", "id": "inspection-responsibility"]) {
                    el("h2") { Say.responsibilityHeading }
                    el("ol") { for item in list.responsibility { inspectionItem(item) } }
                }
            }
            el("section", ["class": "card no-print", "id": "rules"]) {
                el("h2") { S.rules }
                TaskPage.form("/plans/\(planID)/inspection/rules", req, id: "rules-form") {
                    checkbox("includeRed", S.ruleRed, rules.includeRed)
                    checkbox("includeYellow", S.ruleYellow, rules.includeYellow)
                    checkbox("requireEvidence", S.ruleEvidence, rules.requireEvidence)
                    el("label", ["for": "r-noProgress"]) { S.ruleNoProgress }
                    el(
                        "input",
                        [
                            "type": "number", "min": "1", "max": "12", "id": "r-noProgress", "name": "noProgressPeriods",
                            "value": String(rules.noProgressPeriods),
                        ])
                    el("label", ["for": "r-off"]) { S.ruleOffTrajectory }
                    el(
                        "input",
                        [
                            "type": "number", "min": "0", "max": "100", "id": "r-off", "name": "offTrajectoryPoints",
                            "value": Format.number(rules.offTrajectoryPoints),
                        ])
                    el("label", ["for": "r-max"]) { S.ruleMaxItems }
                    el(
                        "input",
                        [
                            "type": "number", "min": "1", "max": "200", "id": "r-max", "name": "maxItems",
                            "value": String(rules.maxItems),
                        ])
                    el("p") { el("button", ["type": "submit"]) { S.saveRules } }
                }
            }
        }
    }

    /// The office rates qualitative and milestone work on its scale; unrated work is not scored.
    static func ratingSheet(_ rows: [RatingRow], scale: [RatingGrade], req: Request) -> HTML {
        el("section", ["class": "card", "id": "ratings"]) {
            el("h2") { S.ratingsHeading }
            el("p", ["class": "muted"]) {
                S.ratingsNote(
                    scale.map { "\($0.name)\(Format.number($0.value * 100))%" }.joined(separator: "、"),
                    rated: rows.filter { $0.grade != nil }.count, total: rows.count)
            }
            el("ol") {
                for row in rows {
                    el("li", ["id": "rating-\(row.taskID)"]) {
                        el("a", ["href": "/tasks/\(row.taskID)"]) { "\(row.label) \(String(row.text.prefix(40)))" }
                        el("span", ["class": "muted"]) { "（\(row.leadUnits.joined(separator: "、"))）" }
                        TaskPage.form("/tasks/\(row.taskID)/rating", req, id: "rating-form-\(row.taskID)") {
                            el("label", ["for": "grade-\(row.taskID)"]) { S.ratingGrade }
                            el("select", ["id": "grade-\(row.taskID)", "name": "grade"]) {
                                el("option", ["value": "", "selected": row.grade == nil ? "selected" : nil]) { S.ratingNone }
                                for grade in scale {
                                    el("option", ["value": grade.name, "selected": row.grade == grade.name ? "selected" : nil]) { grade.name }
                                }
                            }
                            " "
                            el("button", ["type": "submit", "class": "secondary"]) { S.saveRating }
                        }
                    }
                }
            }
        }
    }

    static func inspectionItem(_ item: InspectionItem) -> HTML {
        el("li") {
            el("a", ["href": "/tasks/\(item.taskID)"]) { "\(item.label) \(String(item.text.prefix(60)))" }
            el("br")
            el("span", ["class": "muted"]) { "\(S.unit)：\(item.units.joined(separator: "、"))；\(S.reasons)：\(item.reasons.joined(separator: "；"))" }
        }
    }

    static func checkbox(_ name: String, _ label: String, _ checked: Bool) -> HTML {
        el("label", ["class": "check", "for": "r-\(name)"]) {
            el("input", ["type": "checkbox", "id": "r-\(name)", "name": name, "value": "true", "checked": checked ? "checked" : nil])
            " " + label
        }
    }
}
