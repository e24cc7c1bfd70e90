import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The draft editor's structure: sections and where rows sit, and a plan begun from nothing.
enum DraftStructurePage {
    typealias Section = DraftOutline.Section

    /// Sections of a draft with their forms: rename, delete when empty, add a row at the end.
    static func sections(planID: Int, _ sections: [Section], page: PageContext) -> HTML {
        typealias EditorText = Strings.Editor
        return element(.section, ["class": "card", "id": "sections"]) {
            element(.h2) { EditorText.sections }
            element(.p, ["class": "muted"]) { EditorText.sectionsHint }
            element(.ul, ["class": "plain sections"]) {
                for section in sections {
                    element(.li, ["id": "section-\(section.id)", "class": "depth-\(min(section.depth, 3))"]) {
                        element(.strong) { section.title }
                        " "
                        element(.span, ["class": "muted"]) { EditorText.rowsInSection(section.rows) }
                        element(.details) {
                            element(.summary) { EditorText.rename + " · " + EditorText.addToSection }
                            TaskPage.form(SiteURL.sectionRename.path(section.id), page) {
                                element(.label, ["for": "section-title-\(section.id)"]) { EditorText.sectionTitle }
                                element(.span, ["class": "inline"]) {
                                    element(
                                        .input,
                                        ["type": "text", "id": "section-title-\(section.id)", "name": "title", "value": section.title, "required": "required"])
                                    element(.button, ["type": "submit", "class": "secondary"]) { EditorText.rename }
                                }
                            }
                            TaskPage.form(SiteURL.planTasks.path(planID), page, id: "add-to-section-\(section.id)") {
                                element(.input, ["type": "hidden", "name": "sectionID", "value": String(section.id)])
                                element(.label, ["for": "section-text-\(section.id)"]) { EditorText.addToSection + " · " + EditorText.standard }
                                element(.textarea, ["id": "section-text-\(section.id)", "name": "text", "rows": "2", "required": "required"])
                                element(.label, ["for": "section-lead-\(section.id)"]) { EditorText.leadUnits }
                                element(.input, ["type": "text", "id": "section-lead-\(section.id)", "name": "leadUnits"])
                                element(.label, ["for": "section-leaders-\(section.id)"]) { EditorText.leaders }
                                element(.input, ["type": "text", "id": "section-leaders-\(section.id)", "name": "leaders"])
                                element(.label, ["for": "section-deadline-\(section.id)"]) { EditorText.deadline }
                                element(
                                    .input,
                                    [
                                        "type": "text", "id": "section-deadline-\(section.id)", "name": "deadline", "placeholder": "2022-10",
                                        "pattern": "[0-9]{4}-[0-9]{2}",
                                    ])
                                element(.p) { element(.button, ["type": "submit"]) { EditorText.addTask } }
                            }
                            if section.rows == 0 {
                                TaskPage.form(SiteURL.sectionDelete.path(section.id), page) {
                                    element(.p) { element(.button, ["type": "submit", "class": "danger"]) { EditorText.deleteSection } }
                                }
                            }
                        }
                    }
                }
            }
            TaskPage.form(SiteURL.planSections.path(planID), page, id: "add-section") {
                element(.label, ["for": "new-section"]) { EditorText.addSection + " · " + EditorText.sectionTitle }
                element(.input, ["type": "text", "id": "new-section", "name": "title", "required": "required"])
                if !sections.isEmpty {
                    element(.label, ["for": "new-section-parent"]) { EditorText.parentSection }
                    element(.select, ["id": "new-section-parent", "name": "parentID"]) {
                        element(.option, ["value": ""]) { EditorText.topLevel }
                        for section in sections { element(.option, ["value": String(section.id)]) { section.display } }
                    }
                }
                element(.p) { element(.button, ["type": "submit"]) { EditorText.addSection } }
            }
        }
    }

    /// On a row's edit page: move it, split it, merge it with the next.
    static func arrange(_ task: TaskRow, sections: [Section], page: PageContext) -> HTML {
        typealias EditorText = Strings.Editor
        return element(.section, ["class": "card", "id": "arrange"]) {
            element(.h2) { EditorText.arrange }
            element(.div, ["class": "actions"]) {
                for (direction, label) in [("up", EditorText.moveUp), ("down", EditorText.moveDown)] {
                    TaskPage.form(SiteURL.taskMove.path(task.id), page, id: "move-\(direction)") {
                        element(.input, ["type": "hidden", "name": "direction", "value": direction])
                        element(.button, ["type": "submit", "class": "secondary"]) { label }
                    }
                }
            }
            if sections.count > 1 {
                TaskPage.form(SiteURL.taskMove.path(task.id), page, id: "move-section") {
                    element(.label, ["for": "move-to"]) { EditorText.moveToSection }
                    element(.span, ["class": "inline"]) {
                        element(.select, ["id": "move-to", "name": "sectionID"]) {
                            for section in sections {
                                element(.option, ["value": String(section.id), "selected": section.path == task.path ? "selected" : nil]) { section.display }
                            }
                        }
                        element(.button, ["type": "submit", "class": "secondary"]) { EditorText.move }
                    }
                }
            }
            element(.h3) { EditorText.split }
            TaskPage.form(SiteURL.taskSplit.path(task.id), page, id: "split-task") {
                element(.label, ["for": "split-parts"]) { EditorText.splitParts }
                element(.textarea, ["id": "split-parts", "name": "parts", "rows": "5", "required": "required", "aria-describedby": "split-hint"]) {
                    suggestedSplit(task.text)
                }
                element(.p, ["class": "muted", "id": "split-hint"]) { EditorText.splitHint }
                element(.p) { element(.button, ["type": "submit", "class": "secondary"]) { EditorText.splitButton } }
            }
            element(.h3) { EditorText.merge }
            TaskPage.form(SiteURL.taskMerge.path(task.id), page, id: "merge-task", confirm: EditorText.mergeConfirm) {
                element(.p, ["class": "muted"]) { EditorText.mergeHint }
                element(.p) { element(.button, ["type": "submit", "class": "secondary"]) { EditorText.mergeButton } }
            }
        }
    }

    /// A standard that lists several things with "；" is offered split at each of them.
    static func suggestedSplit(_ text: String) -> String {
        let parts = text.split(separator: "；").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.count > 1 ? parts.joined(separator: "\n") : text
    }

    static func newPlan(_ page: PageContext, governments: [GovernmentEntry], year: Int, error: String? = nil) -> HTML {
        typealias EditorText = Strings.Editor
        return Page.layout(EditorText.newPlan, page) {
            element(.h1) { EditorText.newPlan }
            element(.p, ["class": "muted"]) { EditorText.newPlanHint }
            if let error { element(.div, ["class": "card error"]) { element(.p, ["role": "alert"]) { error } } }
            element(.section, ["class": "card"]) {
                TaskPage.form(SiteURL.newPlan.path(), page, id: "new-plan") {
                    if governments.count > 1 {
                        element(.label, ["for": "government"]) { Strings.Pages.government }
                        element(.select, ["id": "government", "name": "governmentID"]) {
                            for government in governments { element(.option, ["value": String(government.id)]) { government.name } }
                        }
                    }
                    element(.label, ["for": "plan-title"]) { EditorText.planTitle }
                    element(.input, ["type": "text", "id": "plan-title", "name": "title", "required": "required"])
                    element(.label, ["for": "plan-year"]) { EditorText.planYear }
                    element(
                        .input,
                        ["type": "number", "id": "plan-year", "name": "year", "value": String(year), "min": "2000", "max": "2100", "required": "required"])
                    element(.label, ["for": "plan-sections"]) { EditorText.planSections }
                    element(.textarea, ["id": "plan-sections", "name": "sections", "rows": "6", "placeholder": EditorText.planSectionsExample])
                    element(.p) { element(.button, ["type": "submit", "id": "create-plan"]) { EditorText.createPlan } }
                }
            }
        }
    }
}
