import Foundation

/// The identity part of the API document (issue 12): API tokens, one's own password, what an
/// office does to accounts beyond creating them, and the review queue with its flag.
extension OpenAPIDocument {
    nonisolated(unsafe) static let identity: [APIOperation] = [
        op(
            "post", "/api/v1/tokens", "创建 API 令牌（须命名；有效期 days 天，默认 90，最长 365；令牌只显示这一次；以 Authorization: Bearer 使用，无需 CSRF）",
            json(ref("Token")), body: IdentityBodies.token),
        op("get", "/api/v1/tokens", "我的 API 令牌（管理员可以 account= 查看他人的）", json(array(ref("TokenInfo"))), query: ["account": id]),
        op("delete", "/api/v1/tokens/{id}", "撤销 API 令牌（只能撤销自己的；管理员可撤销任何令牌）", ok),
        op("put", "/api/v1/me/password", "修改本人密码（当前密码、新密码、再次输入）", ok, body: IdentityBodies.password),
        op("put", "/api/v1/accounts/{id}/active", "停用或启用账户", ok, body: IdentityBodies.active),
        op("post", "/api/v1/accounts/{id}/password-reset", "重置账户密码：返回一次性密码，本人登录后须立即修改", json(ref("PasswordReset"))),
        op(
            "get", "/api/v1/reviews", "待审核报告（authorAccountIssuedByYou：作者账户由您创建或重置密码，您不能审核）",
            json(array(ref("ReviewItem"))), query: ["government": id]),
    ]

    nonisolated(unsafe) static let identitySchemas: [String: JSON] = [
        "Token": object(["token": string, "id": integer, "name": string, "expiresAt": dateTime]),
        "TokenInfo": object(
            ["id": integer, "name": string, "createdAt": dateTime, "expiresAt": dateTime, "expired": boolean],
            required: ["id", "name", "expired"]),
        "PasswordReset": object(["username": string, "oneTimePassword": string]),
        "ReviewItem": object([
            "reportID": integer, "taskID": integer, "taskLabel": string, "unit": string, "period": string,
            "submittedAt": dateTime, "late": boolean, "authorAccountIssuedByYou": boolean,
        ]),
    ]
}

enum IdentityBodies {
    typealias D = OpenAPIDocument
    nonisolated(unsafe) static let token = RequestBodies.json(
        D.object(
            [
                "name": ["type": "string", "minLength": 1, "maxLength": 100, "pattern": "\\S"],
                "days": ["type": ["integer", "null"], "minimum": 1, "maximum": 365],
            ], required: ["name"]))
    nonisolated(unsafe) static let password = RequestBodies.json(
        D.object(
            [
                "old": D.string, "new": ["type": "string", "minLength": 10], "repeat": D.nullable("string"),
            ], required: ["old", "new"]))
    nonisolated(unsafe) static let active = RequestBodies.json(D.object(["active": D.boolean]))
}
