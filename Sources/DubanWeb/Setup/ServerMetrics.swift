import Metrics
import Prometheus
import Vapor

/// Prometheus metrics at `/metrics`: Vapor's request counts and durations (by route pattern,
/// never by id), the read cache's hits and misses, and every write's time. The process
/// bootstraps the metrics system once (`serve`); tests that build many applications leave it
/// alone and read an empty registry.
enum ServerMetrics {
    static let registry = PrometheusCollectorRegistry()

    static func bootstrap() {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }

    /// Scrapers on the machine itself (or through the proxy, with `DUBAN_METRICS_TOKEN` as a
    /// bearer token) read it; to anyone else it does not exist.
    static func register(_ app: Application) {
        app.get("metrics") { req -> Response in
            let token = req.duban.config.metricsToken
            let local = ClientAddress.peerIsLoopback(req) && req.headers.first(name: "X-Forwarded-For") == nil
            let bearer = token.map { req.headers.bearerAuthorization?.token == $0 } ?? false
            guard local || bearer else { throw Abort(.notFound) }
            let response = Response(status: .ok, body: .init(string: registry.emitToString()))
            response.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
            return response
        }
    }
}
