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
        app.get("city") { req async throws -> Response in
            let comparison = try await Self.comparison(req)
            return CityPage.render(comparison, req: req).response()
        }
    }

    static func comparison(_ req: Request) async throws -> CityComparison {
        _ = try req.requireActor()
        try CityView.require(req.actor)
        let year = req.query[Int.self, at: "year"] ?? PlanCalendar.calendar.component(.year, from: req.now)
        return try await req.cached("city:\(year)") { [db = req.db, now = req.now] in
            try await CityView.compare(year: year, now: now, on: db)
        }
    }
}

enum CityPage {
    static func render(_ comparison: CityComparison, req: Request) -> HTML {
        typealias S = Strings.ProductPages
        return Page.layout(S.cityView, request: req) {
            el("h1") { "\(comparison.year) \(S.cityView)" }
            el("p", ["class": "muted"]) { comparison.governments.joined(separator: "、") }
            if comparison.metrics.isEmpty { el("p", ["class": "muted"]) { S.noSharedIndicators } }
            let plansPerDistrict = Dictionary(grouping: comparison.metrics.flatMap(\.districts), by: \.government).mapValues { Set($0.map(\.plan)).count }
            for metric in comparison.metrics {
                el("section", ["class": "card"]) {
                    el("h2") { metric.metric }
                    el("table", ["class": "plain-table"]) {
                        el("thead") { el("tr") { for head in [S.district, S.target, S.reported, S.status] { el("th", ["scope": "col"]) { head } } } }
                        el("tbody") {
                            for district in metric.districts {
                                el("tr") {
                                    // Two plans of one district in a year: say which is which.
                                    el("td") {
                                        (plansPerDistrict[district.government] ?? 1) > 1 ? "\(district.government)（\(district.plan)）" : district.government
                                    }
                                    el("td") { "\(Format.number(district.target))\(metric.unit)" }
                                    el("td") { district.reported.map { "\(Format.number($0))\(metric.unit)" } ?? "—" }
                                    el("td") {
                                        el("a", ["href": "/tasks/\(district.taskID)"]) { Page.light(Light(rawValue: district.light) ?? .pending) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
