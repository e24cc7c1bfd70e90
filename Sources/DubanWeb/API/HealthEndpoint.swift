import DubanStore
import DubanStrings
import Vapor

/// `GET /healthz` for load balancers: 200 while the database answers, 503 when it does not.
enum HealthEndpoint {
    static func health(_ req: Request) async throws -> Response {
        struct Health: Content {
            var status: String
            var database: String
            var message: String
        }
        do {
            try await StoreHealth.check(on: req.store.db)
            return try await Health(status: "ok", database: req.duban.config.backend.description, message: Strings.Web.healthy)
                .encodeResponse(for: req)
        } catch {
            let response = try await Health(
                status: "unavailable", database: req.duban.config.backend.description,
                message: Strings.Web.serverError
            ).encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
    }
}
