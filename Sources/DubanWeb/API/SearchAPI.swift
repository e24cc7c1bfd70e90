import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// `/search?q=` (page) and `/api/v1/search?q=`: tasks, units and leaders by any fragment of
/// their text, within what the asker may read.
struct SearchAPI {
    func register(_ app: Application) {
        app.get("api", "v1", "search") { req async throws -> Response in
            try await Self.results(req).jsonResponse()
        }
        app.get("search") { req async throws -> Response in
            let query = req.query[String.self, at: "q"] ?? ""
            return SearchPage.render(query: query, results: try await Self.results(req), req: req).response()
        }
    }

    static func results(_ req: Request) async throws -> Search.Results {
        // A NUL cuts SQLite's FTS5 phrase short ("unterminated string", a 500): searched text has none.
        let query = String((req.query[String.self, at: "q"] ?? "").filter { $0 != "\u{0}" }.prefix(100))
        return try await Search.find(query, scope: Permissions.scope(req.actor), on: req.db)
    }
}

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
