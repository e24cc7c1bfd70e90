import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The import wizard's correction step: one row of a draft in a form, and the panel that maps
/// names the directory does not know onto units it does.
enum DraftEditorPage {
    static func edit(_ detail: TaskDetail, sections: [DraftStructurePage.Section], req: Request) -> HTML {
        let task = detail.task
        return Page.layout(Strings.Editor.editTask, request: req) {
            el("p") { el("a", ["href": "/plans/\(task.planID)#task-\(task.id)"]) { Strings.Editor.backToPlan } }
            el("h1") { Strings.Editor.editTask + " " + task.label }
            if !detail.importWarnings.isEmpty {
                el("ul", ["class": "card warn-list", "aria-label": Strings.Editor.rowWarnings]) {
                    for warning in detail.importWarnings { el("li", ["class": "warn"]) { warning } }
                }
            }
            TaskPage.form("/tasks/\(task.id)/edit", req, id: "edit-task") {
                el("label", ["for": "text"]) { Strings.Editor.standard }
                el("textarea", ["id": "text", "name": "text", "rows": "5", "required": "required"]) { task.text }
                el("label", ["for": "deadline"]) { Strings.Editor.deadline }
                el(
                    "input",
                    [
                        "type": "text", "id": "deadline", "name": "deadline", "value": task.deadline ?? "", "placeholder": "2022-10",
                        "pattern": "[0-9]{4}-[0-9]{2}", "aria-describedby": "deadline-hint",
                    ])
                el("p", ["class": "muted", "id": "deadline-hint"]) { Strings.Editor.deadlineHint }
                el("label", ["for": "lead-units"]) { Strings.Editor.leadUnits }
                el("input", ["type": "text", "id": "lead-units", "name": "leadUnits", "value": task.leadUnits.map(\.name).joined(separator: "、")])
                el("label", ["for": "coop-units"]) { Strings.Editor.coopUnits }
                el("input", ["type": "text", "id": "coop-units", "name": "coopUnits", "value": task.coopUnits.map(\.name).joined(separator: "、")])
                el("label", ["for": "leaders"]) { Strings.Editor.leaders }
                el("input", ["type": "text", "id": "leaders", "name": "leaders", "value": task.leaders.map(\.name).joined(separator: "、")])
                el("p") { el("button", ["type": "submit", "id": "save-task"]) { Strings.Editor.save } }
            }
            DraftStructurePage.arrange(task, sections: sections, req: req)
            el("section", ["class": "card"]) {
                el("h2") { Strings.Editor.addAfter }
                TaskPage.form("/plans/\(task.planID)/tasks", req, id: "add-task") {
                    el("input", ["type": "hidden", "name": "afterTaskID", "value": String(task.id)])
                    el("label", ["for": "new-text"]) { Strings.Editor.standard }
                    el("textarea", ["id": "new-text", "name": "text", "rows": "3", "required": "required"])
                    el("label", ["for": "new-lead"]) { Strings.Editor.leadUnits }
                    el("input", ["type": "text", "id": "new-lead", "name": "leadUnits"])
                    el("p") { el("button", ["type": "submit"]) { Strings.Editor.addTask } }
                }
            }
            TaskPage.form("/tasks/\(task.id)/delete", req, id: "delete-task", confirm: Strings.Editor.deleteConfirm) {
                el("p") { el("button", ["type": "submit", "class": "danger"]) { Strings.Editor.deleteTask } }
            }
            el("p", ["class": "muted"]) { Strings.Editor.draftOnlyNote }
        }
    }

    /// Each proposed name with the directory's confirmed units to merge it into.
    static func mapping(planID: Int, proposed: [UnitEntry], known: [UnitEntry], req: Request) -> HTML {
        el("section", ["class": "card", "id": "unit-mapping"]) {
            el("h2") { Strings.Editor.mapUnits }
            el("p", ["class": "muted"]) { Strings.Editor.mapHint }
            for unit in proposed {
                let id = unit.id
                TaskPage.form("/plans/\(planID)/unit-mappings", req, id: "map-\(id)") {
                    el("input", ["type": "hidden", "name": "unitID", "value": String(id)])
                    el("label", ["for": "target-\(id)"]) { "“\(unit.name)” " + Strings.Editor.mapInto }
                    el("select", ["id": "target-\(id)", "name": "targetUnitID"]) {
                        el("option", ["value": ""]) { Strings.Editor.keepAsNew }
                        for candidate in ranked(known, like: unit.name) { el("option", ["value": String(candidate.id)]) { candidate.name } }
                    }
                    el("button", ["type": "submit"]) { Strings.Editor.map }
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
