import Foundation

/// The identity part of the API document (issue 12): API tokens, one's own password, what an
/// office does to accounts beyond creating them, and the review queue with its flag.
extension OpenAPIDocument {
    nonisolated(unsafe) static let identity: [APIOperation] = [
        op("post", "/api/v1/tokens", json(ref("Token")), body: IdentityBodies.token),
        op("get", "/api/v1/tokens", json(array(ref("TokenInfo"))), query: ["account": id]),
        op("delete", "/api/v1/tokens/{id}", ok),
        op("put", "/api/v1/me/password", ok, body: IdentityBodies.password),
        op("put", "/api/v1/accounts/{id}/active", ok, body: IdentityBodies.active),
        op("post", "/api/v1/accounts/{id}/password-reset", json(ref("PasswordReset"))),
        op("get", "/api/v1/reviews", json(array(ref("ReviewItem"))), query: ["government": id]),
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
