import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The plan as the document prints it, with filters; a draft also shows what the import found.
enum PlanPage {
    static func render(
        _ plan: PlanEntry, rows: [TaskRow], all: [TaskRow], filter: TaskFilter, req: Request,
        warnings: [String], draft: DraftInfo?
    ) -> HTML {
        let sections = distinctInOrder(all.compactMap { $0.path.first })
        let units = Array(Set(all.flatMap { $0.leadUnits + $0.coopUnits })).sorted { $0.name < $1.name }
        let leaders = Array(Set(all.flatMap(\.leaders))).sorted { $0.name < $1.name }
        return Page.layout(plan.title, request: req) {
            el("h1") { plan.title }
            el("p", ["class": "muted"]) {
                "\(plan.year) · \(plan.status == PlanStatus.published.rawValue ? Strings.Pages.published : Strings.Pages.draft) · \(Strings.Pages.tasksCount(all.count))"
            }
            if plan.status == PlanStatus.published.rawValue {
                el("nav", ["class": "plan-links no-print", "aria-label": Strings.ProductPages.bulletins]) {
                    el("a", ["href": "/plans/\(plan.id)/bulletins"]) { Strings.ProductPages.bulletins }
                    if Permissions.decide(req.actor, .runAssessment, .government(plan.governmentID, published: true)).isAllowed {
                        el("a", ["href": "/plans/\(plan.id)/inspection"]) { Strings.ProductPages.inspection }
                        el("a", ["href": "/plans/\(plan.id)/assessment"]) { Strings.ProductPages.assessment }
                        el("a", ["href": "/plans/\(plan.id)/rules"]) { Strings.Rules.title }
                    }
                    el("a", ["href": "/open/plans/\(plan.id)/tasks.json"]) { Strings.OpenData.openData + " JSON" }
                    el("a", ["href": "/open/plans/\(plan.id)/tasks.csv"]) { Strings.OpenData.openData + " CSV" }
                }
            }
            TaskTable.counts(all)
            if plan.status == PlanStatus.published.rawValue && !all.isEmpty {
                el("div", ["class": "charts"]) {
                    el("figure", ["class": "chart-figure"]) {
                        el("figcaption") { Strings.Pages.chartsBySection }
                        Charts.lightsBySection(all)
                    }
                    let completion = Charts.completionBySection(all)
                    if completion != .empty {
                        el("figure", ["class": "chart-figure completion"]) {
                            el("figcaption") { Strings.Pages.chartsCompletion }
                            completion
                        }
                    }
                }
            }
            if let draft { draftPanel(plan, draft: draft, warnings: warnings, req: req) }
            el("form", ["method": "get", "class": "filters", "role": "search"]) {
                el("label") {
                    Strings.Pages.search
                    el("input", ["type": "search", "name": "q", "value": filter.text])
                }
                el("label") {
                    Strings.Pages.light
                    el("select", ["name": "light"]) {
                        el("option", ["value": ""]) { Strings.Pages.all }
                        for light in Light.allCases {
                            el("option", ["value": light.rawValue, "selected": filter.light == light.rawValue ? "selected" : nil]) { light.display }
                        }
                    }
                }
                el("label") {
                    Strings.Pages.section
                    el("select", ["name": "section"]) {
                        el("option", ["value": ""]) { Strings.Pages.all }
                        for section in sections { el("option", ["value": section, "selected": filter.section == section ? "selected" : nil]) { section } }
                    }
                }
                el("label") {
                    Strings.Pages.leadUnits
                    el("select", ["name": "unit"]) {
                        el("option", ["value": ""]) { Strings.Pages.all }
                        for unit in units { el("option", ["value": String(unit.id), "selected": filter.unit == unit.id ? "selected" : nil]) { unit.name } }
                    }
                }
                el("label") {
                    Strings.Pages.leaders
                    el("select", ["name": "leader"]) {
                        el("option", ["value": ""]) { Strings.Pages.all }
                        for leader in leaders {
                            el("option", ["value": String(leader.id), "selected": filter.leader == leader.id ? "selected" : nil]) { leader.name }
                        }
                    }
                }
                el("label") {
                    Strings.Pages.kind
                    el("select", ["name": "kind"]) {
                        el("option", ["value": ""]) { Strings.Pages.all }
                        for kind in ["quantitative", "milestone", "qualitative"] {
                            el("option", ["value": kind, "selected": filter.kind == kind ? "selected" : nil]) { Strings.Pages.kindName(kind) }
                        }
                    }
                }
                el("button", ["type": "submit"]) { Strings.Pages.filter }
            }
            TaskTable.render(
                rows, draftWarnings: draft?.canEdit == true ? draft?.rowWarnings : nil, printed: true,
                confirmRow: Permissions.decide(req.actor, .publishPlan, .government(plan.governmentID, published: false)).isAllowed
                    ? { taskID in confirmRowForm(planID: plan.id, taskID: taskID, req: req) } : nil)
        }
    }

    static let listedRowWarnings = 30

    struct DraftInfo {
        var findings: [String]
        var proposedUnits: [UnitEntry]
        var knownUnits: [UnitEntry]
        var rowWarnings: [Int: [String]]
        var canEdit: Bool
        var sections: [DraftStructurePage.Section]
    }

    static func draftPanel(_ plan: PlanEntry, draft: DraftInfo, warnings: [String], req: Request) -> HTML {
        el("section", ["class": "card", "id": "draft"]) {
            let rowWarnings = draft.rowWarnings.sorted { $0.key < $1.key }.flatMap { id, list in list.map { (id, $0) } }
            // A plan drafted from nothing had no document to doubt.
            if plan.sourceFormat != "manual" {
                el("h2") { Strings.Pages.warnings }
                if warnings.isEmpty && rowWarnings.isEmpty { el("p", ["class": "muted"]) { Strings.ProductPages.none } }
            }
            el("ul", ["id": "import-warnings"]) {
                for warning in warnings { el("li", ["class": "warn"]) { warning } }
                // Row doubts, each linked to its row; the rest are marked in the table below.
                for (taskID, warning) in rowWarnings.prefix(Self.listedRowWarnings) {
                    el("li", ["class": "warn"]) { el("a", ["href": "#task-\(taskID)"]) { warning } }
                }
            }
            if rowWarnings.count > Self.listedRowWarnings {
                el("p", ["class": "muted"]) { Strings.Editor.moreRowWarnings(rowWarnings.count - Self.listedRowWarnings) }
            }
            if !draft.findings.isEmpty {
                el("h2") { Strings.Pages.findings }
                el("ul") { for finding in draft.findings { el("li") { finding } } }
            }
            if !draft.proposedUnits.isEmpty {
                if draft.canEdit {
                    DraftEditorPage.mapping(planID: plan.id, proposed: draft.proposedUnits, known: draft.knownUnits, req: req)
                } else {
                    el("h2") { Strings.Pages.proposedUnits }
                    el("p") { draft.proposedUnits.map(\.name).joined(separator: "、") }
                }
            }
            if draft.canEdit { DraftStructurePage.sections(planID: plan.id, draft.sections, req: req) }
            if Permissions.decide(req.actor, .publishPlan, .government(plan.governmentID, published: false)).isAllowed {
                let pending = draft.rowWarnings.values.filter { !$0.isEmpty }.count
                if pending > 0 { confirmation(planID: plan.id, pending: pending, req: req) }
                el("form", ["method": "post", "action": "/plans/\(plan.id)/publish"]) {
                    Page.csrf(req)
                    el("button", ["type": "submit", "id": "publish"]) { Strings.Pages.publish }
                }
            }
        }
    }

    static func confirmRowForm(planID: Int, taskID: Int, req: Request) -> HTML {
        el("form", ["method": "post", "action": "/plans/\(planID)/confirmations", "class": "confirm-row"]) {
            Page.csrf(req)
            el("input", ["type": "hidden", "name": "taskID", "value": String(taskID)])
            el("button", ["type": "submit", "class": "secondary", "id": "confirm-\(taskID)"]) { Strings.Confirm.confirmRow }
        }
    }

    /// Before publishing: the rows in doubt are corrected in the editor or confirmed here, each
    /// confirmation written to the audit trail with its reason.
    static func confirmation(planID: Int, pending: Int, req: Request) -> HTML {
        typealias Say = Strings.Confirm
        return el("section", ["id": "confirmation"]) {
            el("h2") { Say.heading }
            el("p", ["class": "warn", "id": "confirmation-pending"]) { Say.pending(pending) }
            el("form", ["method": "post", "action": "/plans/\(planID)/confirmations", "id": "confirm-all-form"]) {
                Page.csrf(req)
                el("label", ["for": "confirm-reason"]) { Say.reasonLabel }
                el(
                    "textarea",
                    [
                        "id": "confirm-reason", "name": "reason", "rows": "2", "maxlength": "500", "required": "required",
                        "placeholder": Say.reasonPlaceholder,
                    ]
                ) { "" }
                el("p") { el("button", ["type": "submit", "id": "confirm-all"]) { Say.confirmAll } }
            }
        }
    }
}
