import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The task list every role sees, as a table that becomes cards on a phone.
enum TaskTable {
    /// `draftWarnings`: on a draft, each row's import warnings by task id, marked at the row
    /// with a link to correct it. `printed`: the plan as the document prints it, a heading row
    /// per section and a leader or lead unit shared by consecutive rows in one merged cell.
    /// `confirmRow`: the form that confirms one row in doubt, where the reader may. `anchors`: each
    /// row carries `id="task-N"` for links to land on; only one table per page may (a page with
    /// the same task in two lists would repeat the id).
    static func render(
        _ rows: [TaskRow], showPath: Bool = true, draftWarnings: [Int: [String]]? = nil, printed: Bool = false,
        anchors: Bool = false, confirmRow: ((Int) -> HTML)? = nil
    ) -> HTML {
        guard !rows.isEmpty else { return element(.p, ["class": "muted"]) { Strings.Pages.noTasks } }
        let sectionColumn = showPath && !printed
        let columns = 5 + (sectionColumn ? 1 : 0) + (draftWarnings != nil ? 1 : 0)
        let leaderSpans = printed ? spans(rows) { $0.leaders.map(\.id) } : []
        let leadSpans = printed ? spans(rows) { $0.leadUnits.map(\.id) } : []
        return element(.table, ["class": "responsive tasks" + (printed ? " printed" : "")]) {
            element(.thead) {
                element(.tr) {
                    element(.th, ["scope": "col"]) { Strings.Pages.light }
                    if sectionColumn { element(.th, ["scope": "col"]) { Strings.Pages.section } }
                    element(.th, ["scope": "col"]) { Strings.Pages.standard }
                    element(.th, ["scope": "col"]) { Strings.Pages.leaders }
                    element(.th, ["scope": "col"]) { Strings.Pages.leadUnits }
                    element(.th, ["scope": "col"]) { Strings.Pages.reasons }
                    if draftWarnings != nil { element(.th, ["scope": "col"]) { Strings.Editor.rowWarnings } }
                }
            }
            element(.tbody) {
                for (index, row) in rows.enumerated() {
                    if printed && (index == 0 || rows[index - 1].path != row.path) {
                        element(.tr, ["class": "section-row"]) {
                            element(.th, ["colspan": String(columns), "scope": "colgroup"]) {
                                row.path.isEmpty ? Strings.Pages.noSection : row.path.joined(separator: " / ")
                            }
                        }
                    }
                    let warnings = draftWarnings?[row.id] ?? []
                    element(
                        .tr,
                        [
                            "id": anchors ? "task-\(row.id)" : nil, "data-task": String(row.id), "data-light": row.light.rawValue,
                            "class": warnings.isEmpty ? nil : "needs-check",
                        ]
                    ) {
                        element(.td, ["data-label": Strings.Pages.light]) { Page.light(row.light) }
                        if sectionColumn { element(.td, ["data-label": Strings.Pages.section]) { row.path.joined(separator: " / ") } }
                        element(.td, ["data-label": Strings.Pages.standard]) {
                            element(.a, ["href": SiteURL.task.path(row.id)]) {
                                (row.label.isEmpty ? "" : row.label + " ") + String(row.text.prefix(80)) + (row.text.count > 80 ? "…" : "")
                            }
                        }
                        mergedCell(Strings.Pages.leaders, row.leaders.map(\.name).listed(), span: printed ? leaderSpans[index] : 1)
                        mergedCell(Strings.Pages.leadUnits, row.leadUnits.map(\.name).listed(), span: printed ? leadSpans[index] : 1)
                        element(.td, ["data-label": Strings.Pages.reasons]) { row.reasons.inSeries() }
                        if draftWarnings != nil {
                            element(.td, ["data-label": Strings.Editor.rowWarnings]) {
                                for warning in warnings { element(.p, ["class": "warn"]) { "⚠ " + warning } }
                                element(.a, ["href": SiteURL.taskEdit.path(row.id), "class": "edit"]) { Strings.Editor.edit }
                                if let confirm = confirmRow, !warnings.isEmpty { confirm(row.id) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A cell spanning `span` rows; nil: covered by the cell above, so it is drawn only on a
    /// phone, where each row is a card of its own and must say who is responsible.
    static func mergedCell(_ label: String, _ text: String, span: Int?) -> HTML {
        guard let span else { return element(.td, ["data-label": label, "class": "merged-copy"]) { text } }
        return element(.td, ["data-label": label, "rowspan": span > 1 ? String(span) : nil]) { text }
    }

    /// For each row: how many rows its cell spans (the first of a run of equal, non-empty
    /// values in one section), or nil when the cell above covers it.
    static func spans(_ rows: [TaskRow], _ key: (TaskRow) -> [Int]) -> [Int?] {
        var out = [Int?](repeating: 1, count: rows.count)
        var start = 0
        for index in rows.indices.dropFirst() {
            if rows[index].path == rows[start].path && !key(rows[start]).isEmpty && key(rows[index]) == key(rows[start]) {
                out[index] = nil
                out[start] = (out[start] ?? 1) + 1
            } else {
                start = index
            }
        }
        return out
    }

    /// `previous`: the same tasks a month ago; each count then says how it moved.
    static func counts(_ rows: [TaskRow], previous: [TaskRow]? = nil) -> HTML {
        let counts = Dictionary(grouping: rows, by: \.light).mapValues(\.count)
        let before = previous.map { Dictionary(grouping: $0, by: \.light).mapValues(\.count) }
        return element(.div, ["class": "counts", "role": "list"]) {
            for light in [Light.red, .yellow, .green, .done, .pending] {
                element(.div, ["class": "count", "role": "listitem", "data-count": light.rawValue]) {
                    element(.strong) { String(counts[light] ?? 0) }
                    Page.light(light)
                    if let before {
                        element(.span, ["class": "delta", "data-delta": String((counts[light] ?? 0) - (before[light] ?? 0))]) {
                            Strings.Pages.sinceLastMonth((counts[light] ?? 0) - (before[light] ?? 0))
                        }
                    }
                }
            }
        }
    }

    /// What moved since a month ago: tasks newly red, and tasks that left red.
    static func changes(_ rows: [TaskRow], previous: [TaskRow]) -> HTML {
        let then = Dictionary(uniqueKeysWithValues: previous.map { ($0.id, $0.light) })
        let turnedRed = rows.filter { $0.light == .red && then[$0.id].map { $0 != .red } == true }
        let leftRed = rows.filter { $0.light != .red && then[$0.id] == .red }
        return element(.div, ["class": "changes"]) {
            for (title, list, kind) in [(Strings.Pages.turnedRed, turnedRed, "turned-red"), (Strings.Pages.leftRed, leftRed, "left-red")] {
                // A class, not an id: the office's home shows this for each of its plans.
                element(.p, ["class": kind]) {
                    element(.strong) { Strings.Join.counted(title, list.count) }
                    if list.isEmpty { " " + Strings.ProductPages.none }
                    for row in list.prefix(8) {
                        " "
                        element(.a, ["href": SiteURL.task.path(row.id), "class": "chip"]) {
                            (row.label.isEmpty ? "" : row.label + " ") + String(row.text.prefix(16))
                        }
                    }
                    if list.count > 8 { " " + Strings.Pages.andMore(list.count - 8) }
                }
            }
        }
    }
}
