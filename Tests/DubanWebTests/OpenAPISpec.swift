import Foundation
import Testing
import Vapor
import VaporTesting

/// The server's own OpenAPI document, used to check real responses: each documented status and
/// schema (types, required fields, enums, nested objects and arrays) must hold.
struct OpenAPISpec {
    var document: [String: Any]

    static func load(_ world: WebWorld) async throws -> OpenAPISpec {
        let response = try await world.app.testing().sendRequest(.GET, "/api/v1/openapi.json")
        #expect(response.status == .ok)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        return OpenAPISpec(document: document)
    }

    func validate(_ response: TestingHTTPResponse, method: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let paths = document["paths"] as? [String: Any]
        guard let operation = (paths?[path] as? [String: Any])?[method] as? [String: Any],
            let responses = operation["responses"] as? [String: Any]
        else {
            Issue.record("undocumented: \(method) \(path)", sourceLocation: sourceLocation)
            return
        }
        let code = String(response.status.code)
        guard let documented = responses[code] as? [String: Any] else {
            Issue.record("\(method) \(path) answered \(code), documented \(responses.keys.sorted()): \(response.body.string)", sourceLocation: sourceLocation)
            return
        }
        guard let schema = ((documented["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any] else { return }
        guard let value = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView), options: [.fragmentsAllowed]) else {
            Issue.record("\(method) \(path): body is not JSON", sourceLocation: sourceLocation)
            return
        }
        for problem in check(value, against: schema, at: "$") {
            Issue.record("\(method) \(path): \(problem)", sourceLocation: sourceLocation)
        }
    }

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String else { return schema }
        let name = String(ref.split(separator: "/").last ?? "")
        return ((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    func check(_ value: Any, against raw: [String: Any], at path: String) -> [String] {
        let schema = resolve(raw)
        var problems: [String] = []
        let types: [String] = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if !types.isEmpty && !types.contains(where: { matches(value, $0) }) {
            return ["\(path) is \(Swift.type(of: value)), schema says \(types)"]
        }
        if let allowed = schema["enum"] as? [String], let string = value as? String, !allowed.contains(string) {
            problems.append("\(path) = \(string) not in \(allowed)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path).\(key) is required")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, sub) in object {
                if let subSchema = properties[key] as? [String: Any] {
                    problems += check(sub, against: subSchema, at: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    problems += check(sub, against: additional, at: "\(path).\(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.prefix(50).enumerated() { problems += check(item, against: items, at: "\(path)[\(index)]") }
        }
        return problems
    }

    /// Foundation on Linux boxes JSON booleans as NSNumber; their description tells them apart.
    func isBool(_ value: Any) -> Bool {
        if String(describing: type(of: value)).contains("Boolean") { return true }
        if value is Bool && !(value is NSNumber) { return true }
        guard let number = value as? NSNumber else { return false }
        return number.description == "true" || number.description == "false"
    }

    func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "integer": return !isBool(value) && (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": return !isBool(value) && value is NSNumber
        default: return true
        }
    }
}
