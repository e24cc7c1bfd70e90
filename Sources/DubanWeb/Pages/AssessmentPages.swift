import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// 年考核 and 季督查 as pages: the ranking with each unit's calculation written out, the
/// inspection list with the rules that chose it; both with the office's settings form.
enum AssessmentPages {
    typealias ProductPagesText = Strings.ProductPages

    /// The year's assessment: the plan, the office's weights, the result and the rating sheet.
    struct Model: Sendable, Codable {
        var plan: PlanEntry
        var weights: AssessmentWeights
        var result: AssessmentResult
        var ratings: [RatingRow]
    }

    static func assessment(_ model: Model, page: PageContext) -> HTML {
        let (plan, weights, result, ratings) = (model.plan, model.weights, model.result, model.ratings)
        let planID = plan.id
        let units = result.units
        return Page.layout(ProductPagesText.assessment, page) {
            element(.p) { element(.a, ["href": SiteURL.plan.path(planID)]) { plan.title } }
            element(.h1) { ProductPagesText.assessment }
            element(.p, ["id": "assessment-label", "class": result.provisional ? "status provisional" : "status"]) { element(.strong) { result.label } }
            element(.p, ["class": "no-print"]) {
                element(.a, ["href": SiteURL.planAssessmentXlsx.path(planID), "id": "assessment-xlsx"]) { ProductPagesText.downloadXlsx }
            }
            if units.isEmpty { element(.p, ["class": "muted"]) { ProductPagesText.noAssessment } }
            element(.table, ["class": "plain-table", "id": "assessment"]) {
                element(.thead) {
                    element(.tr) {
                        for head in [ProductPagesText.rank, ProductPagesText.unit, ProductPagesText.score, ProductPagesText.calculation] {
                            element(.th, ["scope": "col"]) { head }
                        }
                    }
                }
                element(.tbody) {
                    for unit in units {
                        element(.tr, ["data-unit": String(unit.unitID)]) {
                            element(.td) { unit.rank.map(String.init) ?? Strings.Products.Assessment.pendingRank }
                            element(.td) { unit.unitName }
                            element(.td) { element(.strong) { Format.number(unit.score) } }
                            element(.td) {
                                element(.details) {
                                    element(.summary) { unit.parts.map { "\($0.name) \(Format.number($0.points))" }.joined(separator: " + ") }
                                    element(.ul, ["class": "plain"]) { for part in unit.parts { element(.li) { part.explanation } } }
                                }
                            }
                        }
                    }
                }
            }
            if !ratings.isEmpty { ratingSheet(ratings, scale: weights.ratingScale, page: page) }
            element(.section, ["class": "card no-print", "id": "weights"]) {
                element(.h2) { ProductPagesText.weights }
                TaskPage.form(SiteURL.planAssessmentWeights.path(planID), page, id: "weights-form") {
                    for (name, label, value) in [
                        ("attainment", ProductPagesText.weightAttainment, weights.attainment),
                        ("stretchBonus", ProductPagesText.weightStretch, weights.stretchBonus),
                        ("timeliness", ProductPagesText.weightTimeliness, weights.timeliness),
                        ("returns", ProductPagesText.weightReturns, weights.returns),
                        ("urgings", ProductPagesText.weightUrgings, weights.urgings),
                        ("urgingPenalty", ProductPagesText.weightPenalty, weights.urgingPenalty),
                        ("coopWeight", ProductPagesText.weightCoop, weights.coopWeight),
                    ] {
                        element(.label, ["for": "w-\(name)"]) { label }
                        element(
                            .input,
                            [
                                "type": "number", "step": "0.5", "min": "0", "max": "100", "id": "w-\(name)", "name": name,
                                "value": Format.number(value),
                            ])
                    }
                    element(.p) { element(.button, ["type": "submit"]) { ProductPagesText.saveWeights } }
                }
            }
        }
    }

    /// `overCeiling`: the units this quarter's list would push over the government's ceiling;
    /// `issued`: this quarter's list as the office sent it out, if it has.
    static func inspection(
        _ plan: PlanEntry, rules: InspectionRules, list: InspectionList, overCeiling: [String] = [], issued: InspectionRounds.Round? = nil,
        page: PageContext
    ) -> HTML {
        let planID = plan.id
        typealias InspectionText = Strings.Products.Inspection
        let title = InspectionText.title(year: list.year, quarter: Strings.Supervision.quarter(list.quarter))
        return Page.layout(title, page) {
            element(.p) { element(.a, ["href": SiteURL.plan.path(planID)]) { plan.title } }
            element(.h1) { title }
            element(.p, ["class": "muted", "id": "inspection-as-of"]) { InspectionText.asOf(Format.day(list.asOf)) }
            element(.section, ["class": "card"]) {
                element(.h2) { ProductPagesText.rules }
                element(.ul) { for sentence in Inspection.describe(rules) { element(.li) { sentence } } }
            }
            element(.p) {
                ProductPagesText.selected(list.items.count)
                " · "
                element(.a, ["href": SiteURL.planInspectionXlsx.path(planID), "class": "no-print"]) { ProductPagesText.downloadXlsx }
            }
            element(.ol, ["id": "inspection-items"]) { for item in list.items { inspectionItem(item) } }
            if let issued {
                element(.p, ["class": "muted", "id": "inspection-issued"]) { InspectionText.issued(Format.day(issued.issuedAt)) }
            } else if !list.items.isEmpty {
                issueForm(planID: planID, overCeiling: overCeiling, page: page)
            }
            if list.leftOut > 0 { element(.p, ["class": "muted", "id": "inspection-left-out"]) { InspectionText.leftOut(list.leftOut) } }
            if !list.responsibility.isEmpty {
                element(.section, ["class": "card", "id": "inspection-responsibility"]) {
                    element(.h2) { InspectionText.responsibilityHeading }
                    element(.ol) { for item in list.responsibility { inspectionItem(item) } }
                }
            }
            element(.section, ["class": "card no-print", "id": "rules"]) {
                element(.h2) { ProductPagesText.rules }
                TaskPage.form(SiteURL.planInspectionRules.path(planID), page, id: "rules-form") {
                    checkbox("includeRed", ProductPagesText.ruleRed, rules.includeRed)
                    checkbox("includeYellow", ProductPagesText.ruleYellow, rules.includeYellow)
                    checkbox("requireEvidence", ProductPagesText.ruleEvidence, rules.requireEvidence)
                    element(.label, ["for": "r-noProgress"]) { ProductPagesText.ruleNoProgress }
                    element(
                        .input,
                        [
                            "type": "number", "min": "1", "max": "12", "id": "r-noProgress", "name": "noProgressPeriods",
                            "value": String(rules.noProgressPeriods),
                        ])
                    element(.label, ["for": "r-off"]) { ProductPagesText.ruleOffTrajectory }
                    element(
                        .input,
                        [
                            "type": "number", "min": "0", "max": "100", "id": "r-off", "name": "offTrajectoryPoints",
                            "value": Format.number(rules.offTrajectoryPoints),
                        ])
                    element(.label, ["for": "r-max"]) { ProductPagesText.ruleMaxItems }
                    element(
                        .input,
                        [
                            "type": "number", "min": "1", "max": "200", "id": "r-max", "name": "maxItems",
                            "value": String(rules.maxItems),
                        ])
                    element(.p) { element(.button, ["type": "submit"]) { ProductPagesText.saveRules } }
                }
            }
        }
    }

    /// The office rates qualitative and milestone work on its scale; unrated work is not scored.
    static func ratingSheet(_ rows: [RatingRow], scale: [RatingGrade], page: PageContext) -> HTML {
        element(.section, ["class": "card", "id": "ratings"]) {
            element(.h2) { ProductPagesText.ratingsHeading }
            element(.p, ["class": "muted"]) {
                ProductPagesText.ratingsNote(
                    scale.map { "\($0.name)\(Format.number($0.value * 100))%" }.listed(),
                    rated: rows.filter { $0.grade != nil }.count, total: rows.count)
            }
            element(.ol) {
                for row in rows {
                    element(.li, ["id": "rating-\(row.taskID)"]) {
                        element(.a, ["href": SiteURL.task.path(row.taskID)]) { "\(row.label) \(String(row.text.prefix(40)))" }
                        element(.span, ["class": "muted"]) { Strings.Join.aside(row.leadUnits.listed()) }
                        TaskPage.form(SiteURL.taskRating.path(row.taskID), page, id: "rating-form-\(row.taskID)") {
                            element(.label, ["for": "grade-\(row.taskID)"]) { ProductPagesText.ratingGrade }
                            element(.select, ["id": "grade-\(row.taskID)", "name": "grade"]) {
                                element(.option, ["value": "", "selected": row.grade == nil ? "selected" : nil]) { ProductPagesText.ratingNone }
                                for grade in scale {
                                    element(.option, ["value": grade.name, "selected": row.grade == grade.name ? "selected" : nil]) { grade.name }
                                }
                            }
                            " "
                            element(.button, ["type": "submit", "class": "secondary"]) { ProductPagesText.saveRating }
                        }
                    }
                }
            }
        }
    }

    /// 下发: with the units it would push over the ceiling, and the box that says the office knows.
    static func issueForm(planID: Int, overCeiling: [String], page: PageContext) -> HTML {
        typealias InspectionText = Strings.Products.Inspection
        return element(.section, ["class": "card no-print", "id": "inspection-issue"]) {
            if !overCeiling.isEmpty {
                element(.p) { Strings.LevelPages.inspectionOverCeiling }
                element(.ul, ["id": "inspection-over-ceiling"]) { for line in overCeiling { element(.li, ["class": "warn"]) { line } } }
            }
            element(.p, ["class": "muted"]) { InspectionText.issueNote }
            TaskPage.form(SiteURL.planInspectionIssue.path(planID), page, id: "issue-form") {
                if !overCeiling.isEmpty {
                    element(.label, ["class": "choice", "for": "issue-over-ceiling"]) {
                        element(.input, ["type": "checkbox", "id": "issue-over-ceiling", "name": "acceptOverCeiling", "value": "true"])
                        InspectionText.acceptOverCeiling
                    }
                }
                element(.button, ["type": "submit", "id": "issue-inspection"]) { InspectionText.issue }
            }
        }
    }

    static func inspectionItem(_ item: InspectionItem) -> HTML {
        element(.li) {
            element(.a, ["href": SiteURL.task.path(item.taskID)]) { "\(item.label) \(String(item.text.prefix(60)))" }
            element(.br)
            element(.span, ["class": "muted"]) {
                [Strings.Join.labelled(ProductPagesText.unit, item.units.listed()), Strings.Join.labelled(ProductPagesText.reasons, item.reasons.inSeries())]
                    .inSeries()
            }
        }
    }

    static func checkbox(_ name: String, _ label: String, _ checked: Bool) -> HTML {
        element(.label, ["class": "check", "for": "r-\(name)"]) {
            element(.input, ["type": "checkbox", "id": "r-\(name)", "name": name, "value": "true", "checked": checked ? "checked" : nil])
            " " + label
        }
    }
}
