import Crypto
import DubanCore
import DubanStore
import DubanTestSupport
import DubanWeb
import FluentKit
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

/// Issue 12's findings H2, H3, M2, M6, M8 and the low ones, each through the server as a
/// client would send it. Each test fails on the code the review read.
@Suite struct SecurityFindingsTests {
    static let robot = "https://oapi.dingtalk.com/robot/send?access_token=9f3c1d7e5b2a4c6e8d0f1a3b5c7e9d1f"

    @Test func robotAddressesInsideTheNetworkAreRefused() async throws {
        try await WebWorld.with { world in
            let before = try await world.fingerprint()
            for url in ["http://127.0.0.1:8080/robot", "https://169.254.169.254/latest/meta-data/", "https://192.168.1.1/x", "https://[::1]/r"] {
                let r = try await world.call(
                    "supervisor", .PUT, "/api/v1/governments/\(world.governmentID)/webhook",
                    json: #"{"url":"\#(url)","kind":"dingtalk"}"#)
                #expect(r.status == .unprocessableEntity, "\(url): \(r.status)")
                #expect(r.body.string.contains("内网") || r.body.string.contains("https"), "\(r.body.string)")
            }
            #expect(try await world.fingerprint() == before)
        }
    }

    @Test func theRobotsTokenAndSecretStayOutOfTheAuditTrail() async throws {
        try await WebWorld.with { world in
            let secret = "SEC0a1b2c3d4e5f60718293a4b5c6d7e8f9"
            let r = try await world.call(
                "supervisor", .PUT, "/api/v1/governments/\(world.governmentID)/webhook",
                json: #"{"url":"\#(Self.robot)","kind":"dingtalk","secret":"\#(secret)"}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            let government = try #require(try await GovernmentRecord.find(world.governmentID, on: world.app.db))
            #expect(government.webhookURL == Self.robot && government.webhookSecret == secret)
            let entries = try await AuditRecord.query(on: world.app.db).filter(\.$action == "government.webhook").all()
            #expect(entries.count == 1)
            for entry in entries {
                #expect(!entry.after.contains("9f3c1d7e") && !entry.after.contains(secret), "\(entry.after)")
                #expect(entry.after.contains("oapi.dingtalk.com") && entry.after.contains("加签"))
            }
            let wrongSecret = try await world.call(
                "supervisor", .PUT, "/api/v1/governments/\(world.governmentID)/webhook",
                json: #"{"url":"\#(Self.robot)","secret":"not-a-dingtalk-secret"}"#)
            #expect(wrongSecret.status == .unprocessableEntity)
        }
    }

    /// A robot that never answers costs its own government a timeout; the other government's
    /// message goes out meanwhile, without waiting behind it.
    @Test func oneGovernmentsHungRobotDoesNotHoldUpAnother() async throws {
        try await WebWorld.with { world in
            let db = world.app.db
            for (government, url) in [(world.governmentID, "https://hung.example/robot"), (world.otherGovernmentID, "https://ok.example/robot")] {
                let message = OutboxRecord()
                message.governmentID = government
                message.url = url
                message.payload = "{}"
                message.attempts = 0
                try await message.create(on: db)
            }
            let started = Date()
            let okSentAt = NIOLockedValueBox<Date?>(nil)
            try await WebhookDelivery.deliver(in: world.app.storeContext()) { message in
                if message.url.contains("hung") {
                    try? await Task.sleep(nanoseconds: 1_500_000_000)
                    return .failed("超时")
                }
                okSentAt.withLockedValue { $0 = Date() }
                return .sent
            }
            let okAfter = try #require(okSentAt.withLockedValue { $0 }).timeIntervalSince(started)
            #expect(okAfter < 1.0, "the healthy government waited \(okAfter) s behind the hung one")
            let rows = try await OutboxRecord.query(on: db).sort(\.$governmentID).all()
            #expect(rows.first { $0.governmentID == world.otherGovernmentID }?.sentAt != nil)
            #expect(rows.first { $0.governmentID == world.governmentID }?.lastError == "超时")
        }
    }

    /// Through a real HTTP server that accepts and never answers: the sweep gives up after the
    /// configured timeout and records why.
    @Test func deliveryHasATimeout() async throws {
        let sink = try await Application.make(.testing)
        sink.logger.logLevel = .critical
        sink.post("robot") { _ async throws -> String in
            try await Task.sleep(nanoseconds: 20_000_000_000)
            return "{}"
        }
        try await sink.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = sink.http.server.shared.localAddress?.port ?? 0
        defer {
            Task {
                await sink.server.shutdown()
                try? await sink.asyncShutdown()
            }
        }
        try await WebWorld.with(config: {
            $0.webhookAllowedHosts = ["127.0.0.1"]
            $0.webhookTimeoutSeconds = 1
        }) { world in
            let set = try await world.call(
                "supervisor", .PUT, "/api/v1/governments/\(world.governmentID)/webhook",
                json: #"{"url":"http://127.0.0.1:\#(port)/robot","kind":"wecom"}"#)
            #expect(set.status == .ok)
            #expect(try await world.call("supervisor", .POST, "/api/v1/tasks/\(world.taskID)/urgings", json: #"{"message":"请报送"}"#).status == .created)
            let started = Date()
            try await Sweeper.deliverWebhooks(app: world.app)
            #expect(Date().timeIntervalSince(started) < 8, "delivery waited for a robot that never answers")
            let message = try #require(try await OutboxRecord.query(on: world.app.db).first())
            #expect(message.sentAt == nil && message.attempts == 1)
            #expect(message.lastError?.contains("没有响应") == true, "\(message.lastError ?? "")")
        }
    }

    @Test func dingTalkMessagesAreSigned() throws {
        let at = Date(timeIntervalSince1970: 1_662_000_000.123)
        let url = WebhookDelivery.signedURL(Self.robot, kind: "dingtalk", secret: "SECabc", at: at)
        let query = try #require(URLComponents(string: url)?.queryItems)
        #expect(query.first { $0.name == "timestamp" }?.value == "1662000000123")
        // HMAC-SHA256 of "timestamp\nsecret" keyed by the secret, Base64: computed here by hand.
        let mac = HMAC<SHA256>.authenticationCode(for: Data("1662000000123\nSECabc".utf8), using: SymmetricKey(data: Data("SECabc".utf8)))
        #expect(query.first { $0.name == "sign" }?.value == Data(mac).base64EncodedString())
        #expect(WebhookDelivery.signedURL(Self.robot, kind: "wecom", secret: "SECabc", at: at) == Self.robot, "WeCom does not sign")
        #expect(WebhookDelivery.signedURL(Self.robot, kind: "dingtalk", secret: nil, at: at) == Self.robot)
    }

    /// H3: the twelfth file is checked like the first; more than ten are refused.
    @Test func twelveEvidenceFilesWithABadLastOneAreRefused() async throws {
        try await WebWorld.with { world in
            let before = try await world.fingerprint()
            let pdf = Data("%PDF-1.4\n".utf8).base64EncodedString()
            let elf = Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]).base64EncodedString()
            var files = (1...11).map { #"{"filename":"p\#($0).pdf","data":"\#(pdf)"}"# }
            files.append(#"{"filename":"p12.pdf","data":"\#(elf)"}"#)
            let r = try await world.call(
                "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                json: #"{"narrative":"8月进展","evidence":[\#(files.joined(separator: ","))]}"#)
            #expect(r.status == .unprocessableEntity, "\(r.body.string)")
            #expect(try await world.fingerprint() == before)
        }
    }

    /// M8: non-finite numbers are refused at the edge, in JSON and in the page's form.
    @Test func nonFiniteIndicatorValuesAreRefused() async throws {
        try await WebWorld.with { world in
            let before = try await world.fingerprint()
            for value in ["1e999", "-1e999"] {
                let r = try await world.call(
                    "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                    json: #"{"narrative":"8月进展","values":{"\#(world.indicatorID)":\#(value)}}"#)
                #expect((400..<500).contains(Int(r.status.code)), "\(value): \(r.status)")
            }
            for value in ["inf", "nan", "1e999"] {
                let r = try await world.submit(
                    "unit", "/tasks/\(world.taskID)/reports",
                    ["narrative": "8月进展", "value_\(world.indicatorID)": value])
                #expect(r.status == .unprocessableEntity, "\(value): \(r.status)")
            }
            #expect(try await world.fingerprint() == before)
            #expect(try await world.call("unit", .GET, "/api/v1/tasks/\(world.taskID)").status == .ok)
        }
    }

    /// M2: what a visitor may not read on the task page, it may not read in a bulletin either.
    @Test func visitorsDoNotReadInstructionsInPublishedBulletins() async throws {
        try await WebWorld.with { world in
            let note = "请发改局本月内拿出追赶措施"
            #expect(try await world.call("leader", .POST, "/api/v1/tasks/\(world.taskID)/instructions", json: #"{"text":"\#(note)"}"#).status == .ok)
            let draft = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
            let id = try #require((world.json(draft) as? [String: Any])?["id"] as? Int)
            #expect(try await world.call("supervisor", .POST, "/api/v1/bulletins/\(id)/publish").status == .ok)
            let signedIn = try await world.call("viewer", .GET, "/api/v1/bulletins/\(id)")
            #expect(signedIn.body.string.contains(note), "a signed-in reader sees the 批示")
            let visitor = try await world.call(nil, .GET, "/api/v1/bulletins/\(id)")
            #expect(visitor.status == .ok)
            #expect(!visitor.body.string.contains(note), "a visitor reads the 批示 in the bulletin")
            let page = try await world.page(nil, "/bulletins/\(id)")
            #expect(!page.contains(note))
            let task = try await world.call(nil, .GET, "/api/v1/tasks/\(world.taskID)")
            #expect(!task.body.string.contains(note))
        }
    }

    /// M6: strangers' bodies are capped small; uploads are read only after sign-in; the original
    /// document is stored but not loaded with the plan.
    @Test func bodiesAreBoundedAndUploadsWaitForSignIn() async throws {
        try await WebWorld.with { world in
            // Through a real listening server: the in-memory tester hands routes a body already read.
            let server = try world.app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: 3_000_000)
            let login = try await server.sendRequest(.POST, "/api/v1/session", headers: ["Content-Type": "application/json"], body: big)
            #expect(login.status == .payloadTooLarge)
            let upload = try await server.sendRequest(
                .POST, "/api/v1/imports",
                headers: ["Content-Type": "multipart/form-data; boundary=x"], body: big)
            #expect(upload.status == .unauthorized, "an anonymous upload is refused before it is read")
            #expect(!PlanRecord.keys.contains("source_data"), "the plan's row mapping loads the uploaded file")
        }
    }

    @Test func theUploadedDocumentIsKeptApart() async throws {
        try await WebWorld.with { world in
            let path = RepositoryRoot.path("Samples/zhonglou-2022.txt")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let supervisor = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$username == "supervisor").first())
            let plan = try PlanImporter().importPlan(path: path)
            let result = try await PlanDrafts.create(
                plan, source: bytes, sourceName: "zhonglou-2022.txt",
                governmentID: world.governmentID, actor: supervisor.actor(), in: world.app.storeContext())
            let stored = try await PlanSourceRecord.find(result.planID, on: world.app.db)
            #expect(stored?.data == bytes)
        }
    }

    @Test func anonymousSearchFindsNoNamesFromDrafts() async throws {
        try await WebWorld.with { world in
            let visitor = try await world.call(nil, .GET, "/api/v1/search?q=%E5%8C%BA%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%B1%80")
            #expect(visitor.status == .ok)
            #expect(!visitor.body.string.contains("区发展改革局"), "a visitor finds a unit named only in a draft")
            let office = try await world.call("supervisor", .GET, "/api/v1/search?q=%E5%8C%BA%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%B1%80")
            #expect(office.body.string.contains("区发展改革局"), "the office finds its draft's names")
            let published = try await world.call(nil, .GET, "/api/v1/search?q=%E5%8F%91%E6%94%B9%E5%B1%80")
            #expect(published.body.string.contains("发改局"), "a published plan's unit is still found")
        }
    }

    /// Someone else's evidence answers exactly like evidence that does not exist.
    @Test func evidenceIdsRevealNothing() async throws {
        try await WebWorld.with { world in
            let pdf = Data("%PDF-1.4\n".utf8).base64EncodedString()
            let r = try await world.call(
                "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                json: #"{"narrative":"8月进展","evidence":[{"filename":"a.pdf","data":"\#(pdf)"}]}"#)
            #expect(r.status == .created, "\(r.body.string)")
            let id = try #require(try await EvidenceRecord.query(on: world.app.db).first()?.requireID())
            let foreign = try await world.call("otherSupervisor", .GET, "/api/v1/evidence/\(id)")
            let missing = try await world.call("otherSupervisor", .GET, "/api/v1/evidence/\(id + 1000)")
            #expect(foreign.status == .notFound && missing.status == .notFound)
            #expect(world.json(foreign) as? [String: AnyHashable] == world.json(missing) as? [String: AnyHashable])
            #expect(try await world.call("supervisor", .GET, "/api/v1/evidence/\(id)").status == .ok)
        }
    }

    @Test func csrfIsWaivedForTheLoginFormOnly() async throws {
        try await WebWorld.with { world in
            let session = try #require(world.sessions["supervisor"])
            for path in ["/login/", "/loginx", "/logout"] {
                let r = try await world.app.testing().sendRequest(
                    .POST, path,
                    headers: [
                        "Cookie": "duban_session=\(session.cookie)", "Content-Type": "application/x-www-form-urlencoded",
                    ], body: ByteBuffer(string: "a=1"))
                #expect(r.status == .forbidden || r.status == .notFound, "\(path): \(r.status)")
                #expect(r.status != .notFound || path != "/logout", "\(path) has a route and needs the token")
            }
        }
    }

    /// A GET of the notifications page leaves them unread; the reader marks them read.
    @Test func readingNotificationsWritesNothing() async throws {
        try await WebWorld.with { world in
            #expect(try await world.call("supervisor", .POST, "/api/v1/tasks/\(world.taskID)/urgings", json: #"{"message":"请报送"}"#).status == .created)
            let unitAccount = try #require(try await AccountRecord.query(on: world.app.db).filter(\.$username == "unit").first()?.requireID())
            let unread = { try await NotificationRecord.query(on: world.app.db).filter(\.$accountID == unitAccount).filter(\.$readAt == nil).count() }
            #expect(try await unread() == 1)
            let before = try await world.fingerprint()
            _ = try await world.page("unit", "/notifications")
            #expect(try await unread() == 1)
            #expect(try await world.fingerprint() == before)
            let mark = try await world.submit("unit", "/notifications/read", [:])
            #expect(mark.status == .seeOther || mark.status == .found)
            #expect(try await unread() == 0)
            #expect(try await AuditRecord.query(on: world.app.db).filter(\.$action == "notification.read").count() == 1)
        }
    }

    /// A cooperating unit that is urged can answer: here 北港街道, which cooperates on (5) through
    /// 各街道 (urging the collective urges each 街道, and each answers its own).
    @Test func anUrgedCooperatingUnitAnswers() async throws {
        try await WebWorld.with { world in
            let coop = try #require(try await TaskUnitRecord.query(on: world.app.db).filter(\.$taskID == world.taskID).filter(\.$role == "coop").first())
            let street = try #require(
                try await UnitRecord.query(on: world.app.db).filter(\.$governmentID == world.governmentID)
                    .filter(\.$name == "北港街道").first()?.requireID())
            try await AccountsFixture.make(world, "coopUnit", .unit, unit: street)
            var w = world
            w.sessions["coopUnit"] = try await world.login("coopUnit")
            let urge = try await w.call("supervisor", .POST, "/api/v1/tasks/\(world.taskID)/urgings", json: #"{"unitID":\#(coop.unitID),"message":"请报送配合情况"}"#)
            #expect(urge.status == .created, "\(urge.body.string)")
            let own = try #require(try await UrgingRecord.query(on: world.app.db).filter(\.$taskID == world.taskID).filter(\.$unitID == street).first())
            let answer = try await w.call("coopUnit", .POST, "/api/v1/urgings/\(try own.requireID())/answer", json: #"{"answer":"已完成配合事项"}"#)
            #expect(answer.status == .ok, "\(answer.body.string)")
            let other = try #require(try await UrgingRecord.query(on: world.app.db).filter(\.$taskID == world.taskID).filter(\.$unitID != street).first())
            let notOwn = try await w.call("coopUnit", .POST, "/api/v1/urgings/\(try other.requireID())/answer", json: #"{"answer":"代答"}"#)
            #expect(notOwn.status == .forbidden, "another 街道's urging is not this one's to answer")
        }
    }
}

/// Accounts made for one test, straight through the store as the harness does.
enum AccountsFixture {
    static func make(_ world: WebWorld, _ username: String, _ role: Role, unit: Int? = nil) async throws {
        _ = try await Accounts.create(
            Accounts.NewAccount(
                username: username, displayName: username, password: WebWorld.password, role: role,
                governmentID: world.governmentID, unitID: unit), by: nil, app: world.app)
    }
}
