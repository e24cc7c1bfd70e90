import Vapor

extension SiteURL {
    /// The pattern as Vapor's router takes it (`:id` becomes a parameter).
    var components: [PathComponent] { segments.map { PathComponent(stringLiteral: $0) } }
}

/// Registering a page from its `SiteURL`, so the route and every link to it share one pattern.
extension RoutesBuilder {
    @discardableResult
    func get<Result: AsyncResponseEncodable>(_ url: SiteURL, use closure: @Sendable @escaping (Request) async throws -> Result) -> Route {
        on(.GET, url.components, use: closure)
    }

    @discardableResult
    func post<Result: AsyncResponseEncodable>(_ url: SiteURL, use closure: @Sendable @escaping (Request) async throws -> Result) -> Route {
        on(.POST, url.components, use: closure)
    }

    /// A POST whose body is streamed (uploads), collected by the handler up to its own limit.
    @discardableResult
    func on<Result: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ url: SiteURL, body: HTTPBodyStreamStrategy, use closure: @Sendable @escaping (Request) async throws -> Result
    ) -> Route {
        on(method, url.components, body: body, use: closure)
    }
}
