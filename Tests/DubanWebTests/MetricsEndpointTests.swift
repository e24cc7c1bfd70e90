import DubanWeb
import Testing
import Vapor
import VaporTesting

/// `/metrics` exists only for this machine's scraper, or for one holding the metrics token.
@Suite struct MetricsEndpointTests {
    @Test func onlyTheTokenOrThisMachineReadsMetrics() async throws {
        try await WebWorld.with(config: { $0.metricsToken = "scrape-token-0123456789" }) { world in
            // In-process requests come from no address: neither this machine nor the proxy.
            #expect(try await world.app.testing().sendRequest(.GET, "/metrics").status == .notFound)
            let wrong = try await world.app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer wrong-token-0123456789"])
            #expect(wrong.status == .notFound)
            let right = try await world.app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer scrape-token-0123456789"])
            #expect(right.status == .ok)
            #expect(right.headers.contentType?.subType == "plain")
        }
        try await WebWorld.with { world in
            let response = try await world.app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer scrape-token-0123456789"])
            #expect(response.status == .notFound, "no token configured: no token opens it")
        }
    }
}
