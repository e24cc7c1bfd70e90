import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The draft editor's structure: sections and where rows sit, and a plan begun from nothing.
enum DraftStructurePage {
    typealias Section = DraftOutline.Section

    /// Sections of a draft with their forms: rename, delete when empty, add a row at the end.
    static func sections(planID: Int, _ sections: [Section], req: Request) -> HTML {
        typealias S = Strings.Editor
        return el("section", ["class": "card", "id": "sections"]) {
            el("h2") { S.sections }
            el("p", ["class": "muted"]) { S.sectionsHint }
            el("ul", ["class": "plain sections"]) {
                for section in sections {
                    el("li", ["id": "section-\(section.id)", "class": "depth-\(min(section.depth, 3))"]) {
                        el("strong") { section.title }
                        " "
                        el("span", ["class": "muted"]) { S.rowsInSection(section.rows) }
                        el("details") {
                            el("summary") { S.rename + " · " + S.addToSection }
                            TaskPage.form("/sections/\(section.id)/rename", req) {
                                el("label", ["for": "section-title-\(section.id)"]) { S.sectionTitle }
                                el("span", ["class": "inline"]) {
                                    el(
                                        "input",
                                        ["type": "text", "id": "section-title-\(section.id)", "name": "title", "value": section.title, "required": "required"])
                                    el("button", ["type": "submit", "class": "secondary"]) { S.rename }
                                }
                            }
                            TaskPage.form("/plans/\(planID)/tasks", req, id: "add-to-section-\(section.id)") {
                                el("input", ["type": "hidden", "name": "sectionID", "value": String(section.id)])
                                el("label", ["for": "section-text-\(section.id)"]) { S.addToSection + " · " + S.standard }
                                el("textarea", ["id": "section-text-\(section.id)", "name": "text", "rows": "2", "required": "required"])
                                el("label", ["for": "section-lead-\(section.id)"]) { S.leadUnits }
                                el("input", ["type": "text", "id": "section-lead-\(section.id)", "name": "leadUnits"])
                                el("label", ["for": "section-leaders-\(section.id)"]) { S.leaders }
                                el("input", ["type": "text", "id": "section-leaders-\(section.id)", "name": "leaders"])
                                el("label", ["for": "section-deadline-\(section.id)"]) { S.deadline }
                                el(
                                    "input",
                                    [
                                        "type": "text", "id": "section-deadline-\(section.id)", "name": "deadline", "placeholder": "2022-10",
                                        "pattern": "[0-9]{4}-[0-9]{2}",
                                    ])
                                el("p") { el("button", ["type": "submit"]) { S.addTask } }
                            }
                            if section.rows == 0 {
                                TaskPage.form("/sections/\(section.id)/delete", req) {
                                    el("p") { el("button", ["type": "submit", "class": "danger"]) { S.deleteSection } }
                                }
                            }
                        }
                    }
                }
            }
            TaskPage.form("/plans/\(planID)/sections", req, id: "add-section") {
                el("label", ["for": "new-section"]) { S.addSection + " · " + S.sectionTitle }
                el("input", ["type": "text", "id": "new-section", "name": "title", "required": "required"])
                if !sections.isEmpty {
                    el("label", ["for": "new-section-parent"]) { S.parentSection }
                    el("select", ["id": "new-section-parent", "name": "parentID"]) {
                        el("option", ["value": ""]) { S.topLevel }
                        for section in sections { el("option", ["value": String(section.id)]) { section.display } }
                    }
                }
                el("p") { el("button", ["type": "submit"]) { S.addSection } }
            }
        }
    }

    /// On a row's edit page: move it, split it, merge it with the next.
    static func arrange(_ task: TaskRow, sections: [Section], req: Request) -> HTML {
        typealias S = Strings.Editor
        return el("section", ["class": "card", "id": "arrange"]) {
            el("h2") { S.arrange }
            el("div", ["class": "actions"]) {
                for (direction, label) in [("up", S.moveUp), ("down", S.moveDown)] {
                    TaskPage.form("/tasks/\(task.id)/move", req, id: "move-\(direction)") {
                        el("input", ["type": "hidden", "name": "direction", "value": direction])
                        el("button", ["type": "submit", "class": "secondary"]) { label }
                    }
                }
            }
            if sections.count > 1 {
                TaskPage.form("/tasks/\(task.id)/move", req, id: "move-section") {
                    el("label", ["for": "move-to"]) { S.moveToSection }
                    el("span", ["class": "inline"]) {
                        el("select", ["id": "move-to", "name": "sectionID"]) {
                            for section in sections {
                                el("option", ["value": String(section.id), "selected": section.path == task.path ? "selected" : nil]) { section.display }
                            }
                        }
                        el("button", ["type": "submit", "class": "secondary"]) { S.move }
                    }
                }
            }
            el("h3") { S.split }
            TaskPage.form("/tasks/\(task.id)/split", req, id: "split-task") {
                el("label", ["for": "split-parts"]) { S.splitParts }
                el("textarea", ["id": "split-parts", "name": "parts", "rows": "5", "required": "required", "aria-describedby": "split-hint"]) {
                    suggestedSplit(task.text)
                }
                el("p", ["class": "muted", "id": "split-hint"]) { S.splitHint }
                el("p") { el("button", ["type": "submit", "class": "secondary"]) { S.splitButton } }
            }
            el("h3") { S.merge }
            TaskPage.form("/tasks/\(task.id)/merge", req, id: "merge-task", confirm: S.mergeConfirm) {
                el("p", ["class": "muted"]) { S.mergeHint }
                el("p") { el("button", ["type": "submit", "class": "secondary"]) { S.mergeButton } }
            }
        }
    }

    /// A standard that lists several things with "；" is offered split at each of them.
    static func suggestedSplit(_ text: String) -> String {
        let parts = text.split(separator: "；").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.count > 1 ? parts.joined(separator: "\n") : text
    }

    static func newPlan(_ req: Request, governments: [GovernmentEntry], year: Int, error: String? = nil) -> HTML {
        typealias S = Strings.Editor
        return Page.layout(S.newPlan, request: req) {
            el("h1") { S.newPlan }
            el("p", ["class": "muted"]) { S.newPlanHint }
            if let error { el("div", ["class": "card error"]) { el("p", ["role": "alert"]) { error } } }
            el("section", ["class": "card"]) {
                TaskPage.form("/plans/new", req, id: "new-plan") {
                    if governments.count > 1 {
                        el("label", ["for": "government"]) { Strings.Pages.government }
                        el("select", ["id": "government", "name": "governmentID"]) {
                            for government in governments { el("option", ["value": String(government.id)]) { government.name } }
                        }
                    }
                    el("label", ["for": "plan-title"]) { S.planTitle }
                    el("input", ["type": "text", "id": "plan-title", "name": "title", "required": "required"])
                    el("label", ["for": "plan-year"]) { S.planYear }
                    el(
                        "input",
                        ["type": "number", "id": "plan-year", "name": "year", "value": String(year), "min": "2000", "max": "2100", "required": "required"])
                    el("label", ["for": "plan-sections"]) { S.planSections }
                    el("textarea", ["id": "plan-sections", "name": "sections", "rows": "6", "placeholder": S.planSectionsExample])
                    el("p") { el("button", ["type": "submit", "id": "create-plan"]) { S.createPlan } }
                }
            }
        }
    }
}
