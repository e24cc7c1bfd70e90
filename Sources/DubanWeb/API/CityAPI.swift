import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// The city view: districts compared on the indicators their plans share. For the city-level
/// account (admin); a district's own office sees its own plan, not its neighbours'.
struct CityAPI {
    func register(_ app: Application) {
        app.get("api", "v1", "city") { req async throws -> Response in
            try await Self.comparison(req).jsonResponse()
        }
        app.get(SiteURL.city) { req async throws -> Response in
            let comparison = try await Self.comparison(req)
            return CityPage.render(comparison, page: req.page).response()
        }
    }

    static func comparison(_ req: Request) async throws -> CityComparison {
        _ = try req.requireActor()
        try CityView.require(req.actor)
        let year = req.query[Int.self, at: "year"] ?? PlanCalendar.calendar.component(.year, from: req.now)
        return try await req.cached("city:\(year)") { [db = req.store.db, now = req.now] in
            try await CityView.compare(year: year, now: now, on: db)
        }
    }
}
