import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

/// Urgings reach the government's DingTalk or WeCom group robot: queued with the urging, sent by
/// the sweep to a real HTTP server on loopback standing in for the robot.
@Suite(.serialized) struct WebhookTests {
    final class Sink: @unchecked Sendable {
        let received = NIOLockedValueBox<[String]>([])
    }

    @Test(arguments: ["dingtalk", "wecom"])
    func urgingIsPostedToTheRobot(kind: String) async throws {
        let sinkApp = try await Application.make(.testing)
        sinkApp.logger.logLevel = .error
        let sink = Sink()
        sinkApp.post("robot") { req -> String in
            sink.received.withLockedValue { $0.append(req.body.string ?? "") }
            return #"{"errcode":0}"#
        }
        sinkApp.http.server.configuration.port = 0
        sinkApp.http.server.configuration.hostname = "127.0.0.1"
        try await sinkApp.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = sinkApp.http.server.shared.localAddress?.port ?? 0
        do {
            try await check(kind: kind, port: port, sink: sink)
        } catch {
            await sinkApp.server.shutdown()
            try? await sinkApp.asyncShutdown()
            throw error
        }
        await sinkApp.server.shutdown()
        try await sinkApp.asyncShutdown()
    }

    func check(kind: String, port: Int, sink: Sink) async throws {
        #expect(port > 0)
        // The stand-in robot is on loopback, which an installation must name to allow.
        try await WebWorld.with(config: { $0.webhookAllowedHosts = ["127.0.0.1"] }) { world in
            let set = try await world.call(
                "supervisor", .PUT, "/api/v1/governments/\(world.governmentID)/webhook",
                json: #"{"url":"http://127.0.0.1:\#(port)/robot","kind":"\#(kind)"}"#)
            #expect(set.status == .ok)
            let urge = try await world.call("supervisor", .POST, "/api/v1/tasks/\(world.taskID)/urgings", json: #"{"message":"请于周五前报送8月进展"}"#)
            #expect(urge.status == .created)
            try await Sweeper.runOnce(app: world.app)
            let bodies = sink.received.withLockedValue { $0 }
            #expect(bodies.count == 1)
            let json = try #require(try JSONSerialization.jsonObject(with: Data((bodies.first ?? "").utf8)) as? [String: Any])
            #expect(json["msgtype"] as? String == "markdown")
            let markdown = try #require(json["markdown"] as? [String: Any])
            let text = (kind == "dingtalk" ? markdown["text"] : markdown["content"]) as? String ?? ""
            #expect(text.contains("请于周五前报送8月进展") && text.contains("催办"))
            if kind == "dingtalk" { #expect((markdown["title"] as? String)?.contains("催办") == true) }
            // Sent once: a second sweep finds nothing pending.
            try await Sweeper.runOnce(app: world.app)
            #expect(sink.received.withLockedValue { $0.count } == 1)
            #expect(try await OutboxRecord.query(on: world.app.db).filter(\.$sentAt == nil).count() == 0)
        }
    }
}
