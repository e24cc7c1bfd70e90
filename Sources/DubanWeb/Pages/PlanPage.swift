import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The plan as the document prints it, with filters; a draft also shows what the import found.
enum PlanPage {
    static func render(_ model: PlanPageModel, page: PageContext) -> HTML {
        let (plan, all, filter, warnings, draft) = (model.plan, model.all, model.filter, model.warnings, model.draft)
        let rows = filter.apply(all)
        let sections = distinctInOrder(all.compactMap { $0.path.first })
        let units = Array(Set(all.flatMap { $0.leadUnits + $0.coopUnits })).sorted { $0.name < $1.name }
        let leaders = Array(Set(all.flatMap(\.leaders))).sorted { $0.name < $1.name }
        return Page.layout(plan.title, page) {
            element(.h1) { plan.title }
            element(.p, ["class": "muted"]) {
                "\(plan.year) · \(plan.status == PlanStatus.published.rawValue ? Strings.Pages.published : Strings.Pages.draft) · \(Strings.Pages.tasksCount(all.count))"
            }
            if plan.status == PlanStatus.published.rawValue {
                element(.nav, ["class": "plan-links no-print", "aria-label": Strings.ProductPages.bulletins]) {
                    element(.a, ["href": SiteURL.planBulletins.path(plan.id)]) { Strings.ProductPages.bulletins }
                    if model.canUseSheets {
                        element(.a, ["href": SiteURL.planSheets.path(plan.id), "id": "plan-sheets"]) { Strings.Sheets.pageTitle }
                    }
                    if model.canAssess {
                        element(.a, ["href": SiteURL.planInspection.path(plan.id)]) { Strings.ProductPages.inspection }
                        element(.a, ["href": SiteURL.planAssessment.path(plan.id)]) { Strings.ProductPages.assessment }
                        element(.a, ["href": SiteURL.planRules.path(plan.id)]) { Strings.Rules.title }
                    }
                    if page.actor != nil {
                        element(.a, ["href": SiteURL.planYearEndDocx.path(plan.id), "id": "year-end-docx"]) { Strings.YearEnd.downloadWord }
                        element(.a, ["href": SiteURL.planYearEndXlsx.path(plan.id), "id": "year-end-xlsx"]) { Strings.YearEnd.downloadExcel }
                    }
                    element(.a, ["href": SiteURL.openPlanTasksJSON.path(plan.id)]) { Strings.OpenData.openData + " JSON" }
                    element(.a, ["href": SiteURL.openPlanTasksCSV.path(plan.id)]) { Strings.OpenData.openData + " CSV" }
                }
            }
            TaskTable.counts(all)
            if plan.status == PlanStatus.published.rawValue && !all.isEmpty {
                element(.div, ["class": "charts"]) {
                    element(.figure, ["class": "chart-figure"]) {
                        element(.figcaption) { Strings.Pages.chartsBySection }
                        Charts.lightsBySection(all)
                    }
                    let completion = Charts.completionBySection(all)
                    if completion != .empty {
                        element(.figure, ["class": "chart-figure completion"]) {
                            element(.figcaption) { Strings.Pages.chartsCompletion }
                            completion
                        }
                    }
                }
            }
            if let draft { draftPanel(plan, draft: draft, warnings: warnings, canPublish: model.canPublish, page: page) }
            element(.form, ["method": "get", "class": "filters", "role": "search"]) {
                element(.label) {
                    Strings.Pages.search
                    element(.input, ["type": "search", "name": "q", "value": filter.text])
                }
                element(.label) {
                    Strings.Pages.light
                    element(.select, ["name": "light"]) {
                        element(.option, ["value": ""]) { Strings.Pages.all }
                        for light in Light.allCases {
                            element(.option, ["value": light.rawValue, "selected": filter.light == light.rawValue ? "selected" : nil]) { light.display }
                        }
                    }
                }
                element(.label) {
                    Strings.Pages.section
                    element(.select, ["name": "section"]) {
                        element(.option, ["value": ""]) { Strings.Pages.all }
                        for section in sections { element(.option, ["value": section, "selected": filter.section == section ? "selected" : nil]) { section } }
                    }
                }
                element(.label) {
                    Strings.Pages.leadUnits
                    element(.select, ["name": "unit"]) {
                        element(.option, ["value": ""]) { Strings.Pages.all }
                        for unit in units {
                            element(.option, ["value": String(unit.id), "selected": filter.unit == unit.id ? "selected" : nil]) { unit.name }
                        }
                    }
                }
                element(.label) {
                    Strings.Pages.leaders
                    element(.select, ["name": "leader"]) {
                        element(.option, ["value": ""]) { Strings.Pages.all }
                        for leader in leaders {
                            element(.option, ["value": String(leader.id), "selected": filter.leader == leader.id ? "selected" : nil]) { leader.name }
                        }
                    }
                }
                element(.label) {
                    Strings.Pages.kind
                    element(.select, ["name": "kind"]) {
                        element(.option, ["value": ""]) { Strings.Pages.all }
                        for kind in ["quantitative", "milestone", "qualitative"] {
                            element(.option, ["value": kind, "selected": filter.kind == kind ? "selected" : nil]) { Strings.Pages.kindName(kind) }
                        }
                    }
                }
                element(.button, ["type": "submit"]) { Strings.Pages.filter }
            }
            TaskTable.render(
                rows, draftWarnings: draft?.canEdit == true ? draft?.rowWarnings : nil, printed: true, anchors: true,
                confirmRow: model.canPublish
                    ? { taskID in confirmRowForm(planID: plan.id, taskID: taskID, page: page) } : nil)
        }
    }

    static let listedRowWarnings = 30

    struct DraftInfo: Sendable, Codable {
        var findings: [String]
        var proposedUnits: [UnitEntry]
        var knownUnits: [UnitEntry]
        var rowWarnings: [Int: [String]]
        var canEdit: Bool
        var sections: [DraftStructurePage.Section]
        /// 减负: the units this plan would push over the office's monthly ceiling, said before publishing.
        var overCeiling: [String] = []
        /// 结转: last year's unfinished tasks this draft does not continue, for the office to carry over.
        var carryOver: [CarryOver.Candidate] = []
    }

    static func draftPanel(_ plan: PlanEntry, draft: DraftInfo, warnings: [String], canPublish: Bool, page: PageContext) -> HTML {
        element(.section, ["class": "card", "id": "draft"]) {
            let rowWarnings = draft.rowWarnings.sorted { $0.key < $1.key }.flatMap { id, list in list.map { (id, $0) } }
            // A plan drafted from nothing had no document to doubt.
            if plan.sourceFormat != "manual" {
                element(.h2) { Strings.Pages.warnings }
                if warnings.isEmpty && rowWarnings.isEmpty { element(.p, ["class": "muted"]) { Strings.ProductPages.none } }
            }
            element(.ul, ["id": "import-warnings"]) {
                for warning in warnings { element(.li, ["class": "warn"]) { warning } }
                // Row doubts, each linked to its row; the rest are marked in the table below.
                for (taskID, warning) in rowWarnings.prefix(Self.listedRowWarnings) {
                    element(.li, ["class": "warn"]) { element(.a, ["href": "#task-\(taskID)"]) { warning } }
                }
            }
            if rowWarnings.count > Self.listedRowWarnings {
                element(.p, ["class": "muted"]) { Strings.Editor.moreRowWarnings(rowWarnings.count - Self.listedRowWarnings) }
            }
            if !draft.findings.isEmpty {
                element(.h2) { Strings.Pages.findings }
                element(.ul) { for finding in draft.findings { element(.li) { finding } } }
            }
            if !draft.proposedUnits.isEmpty {
                if draft.canEdit {
                    DraftEditorPage.mapping(planID: plan.id, proposed: draft.proposedUnits, known: draft.knownUnits, page: page)
                } else {
                    element(.h2) { Strings.Pages.proposedUnits }
                    element(.p) { draft.proposedUnits.map(\.name).listed() }
                }
            }
            if draft.canEdit { DraftStructurePage.sections(planID: plan.id, draft.sections, page: page) }
            if draft.canEdit && !draft.carryOver.isEmpty { carryOverForm(planID: plan.id, draft.carryOver, page: page) }
            if !draft.overCeiling.isEmpty {
                element(.h2) { Strings.LevelPages.overCeilingHeading }
                element(.ul, ["id": "over-ceiling"]) { for line in draft.overCeiling { element(.li, ["class": "warn"]) { line } } }
            }
            if canPublish {
                let pending = draft.rowWarnings.values.filter { !$0.isEmpty }.count
                if pending > 0 { confirmation(planID: plan.id, pending: pending, page: page) }
                element(.form, ["method": "post", "action": SiteURL.planPublish.path(plan.id)]) {
                    Page.csrf(page)
                    element(.button, ["type": "submit", "id": "publish"]) { Strings.Pages.publish }
                }
            }
        }
    }

    /// 结转: each unfinished task of last year with its light, ticked to be added to this draft.
    static func carryOverForm(planID: Int, _ candidates: [CarryOver.Candidate], page: PageContext) -> HTML {
        typealias Text = Strings.LevelPages
        return TaskPage.form(SiteURL.planCarryOver.path(planID), page, id: "carry-over") {
            element(.h2) { Text.carryOverHeading(candidates.count) }
            // One fieldset names the checkboxes as a group, so a screen reader hears what they choose.
            element(.fieldset, ["class": "plain"]) {
                element(.legend, ["class": "muted"]) { Text.carryOverNote }
                element(.ul, ["class": "plain"]) {
                    for candidate in candidates {
                        element(.li) {
                            element(.input, ["type": "checkbox", "name": "taskIDs[]", "value": String(candidate.task.id), "id": "carry-\(candidate.task.id)"])
                            element(.label, ["for": "carry-\(candidate.task.id)"]) {
                                Text.taskLine(label: candidate.task.label, text: candidate.task.text) + " "
                                Page.light(candidate.light)
                            }
                        }
                    }
                }
            }
            element(.button, ["type": "submit", "class": "secondary", "id": "carry-submit"]) { Text.carry }
        }
    }

    static func confirmRowForm(planID: Int, taskID: Int, page: PageContext) -> HTML {
        element(.form, ["method": "post", "action": SiteURL.planConfirmations.path(planID), "class": "confirm-row"]) {
            Page.csrf(page)
            element(.input, ["type": "hidden", "name": "taskID", "value": String(taskID)])
            element(.button, ["type": "submit", "class": "secondary", "id": "confirm-\(taskID)"]) { Strings.Confirm.confirmRow }
        }
    }

    /// Before publishing: the rows in doubt are corrected in the editor or confirmed here, each
    /// confirmation written to the audit trail with its reason.
    static func confirmation(planID: Int, pending: Int, page: PageContext) -> HTML {
        typealias ConfirmText = Strings.Confirm
        return element(.section, ["id": "confirmation"]) {
            element(.h2) { ConfirmText.heading }
            element(.p, ["class": "warn", "id": "confirmation-pending"]) { ConfirmText.pending(pending) }
            element(.form, ["method": "post", "action": SiteURL.planConfirmations.path(planID), "id": "confirm-all-form"]) {
                Page.csrf(page)
                element(.label, ["for": "confirm-reason"]) { ConfirmText.reasonLabel }
                element(
                    .textarea,
                    [
                        "id": "confirm-reason", "name": "reason", "rows": "2", "maxlength": "500", "required": "required",
                        "placeholder": ConfirmText.reasonPlaceholder,
                    ]
                ) { "" }
                element(.p) { element(.button, ["type": "submit", "id": "confirm-all"]) { ConfirmText.confirmAll } }
            }
        }
    }
}
