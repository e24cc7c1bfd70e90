import DubanStrings
import Vapor

/// A known path asked with a method it does not have answers 405 with `Allow` (RFC 9110), not
/// Vapor's 404: a client learns the path exists and which methods it takes.
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error as any AbortError where error.status == .notFound {
            // Only when no route took the request: a handler's own 404 (no such plan) stands.
            guard request.route == nil else { throw error }
            let allowed = Self.methods(for: request.url.path, in: request.application.routes)
            guard !allowed.isEmpty, !allowed.contains(request.method.rawValue) else { throw error }
            return try Self.response(method: request.method.rawValue, allowed: allowed, request: request)
        }
    }

    /// The methods registered for a path, HEAD with GET (Vapor answers HEAD from the GET route).
    static func methods(for path: String, in routes: Routes) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        var methods = Set<String>()
        for route in routes.all where matches(route.path, parts) { methods.insert(route.method.rawValue) }
        if methods.contains("GET") { methods.insert("HEAD") }
        return methods.sorted()
    }

    static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        for (index, component) in pattern.enumerated() {
            switch component {
            case .catchall: return index < parts.count
            case .anything, .parameter: if index >= parts.count { return false }
            case .constant(let value): if index >= parts.count || parts[index] != value { return false }
            }
        }
        return pattern.count == parts.count
    }

    static func response(method: String, allowed: [String], request: Request) throws -> Response {
        let message = Strings.API.methodNotAllowed(method, allowed: allowed)
        let response: Response
        if request.url.path.hasPrefix("/api/") || request.url.path.hasPrefix("/open/") || request.url.path == "/healthz" {
            response = Response(status: .methodNotAllowed)
            try response.content.encode(APIError(error: message, status: 405))
        } else {
            response = Page.error(status: .methodNotAllowed, message: message, request.page).response(status: .methodNotAllowed)
        }
        response.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", "))
        return response
    }
}
