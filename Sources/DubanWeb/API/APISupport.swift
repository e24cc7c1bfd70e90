import DubanCore
import DubanStore
import DubanStrings
import Vapor

extension Request {
    func id(_ name: String = "id") throws -> Int {
        // Ids are positive and within the OpenAPI document's bound (2^31 - 1).
        guard let value = parameters.get(name, as: Int.self), (1...OpenAPIDocument.maxID).contains(value) else {
            throw Abort(.badRequest, reason: Strings.Web.badID)
        }
        return value
    }

    /// Decodes a JSON or form body, turning decoding failures into one Chinese 400.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do { return try content.decode(type) } catch { throw Abort(.badRequest, reason: Strings.Web.badRequest) }
    }
}

/// Plain `{"ok": true}` for writes that return nothing else.
struct OK: Content {
    var ok = true
    var id: Int?
    /// Rows a split made, the kept one first.
    var ids: [Int]?
}

extension Encodable where Self: Sendable {
    /// JSON with ISO-8601 dates, the API's one date format, slashes left alone.
    static var apiEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    func jsonResponse(status: HTTPResponseStatus = .ok) throws -> Response {
        let response = Response(status: status, body: .init(data: try Self.apiEncoder.encode(self)))
        response.headers.contentType = .json
        return response
    }
}

extension Response {
    /// A stored file to save, under its own (percent-encoded) name.
    static func attachment(_ data: Data, filename: String, contentType: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "file"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename*=UTF-8''\(encoded)")
        return response
    }
}
