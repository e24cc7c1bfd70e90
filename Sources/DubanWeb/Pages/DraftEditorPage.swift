import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The import wizard's correction step: one row of a draft in a form, and the panel that maps
/// names the directory does not know onto units it does.
enum DraftEditorPage {
    static func edit(_ detail: TaskDetail, sections: [DraftStructurePage.Section], page: PageContext) -> HTML {
        let task = detail.task
        return Page.layout(Strings.Editor.editTask, page) {
            element(.p) { element(.a, ["href": SiteURL.plan.path(task.planID, fragment: "task-\(task.id)")]) { Strings.Editor.backToPlan } }
            element(.h1) { Strings.Editor.editTask + " " + task.label }
            if !detail.importWarnings.isEmpty {
                element(.ul, ["class": "card warn-list", "aria-label": Strings.Editor.rowWarnings]) {
                    for warning in detail.importWarnings { element(.li, ["class": "warn"]) { warning } }
                }
            }
            TaskPage.form(SiteURL.taskEdit.path(task.id), page, id: "edit-task") {
                element(.label, ["for": "text"]) { Strings.Editor.standard }
                element(.textarea, ["id": "text", "name": "text", "rows": "5", "required": "required"]) { task.text }
                element(.label, ["for": "deadline"]) { Strings.Editor.deadline }
                element(
                    .input,
                    [
                        "type": "text", "id": "deadline", "name": "deadline", "value": task.deadline ?? "", "placeholder": "2022-10",
                        "pattern": "[0-9]{4}-[0-9]{2}", "aria-describedby": "deadline-hint",
                    ])
                element(.p, ["class": "muted", "id": "deadline-hint"]) { Strings.Editor.deadlineHint }
                element(.label, ["for": "lead-units"]) { Strings.Editor.leadUnits }
                element(.input, ["type": "text", "id": "lead-units", "name": "leadUnits", "value": task.leadUnits.map(\.name).listed()])
                element(.label, ["for": "coop-units"]) { Strings.Editor.coopUnits }
                element(.input, ["type": "text", "id": "coop-units", "name": "coopUnits", "value": task.coopUnits.map(\.name).listed()])
                element(.label, ["for": "leaders"]) { Strings.Editor.leaders }
                element(.input, ["type": "text", "id": "leaders", "name": "leaders", "value": task.leaders.map(\.name).listed()])
                element(.p) { element(.button, ["type": "submit", "id": "save-task"]) { Strings.Editor.save } }
            }
            DraftStructurePage.arrange(task, sections: sections, page: page)
            element(.section, ["class": "card"]) {
                element(.h2) { Strings.Editor.addAfter }
                TaskPage.form(SiteURL.planTasks.path(task.planID), page, id: "add-task") {
                    element(.input, ["type": "hidden", "name": "afterTaskID", "value": String(task.id)])
                    element(.label, ["for": "new-text"]) { Strings.Editor.standard }
                    element(.textarea, ["id": "new-text", "name": "text", "rows": "3", "required": "required"])
                    element(.label, ["for": "new-lead"]) { Strings.Editor.leadUnits }
                    element(.input, ["type": "text", "id": "new-lead", "name": "leadUnits"])
                    element(.p) { element(.button, ["type": "submit"]) { Strings.Editor.addTask } }
                }
            }
            TaskPage.form(SiteURL.taskDelete.path(task.id), page, id: "delete-task", confirm: Strings.Editor.deleteConfirm) {
                element(.p) { element(.button, ["type": "submit", "class": "danger"]) { Strings.Editor.deleteTask } }
            }
            element(.p, ["class": "muted"]) { Strings.Editor.draftOnlyNote }
        }
    }

    /// Each proposed name with the directory's confirmed units to merge it into.
    static func mapping(planID: Int, proposed: [UnitEntry], known: [UnitEntry], page: PageContext) -> HTML {
        element(.section, ["class": "card", "id": "unit-mapping"]) {
            element(.h2) { Strings.Editor.mapUnits }
            element(.p, ["class": "muted"]) { Strings.Editor.mapHint }
            for unit in proposed {
                let id = unit.id
                TaskPage.form(SiteURL.planUnitMappings.path(planID), page, id: "map-\(id)") {
                    element(.input, ["type": "hidden", "name": "unitID", "value": String(id)])
                    element(.label, ["for": "target-\(id)"]) { "“\(unit.name)” " + Strings.Editor.mapInto }
                    element(.select, ["id": "target-\(id)", "name": "targetUnitID"]) {
                        element(.option, ["value": ""]) { Strings.Editor.keepAsNew }
                        for candidate in ranked(known, like: unit.name) { element(.option, ["value": String(candidate.id)]) { candidate.name } }
                    }
                    element(.button, ["type": "submit"]) { Strings.Editor.map }
                }
            }
        }
    }

    /// Units sharing the most characters with the new name first: 区发展改革局 puts 发改局 near the top.
    static func ranked(_ units: [UnitEntry], like name: String) -> [UnitEntry] {
        let wanted = Set(name)
        return units.sorted { left, right in
            let a = Set(left.name).intersection(wanted).count
            let b = Set(right.name).intersection(wanted).count
            return a != b ? a > b : left.name < right.name
        }
    }
}
