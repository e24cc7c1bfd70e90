import DubanStrings
import DubanWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// The API as a client that did not write it sees it (issue 12, item 5): every route in the
/// OpenAPI document, 405 with Allow for a wrong method, and the refusals schemathesis found as
/// 4xx, never 500.
@Suite struct APIContractTests {
    /// `/api/v1/plans/:id` → `/api/v1/plans/{id}`.
    static func documented(_ route: Route) -> String {
        "/"
            + route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
    }

    @Test func everyAPIRouteIsDocumented() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            let paths = try #require(spec.document["paths"] as? [String: Any])
            var missing: [String] = []
            for route in world.app.routes.all {
                let path = Self.documented(route)
                guard path.hasPrefix("/api/v1/") || path.hasPrefix("/open/") else { continue }
                let methods = paths[path] as? [String: Any] ?? [:]
                if methods[route.method.rawValue.lowercased()] == nil { missing.append("\(route.method.rawValue) \(path)") }
            }
            #expect(missing.isEmpty, "not in the OpenAPI document: \(missing)")
            // And the other way: nothing documented that the server does not route.
            let routed = Set(world.app.routes.all.map { "\($0.method.rawValue.lowercased()) \(Self.documented($0))" })
            for (path, value) in paths {
                for method in (value as? [String: Any] ?? [:]).keys {
                    #expect(routed.contains("\(method) \(path)"), "documented but not routed: \(method) \(path)")
                }
            }
        }
    }

    /// Each operation's summary is a sentence in DubanStrings, and no sentence there describes an
    /// operation that no longer exists.
    @Test func everyOperationIsDescribedInDubanStrings() throws {
        let paths = try #require(OpenAPIDocument.document()["paths"] as? [String: [String: [String: Any]]])
        var described = Set<String>()
        for (path, methods) in paths {
            for (method, operation) in methods {
                let summary = operation["summary"] as? String ?? ""
                #expect(!summary.isEmpty, "\(method) \(path) has no summary")
                described.insert(method.uppercased() + " " + path)
            }
        }
        #expect(Set(Strings.APIDocs.summaries.keys) == described)
    }

    @Test func reportSubmissionDocumentsBothForms() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            let paths = try #require(spec.document["paths"] as? [String: Any])
            let operation = try #require((paths["/api/v1/tasks/{id}/reports"] as? [String: Any])?["post"] as? [String: Any])
            let content = try #require((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any])
            let json = try #require((content["application/json"] as? [String: Any])?["schema"] as? [String: Any])
            #expect((json["required"] as? [String]) == ["narrative"])
            #expect(content["multipart/form-data"] != nil)
        }
    }

    @Test func undeclaredMethodIs405WithAllow() async throws {
        try await WebWorld.with { world in
            let response = try await world.call("supervisor", .PUT, "/api/v1/plans")
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers.first(name: .allow) == "GET, HEAD, POST")
            #expect(response.body.string.contains("reason"))
            let detail = try await world.call(nil, .DELETE, "/api/v1/me")
            #expect(detail.status == .methodNotAllowed)
            #expect(try await world.call(nil, .PUT, "/api/v1/tasks/\(world.taskID)/close").headers.first(name: .allow) == "POST")
            // An unknown path stays 404.
            #expect(try await world.call(nil, .GET, "/api/v1/nothing-here").status == .notFound)
        }
    }

    @Test func idsAndQueriesOutOfBoundsAre400() async throws {
        try await WebWorld.with { world in
            for path in [
                "/api/v1/tasks/2147483648", "/api/v1/tasks/99999999999999999999", "/api/v1/tasks/0",
                "/api/v1/plans/\(world.planID)/tasks?unit=abc", "/api/v1/plans/\(world.planID)/tasks?light=purple",
                "/api/v1/units?government=-1", "/api/v1/city?year=abc",
            ] {
                let response = try await world.call("admin", .GET, path)
                #expect(response.status == .badRequest, "\(path): \(response.status)")
            }
        }
    }

    /// Sends raw bytes as `role` with a content type (the harness's `call` only sends JSON).
    static func send(_ world: WebWorld, _ role: String, _ method: HTTPMethod, _ path: String, type: String, body: [UInt8]) async throws -> TestingHTTPResponse {
        let session = try #require(world.sessions[role])
        let headers: HTTPHeaders = [
            "Content-Type": type, "Accept": "application/json", "Cookie": "duban_session=\(session.cookie)",
            "X-CSRF-Token": session.csrf,
        ]
        return try await world.app.testing().sendRequest(method, path, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// The server used to die (MultipartKit traps on a non-ASCII header name); now it is a 400.
    @Test func multipartWithNonASCIIHeaderNameIs400() async throws {
        try await WebWorld.with { world in
            let body: [UInt8] = Array("--b\r\n".utf8) + [0xC3, 0x9F, 0x0D, 0x0A] + Array("--b--\r\n".utf8)
            let response = try await Self.send(
                world, "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                type: "multipart/form-data; boundary=b", body: body)
            #expect(response.status == .badRequest, "\(response.status) \(response.body.string)")
            #expect(try await world.call("unit", .GET, "/api/v1/me").status == .ok)
        }
    }

    /// What schemathesis sent and the server took or choked on, each now refused as the document says.
    @Test func refusalsFollowTheDocument() async throws {
        try await WebWorld.with { world in
            let cases: [(String, String, String, HTTPResponseStatus)] = [
                // A day that does not exist used to roll over into the next month.
                ("/api/v1/tasks/\(world.taskID)/urgings", "application/json", #"{"message":"x","replyBy":"2022-11-31T02:02:03Z"}"#, .unprocessableEntity),
                ("/api/v1/tasks/\(world.taskID)/urgings", "application/json", #"{"message":"x","replyBy":""}"#, .unprocessableEntity),
                ("/api/v1/tasks/\(world.taskID)/reports", "application/json", #"{"narrative":"x","percentComplete":1e999}"#, .unprocessableEntity),
                ("/api/v1/tasks/\(world.taskID)/reports", "application/json", #"{"narrative":"x","values":{"1":NaN}}"#, .unprocessableEntity),
                ("/api/v1/tasks/\(world.taskID)/reports", "application/json", #"{"narrative":"#, .badRequest),
                ("/api/v1/tasks/\(world.taskID)/reports", "text/plain", "narrative", .unsupportedMediaType),
                ("/api/v1/tasks/\(world.taskID)/urgings", "application/x-www-form-urlencoded", "message=x", .unsupportedMediaType),
                ("/api/v1/plans/\(world.draftPlanID)/tasks", "application/json", #"{"text":"新增一行","sectionID":0}"#, .unprocessableEntity),
                ("/api/v1/tasks/\(world.taskID)/move", "application/json", "{}", .unprocessableEntity),
                ("/api/v1/plans/\(world.planID)/assessment/weights", "application/json", #"{"attainment":-1}"#, .unprocessableEntity),
            ]
            for (path, type, body, status) in cases {
                let method: HTTPMethod = path.hasSuffix("weights") ? .PUT : .POST
                let response = try await Self.send(world, "supervisor", method, path, type: type, body: Array(body.utf8))
                #expect(response.status == status, "\(path) \(body): \(response.status) \(response.body.string)")
                #expect(response.body.string.contains("reason"), "\(path): \(response.body.string)")
            }
            // Repeated or mistyped query parameters are refused, not read as "no filter".
            #expect(try await world.call("supervisor", .GET, "/api/v1/units?government=null&government=null").status == .badRequest)
            // A unit name with a NUL was read back from SQLite cut short; saving it again collided: a 500.
            let nul = #"{"leadUnits":["单位\u0000甲"]}"#
            for _ in 0..<2 {
                let patch = try await Self.send(
                    world, "supervisor", .PATCH, "/api/v1/tasks/\(world.draftTaskID)", type: "application/json",
                    body: Array(nul.utf8))
                #expect(patch.status == .unprocessableEntity, "\(patch.status) \(patch.body.string)")
            }
            // A NUL in the search text used to end SQLite's FTS5 phrase early: a 500.
            #expect(try await world.call("unit", .GET, "/api/v1/search?q=a%00bcd").status == .ok)
            // An escalation may come without a body.
            let escalate = try await world.call("supervisor", .POST, "/api/v1/urgings/2147483647/escalate")
            #expect(escalate.status == .notFound, "\(escalate.status) \(escalate.body.string)")
        }
    }
}
