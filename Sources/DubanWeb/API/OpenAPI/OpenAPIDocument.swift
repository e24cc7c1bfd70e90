import DubanStrings
import Foundation
import Vapor

/// The OpenAPI 3.1 description of /api/v1 (and the open data and downloads beside it), built
/// as data so tests can check real responses against the same schemas the document publishes.
public enum OpenAPIDocument {
    static let reasons = Strings.APIDocs.errors

    static func operation(_ op: APIOperation) -> JSON {
        var responses: JSON = [String(op.status): ["description": Strings.APIDocs.success, "content": op.content.mapValues { ["schema": $0] }]]
        if let accepted = op.accepted {
            responses["202"] = ["description": Strings.APIDocs.heldForSignOff, "content": accepted.mapValues { ["schema": $0] }]
        }
        for code in op.errors {
            responses[String(code)] = ["description": reasons[code] ?? Strings.APIDocs.refused, "content": ["application/json": ["schema": ref("Error")]]]
        }
        var operation: JSON = ["summary": op.summary, "operationId": "\(op.method)\(op.path)", "responses": responses]
        var parameters: [JSON] = []
        if op.path.contains("{id}") { parameters.append(["name": "id", "in": "path", "required": true, "schema": id]) }
        for (name, schema) in op.query.sorted(by: { $0.key < $1.key }) {
            parameters.append(["name": name, "in": "query", "required": false, "schema": schema])
        }
        if !parameters.isEmpty { operation["parameters"] = parameters }
        if let body = op.body { operation["requestBody"] = ["required": op.bodyRequired, "content": body] }
        switch op.access {
        case .open: operation["security"] = [JSON]()
        // An empty requirement: signing in is optional.
        case .optional: operation["security"] = [["cookie": []], ["bearer": []], JSON()]
        case .required: break
        }
        return operation
    }

    nonisolated(unsafe) static let allSchemas = schemas.merging(identitySchemas) { _, identity in identity }.merging(levelSchemas) { _, levels in levels }

    public static func document() -> [String: Any] {
        var paths: [String: JSON] = [:]
        for op in operations { paths[op.path, default: [:]][op.method] = operation(op) }
        return [
            "openapi": "3.1.0",
            "info": ["title": Strings.APIDocs.title, "version": "1.0.0", "description": Strings.APIDocs.description],
            "components": [
                "schemas": allSchemas,
                "securitySchemes": [
                    "cookie": ["type": "apiKey", "in": "cookie", "name": "duban_session"],
                    "bearer": ["type": "http", "scheme": "bearer"],
                ],
            ],
            "security": [["cookie": []], ["bearer": []]],
            "paths": paths,
        ]
    }

    static func response() -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: document(), options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = .json
        return response
    }
}
