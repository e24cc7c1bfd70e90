import DubanStrings
import DubanCore
import DubanStore
import Vapor

/// The task list every role sees, as a table that becomes cards on a phone.
enum TaskTable {
    /// `draftWarnings`: on a draft, each row's import warnings by task id, marked at the row
    /// with a link to correct it.
    static func render(_ rows: [TaskRow], showPath: Bool = true, draftWarnings: [Int: [String]]? = nil) -> HTML {
        guard !rows.isEmpty else { return el("p", ["class": "muted"]) { Strings.Pages.noTasks } }
        return el("table", ["class": "responsive tasks"]) {
            el("thead") {
                el("tr") {
                    el("th", ["scope": "col"]) { Strings.Pages.light }
                    if showPath { el("th", ["scope": "col"]) { Strings.Pages.section } }
                    el("th", ["scope": "col"]) { Strings.Pages.standard }
                    el("th", ["scope": "col"]) { Strings.Pages.leaders }
                    el("th", ["scope": "col"]) { Strings.Pages.leadUnits }
                    el("th", ["scope": "col"]) { Strings.Pages.reasons }
                    if draftWarnings != nil { el("th", ["scope": "col"]) { Strings.Editor.rowWarnings } }
                }
            }
            el("tbody") {
                for row in rows {
                    let warnings = draftWarnings?[row.id] ?? []
                    el("tr", ["id": "task-\(row.id)", "data-task": String(row.id), "data-light": row.light.rawValue,
                              "class": warnings.isEmpty ? nil : "needs-check"]) {
                        el("td", ["data-label": Strings.Pages.light]) { Page.light(row.light) }
                        if showPath { el("td", ["data-label": Strings.Pages.section]) { row.path.joined(separator: " / ") } }
                        el("td", ["data-label": Strings.Pages.standard]) {
                            el("a", ["href": "/tasks/\(row.id)"]) { (row.label.isEmpty ? "" : row.label + " ") + String(row.text.prefix(80)) + (row.text.count > 80 ? "…" : "") }
                        }
                        el("td", ["data-label": Strings.Pages.leaders]) { row.leaders.map(\.name).joined(separator: "、") }
                        el("td", ["data-label": Strings.Pages.leadUnits]) { row.leadUnits.map(\.name).joined(separator: "、") }
                        el("td", ["data-label": Strings.Pages.reasons]) { row.reasons.joined(separator: "；") }
                        if draftWarnings != nil {
                            el("td", ["data-label": Strings.Editor.rowWarnings]) {
                                for warning in warnings { el("p", ["class": "warn"]) { "⚠ " + warning } }
                                el("a", ["href": "/tasks/\(row.id)/edit", "class": "edit"]) { Strings.Editor.edit }
                            }
                        }
                    }
                }
            }
        }
    }

    static func counts(_ rows: [TaskRow]) -> HTML {
        let counts = Dictionary(grouping: rows, by: \.light).mapValues(\.count)
        return el("div", ["class": "counts", "role": "list"]) {
            for light in [Light.red, .yellow, .green, .done, .pending] {
                el("div", ["class": "count", "role": "listitem", "data-count": light.rawValue]) {
                    el("strong") { String(counts[light] ?? 0) }
                    Page.light(light)
                }
            }
        }
    }
}
