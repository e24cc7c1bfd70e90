import DubanStrings
import Vapor

/// Holds every request to a documented operation to what the OpenAPI document says it takes:
/// query parameters (400), the body's content type (415), JSON that parses (400), and the body
/// schema (400 for a wrong shape, 422 for a value out of bounds or not finite). The handlers keep
/// their own checks; this makes the document and the server agree on what is refused.
struct RequestContractMiddleware: AsyncMiddleware {
    nonisolated(unsafe) static let operations: [String: APIOperation] = Dictionary(
        OpenAPIDocument.operations.map { ("\($0.method.uppercased()) \($0.path)", $0) }, uniquingKeysWith: { _, last in last })
    nonisolated(unsafe) static let checker = SchemaCheck(components: OpenAPIDocument.allSchemas)

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Every route, pages too: a malformed multipart body must not reach the parser that traps.
        try await MultipartGuard.check(request)
        if let route = request.route, let operation = Self.operations[Self.key(route)] {
            try Self.checkQuery(request, operation)
            // A stranger is refused (401) before the body is read, as the routes do.
            if request.actor != nil || operation.access != .required { try await Self.checkBody(request, operation) }
        }
        return try await next.respond(to: request)
    }

    static func key(_ route: Route) -> String {
        let path = route.path.map { component -> String in
            if case .parameter(let name) = component { return "{\(name)}" }
            return component.description
        }
        return "\(route.method.rawValue) /" + path.joined(separator: "/")
    }

    /// Declared query parameters, each at most once and valid when given.
    static func checkQuery(_ request: Request, _ operation: APIOperation) throws {
        guard !operation.query.isEmpty, let query = request.url.query, !query.isEmpty else { return }
        var seen: [String: [String]] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text) }
            seen[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        for (name, schema) in operation.query {
            guard let values = seen[name] else { continue }
            let refuse = Abort(.badRequest, reason: Strings.API.badQuery(name))
            guard values.count == 1, let text = values.first else { throw refuse }
            let type = schema["type"] as? String
            var value: Any = text
            if type == "integer" {
                guard let number = Int(text) else { throw refuse }
                value = NSNumber(value: number)
            }
            do { try checker.check(value, schema, at: name) } catch { throw refuse }
        }
    }

    static func checkBody(_ request: Request, _ operation: APIOperation) async throws {
        guard let content = operation.body else { return }
        let type = request.headers.contentType
        // A JSON body is read here (the route would read it anyway); uploads stream on to their route.
        if request.body.data == nil, type?.subType == "json" {
            // An upload route (one that also takes multipart) takes JSON of upload size too.
            let upload = content.keys.contains("multipart/form-data")
            let max = upload ? request.duban.config.uploadLimitBytes : request.application.routes.defaultMaxBodySize.value
            _ = try await request.body.collect(max: max).get()
        }
        let data = request.body.data
        let declaredLength = request.headers.first(name: .contentLength).flatMap { Int($0) } ?? 0
        // No body at all: the route says what is missing, after its own permission check.
        if (data.map { $0.readableBytes == 0 } ?? true) && declaredLength == 0 && request.headers.first(name: .transferEncoding) == nil {
            return
        }
        guard let type else { throw Abort(.unsupportedMediaType) }
        guard content.keys.contains(where: { $0.lowercased() == "\(type.type)/\(type.subType)".lowercased() }) else {
            throw Abort(.unsupportedMediaType)
        }
        guard type.subType == "json", let data,
            let schema = (content["application/json"] as? [String: Any])?["schema"] as? [String: Any]
        else { return }
        let bytes = Data(buffer: data)
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            // 1e999, NaN, Infinity: numbers JSON cannot carry as finite values.
            if "\(error)".contains("not representable") || Self.hasNonFiniteToken(bytes) {
                throw Abort(.unprocessableEntity, reason: Strings.API.notFiniteNumber)
            }
            throw Abort(.badRequest, reason: Strings.API.badJSON)
        }
        do {
            try checker.check(value, schema, at: "")
        } catch {
            switch error {
            case .shape(let path): throw Abort(.badRequest, reason: Strings.API.fieldShape(Self.name(path)))
            case .value(let path): throw Abort(.unprocessableEntity, reason: Strings.API.fieldValue(Self.name(path)))
            case .notFinite: throw Abort(.unprocessableEntity, reason: Strings.API.notFiniteNumber)
            }
        }
    }

    static func name(_ path: String) -> String { path.hasPrefix(".") ? String(path.dropFirst()) : (path.isEmpty ? Strings.APIDocs.requestBody : path) }

    static func hasNonFiniteToken(_ bytes: Data) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        return SchemaCheck.matches(text, pattern: "[\\[:,]\\s*[-+]?(NaN|nan|Infinity|inf)\\s*[,\\]}]")
    }
}
