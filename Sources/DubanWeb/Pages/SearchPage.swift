import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// The search page: what the reader may see among plans, tasks, units and leaders.
enum SearchPage {
    static func render(query: String, results: Search.Results, page: PageContext) -> HTML {
        typealias PagesText = Strings.Pages
        return Page.layout(PagesText.search, page) {
            element(.h1) { PagesText.search }
            element(.form, ["method": "get", "action": SiteURL.search.path(), "role": "search", "class": "filters"]) {
                element(.label, ["for": "search-q"]) { PagesText.searchHint }
                element(.input, ["type": "search", "id": "search-q", "name": "q", "value": query, "required": "required"])
                element(.button, ["type": "submit"]) { PagesText.search }
            }
            if !query.isEmpty {
                element(.p, ["class": "muted", "id": "search-summary"]) {
                    PagesText.searchSummary(tasks: results.tasks.count, units: results.units.count, leaders: results.leaders.count)
                }
                if !results.units.isEmpty || !results.leaders.isEmpty {
                    element(.p, ["id": "search-names"]) {
                        for unit in results.units {
                            element(.a, ["href": SiteURL.unit.path(unit.id), "class": "chip"]) { unit.name }
                            " "
                        }
                        for leader in results.leaders {
                            element(.a, ["href": SiteURL.leader.path(leader.id), "class": "chip"]) { leader.name }
                            " "
                        }
                    }
                }
                element(.ol, ["id": "search-tasks"]) {
                    for hit in results.tasks {
                        element(.li) {
                            element(.a, ["href": SiteURL.task.path(hit.id)]) { marked(hit.label.isEmpty ? hit.text : hit.label + " " + hit.text, query) }
                            element(.br)
                            element(.span, ["class": "muted"]) { hit.planTitle }
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
