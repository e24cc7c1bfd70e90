import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The search page: what the reader may see among plans, tasks, units and leaders.
enum SearchPage {
    static func render(query: String, results: Search.Results, req: Request) -> HTML {
        typealias S = Strings.Pages
        return Page.layout(S.search, request: req) {
            el("h1") { S.search }
            el("form", ["method": "get", "action": "/search", "role": "search", "class": "filters"]) {
                el("label", ["for": "search-q"]) { S.searchHint }
                el("input", ["type": "search", "id": "search-q", "name": "q", "value": query, "required": "required"])
                el("button", ["type": "submit"]) { S.search }
            }
            if !query.isEmpty {
                el("p", ["class": "muted", "id": "search-summary"]) {
                    S.searchSummary(tasks: results.tasks.count, units: results.units.count, leaders: results.leaders.count)
                }
                if !results.units.isEmpty || !results.leaders.isEmpty {
                    el("p", ["id": "search-names"]) {
                        for unit in results.units {
                            el("a", ["href": "/units/\(unit.id)", "class": "chip"]) { unit.name }
                            " "
                        }
                        for leader in results.leaders {
                            el("a", ["href": "/leaders/\(leader.id)", "class": "chip"]) { leader.name }
                            " "
                        }
                    }
                }
                el("ol", ["id": "search-tasks"]) {
                    for hit in results.tasks {
                        el("li") {
                            el("a", ["href": "/tasks/\(hit.id)"]) { marked(hit.label.isEmpty ? hit.text : hit.label + " " + hit.text, query) }
                            el("br")
                            el("span", ["class": "muted"]) { hit.planTitle }
                        }
                    }
                }
            }
        }
    }

    /// The text with each occurrence of the query in <mark>, everything escaped.
    static func marked(_ text: String, _ query: String) -> HTML {
        guard !query.isEmpty else { return .text(text) }
        let parts = text.components(separatedBy: query)
        return HTML(unsafe: parts.map(HTML.escape).joined(separator: "<mark>\(HTML.escape(query))</mark>"))
    }
}
