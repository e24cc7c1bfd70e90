import Foundation
import Vapor

/// The OpenAPI 3.1 description of /api/v1 (and the open data and downloads beside it), built
/// as data so tests can check real responses against the same schemas the document publishes.
public enum OpenAPIDocument {
    nonisolated(unsafe) static let reasons: [Int: String] = [
        400: "请求格式不正确（JSON、字段类型、编号或查询参数）", 401: "未登录或令牌无效", 403: "无权操作",
        404: "不存在", 409: "与当前状态冲突（已签收、已办结、已发布、重名等）", 413: "请求内容过大",
        415: "请求内容类型不受支持", 422: "内容不符合要求（说明见 reason）", 429: "登录失败次数过多，稍后再试", 503: "数据库不可用",
    ]

    static func operation(_ op: APIOperation) -> JSON {
        var responses: JSON = [String(op.status): ["description": "成功", "content": op.content.mapValues { ["schema": $0] }]]
        for code in op.errors {
            responses[String(code)] = ["description": reasons[code] ?? "请求被拒绝", "content": ["application/json": ["schema": ref("Error")]]]
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

    nonisolated(unsafe) static let allSchemas = schemas.merging(identitySchemas) { _, identity in identity }

    public static func document() -> [String: Any] {
        var paths: [String: JSON] = [:]
        for op in operations { paths[op.path, default: [:]][op.method] = operation(op) }
        return [
            "openapi": "3.1.0",
            "info": ["title": "督办 Duban API", "version": "1.0.0", "description": "政府工作报告责任分解方案督办系统接口。错误一律以 JSON 返回，reason 为中文说明；地址存在但方法不对时返回 405 并附 Allow。"],
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
