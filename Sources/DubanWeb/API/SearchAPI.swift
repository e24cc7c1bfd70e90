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
        app.get(SiteURL.search) { req async throws -> Response in
            let query = req.query[String.self, at: "q"] ?? ""
            return SearchPage.render(query: query, results: try await Self.results(req), page: req.page).response()
        }
    }

    static func results(_ req: Request) async throws -> Search.Results {
        // A NUL cuts SQLite's FTS5 phrase short ("unterminated string", a 500): searched text has none.
        let query = String((req.query[String.self, at: "q"] ?? "").filter { $0 != "\u{0}" }.prefix(100))
        return try await Search.find(query, scope: Permissions.scope(req.actor), on: req.store.db)
    }
}
