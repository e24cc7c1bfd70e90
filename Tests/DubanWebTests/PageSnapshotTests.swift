import DubanCore
import DubanHTML
import DubanStore
import DubanTestSupport
import FluentKit
import Foundation
import Testing
import Vapor

@testable import DubanWeb

/// The main pages rendered from fixed models, without a server or a database, and compared with
/// the HTML committed beside each model (`.snapshot`) (`Tests/Fixtures/pages/`). A change to a view shows up
/// here as a diff a reviewer can read.
///
/// The models were read from the test world through the same readers the routes use.
/// `DUBAN_RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests` reads and writes them again
/// (after a change to what the store returns), and the diff of the fixtures shows what changed.
@Suite struct PageSnapshotTests {
    static let directory = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/pages")
    static let recording = ProcessInfo.processInfo.environment["DUBAN_RECORD_SNAPSHOTS"] == "1"

    @Test(arguments: PageSnapshot.allCases)
    func pageRendersAsRecorded(_ snapshot: PageSnapshot) throws {
        let model = try Data(contentsOf: Self.directory.appendingPathComponent(snapshot.rawValue + ".json"))
        let expected = try String(contentsOf: Self.directory.appendingPathComponent(snapshot.rawValue + ".snapshot"), encoding: .utf8)
        let rendered = PageSnapshot.readable(try snapshot.render(model))
        if rendered != expected {
            let actual = FileManager.default.temporaryDirectory.appendingPathComponent("\(snapshot.rawValue).actual.html")
            try? rendered.write(to: actual, atomically: true, encoding: .utf8)
            Issue.record("\(snapshot.rawValue) renders differently: diff \(actual.path) against the fixture")
        }
    }

    /// What a role may do must show in its page: the same task, four readers, four pages.
    @Test func eachRoleSeesItsOwnFormsOnATask() throws {
        func page(_ snapshot: PageSnapshot) throws -> String {
            try snapshot.render(try Data(contentsOf: Self.directory.appendingPathComponent(snapshot.rawValue + ".json")))
        }
        let office = try page(.taskOffice)
        let unit = try page(.taskUnit)
        let leader = try page(.taskLeader)
        let visitor = try page(.taskVisitor)
        #expect(office.contains("id=\"urge-form\"") && !unit.contains("id=\"urge-form\""))
        #expect(unit.contains("id=\"report-form\"") && !office.contains("id=\"report-form\""))
        #expect(!leader.contains("id=\"report-form\"") && !leader.contains("id=\"urge-form\""))
        #expect(visitor.contains("id=\"public-note\"") && !visitor.contains("name=\"_csrf\""))
    }

    /// A view is a function that returns HTML: none may take the request (or reach the database
    /// through it), so each renders from its model alone, as the tests above do.
    @Test func noViewTakesARequest() throws {
        let web = RepositoryRoot.url.appendingPathComponent("Sources/DubanWeb")
        let signature = try NSRegularExpression(pattern: #"func\s+(\w+)\s*\(([^{}]*?)\)\s*(?:async\s*)?(?:throws\s*)?->\s*HTML\b"#)
        var offenders: [String] = []
        var views = 0
        for case let file as URL in FileManager.default.enumerator(at: web, includingPropertiesForKeys: nil)! where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in signature.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                views += 1
                let parameters = String(text[Range(match.range(at: 2), in: text)!])
                if parameters.range(of: #"\bRequest\b"#, options: .regularExpression) != nil {
                    offenders.append(file.lastPathComponent + ": " + String(text[Range(match.range(at: 1), in: text)!]))
                }
            }
        }
        #expect(views > 40, "the scan found the views")
        #expect(offenders.isEmpty, "views taking a Request: \(offenders)")
    }

    /// Sentences come whole from DubanStrings: no view glues Chinese punctuation onto fragments.
    /// Reading separators typed by a user (`split`) and the stylesheet are the exceptions.
    @Test func noViewWritesChinesePunctuation() throws {
        let web = RepositoryRoot.url.appendingPathComponent("Sources/DubanWeb")
        var offenders: [String] = []
        for case let file as URL in FileManager.default.enumerator(at: web, includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" && file.lastPathComponent != "Assets.swift" {
            for (number, line) in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//"), !code.contains("split"), code.range(of: "[（）：；、，。]", options: .regularExpression) != nil else { continue }
                offenders.append("\(file.lastPathComponent):\(number + 1)")
            }
        }
        #expect(offenders.isEmpty, "punctuation glued in a view: \(offenders)")
    }

    @Test(.enabled(if: recording)) func recordModelsFromTheTestWorld() async throws {
        try await WebWorld.with { world in
            try await PageSnapshot.prepare(world)
            for snapshot in PageSnapshot.allCases {
                let model = try await snapshot.read(world)
                try model.write(to: Self.directory.appendingPathComponent(snapshot.rawValue + ".json"))
                let html = PageSnapshot.readable(try snapshot.render(model))
                try html.write(to: Self.directory.appendingPathComponent(snapshot.rawValue + ".snapshot"), atomically: true, encoding: .utf8)
            }
        }
    }
}

/// A model and the request's context, as stored in a fixture.
struct PageFixture<Model: Codable>: Codable {
    var page: PageContext
    var model: Model
}

enum PageSnapshot: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case officeHome = "home-office"
    case unitHome = "home-unit"
    case leaderHome = "home-leader"
    case plan
    case taskOffice = "task-office"
    case taskUnit = "task-unit"
    case taskLeader = "task-leader"
    case taskVisitor = "task-visitor"
    case bulletin
    case assessment

    var testDescription: String { rawValue }

    func render(_ data: Data) throws -> String {
        switch self {
        case .officeHome, .unitHome, .leaderHome: return try Self.render(data) { HomeView.render($0, $1) }
        case .plan: return try Self.render(data) { PlanPage.render($0, page: $1) }
        case .taskOffice, .taskUnit, .taskLeader, .taskVisitor: return try Self.render(data) { TaskPage.render($0, page: $1) }
        case .bulletin: return try Self.render(data) { BulletinPages.show($0, page: $1) }
        case .assessment: return try Self.render(data) { AssessmentPages.assessment($0, page: $1) }
        }
    }

    static func render<Model: Codable>(_ data: Data, _ view: (Model, PageContext) -> HTML) throws -> String {
        let fixture = try JSONDecoder().decode(PageFixture<Model>.self, from: data)
        return view(fixture.model, fixture.page).rendered
    }

    /// One tag a line, so that a fixture's diff points at the element that changed.
    static func readable(_ html: String) -> String { html.replacingOccurrences(of: "><", with: ">\n<") + "\n" }

    // MARK: Recording

    /// Gives the pages something to show: a report returned and resubmitted, an urging, a bulletin.
    static func prepare(_ world: WebWorld) async throws {
        let task = "/api/v1/tasks/\(world.taskID)"
        var r = try await world.call(
            "unit", .POST, "\(task)/reports",
            json: #"{"period":7,"narrative":"1-7月地区生产总值增长3.1%","values":{"\#(world.indicatorID)":3.1},"problems":"","nextSteps":"加快项目建设"}"#)
        let report = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
        r = try await world.call("supervisor", .POST, "/api/v1/reports/\(report)/review", json: #"{"accept":false,"reason":"请附统计局数据"}"#)
        #expect(r.status == .ok)
        r = try await world.call("supervisor", .POST, "\(task)/urgings", json: #"{"message":"请说明增速低于序时进度的原因"}"#)
        #expect(r.status == .ok || r.status == .created)
        r = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
        #expect(r.status == .ok || r.status == .created)
    }

    func read(_ world: WebWorld) async throws -> Data {
        switch self {
        case .officeHome: return try await Self.fixture(world, "supervisor", "/") { try await HomeController.model($0) }
        case .unitHome: return try await Self.fixture(world, "unit", "/") { try await HomeController.model($0) }
        case .leaderHome: return try await Self.fixture(world, "leader", "/") { try await HomeController.model($0) }
        case .plan: return try await Self.fixture(world, "supervisor", "/plans/\(world.planID)", id: world.planID) { try await PageModels.plan($0) }
        case .taskOffice: return try await Self.task(world, "supervisor")
        case .taskUnit: return try await Self.task(world, "unit")
        case .taskLeader: return try await Self.task(world, "leader")
        case .taskVisitor: return try await Self.task(world, nil)
        case .bulletin:
            let bulletin = try await BulletinRecord.query(on: world.app.db).first()?.requireID() ?? 0
            return try await Self.fixture(world, "supervisor", "/bulletins/\(bulletin)", id: bulletin) { try await PageModels.bulletin($0) }
        case .assessment:
            return try await Self.fixture(world, "supervisor", "/plans/\(world.planID)/assessment", id: world.planID) {
                try await PageModels.assessment($0)
            }
        }
    }

    static func task(_ world: WebWorld, _ role: String?) async throws -> Data {
        try await fixture(world, role, "/tasks/\(world.taskID)", id: world.taskID) { try await PageModels.task($0) }
    }

    /// The model a route would read for `role` at `path`, with that request's page context.
    static func fixture<Model: Codable>(
        _ world: WebWorld, _ role: String?, _ path: String, id: Int? = nil, _ read: (Request) async throws -> Model
    ) async throws -> Data {
        let request = Request(application: world.app, method: .GET, url: URI(string: path), on: world.app.eventLoopGroup.next())
        if let role, let account = try await AccountRecord.query(on: world.app.db).filter(\.$username == role).first() {
            let entry = try #require(try await Identities.account(try account.requireID(), on: world.app.db))
            request.auth.login(SignedIn(account: entry, session: nil))
        }
        if let id { request.parameters.set("id", to: String(id)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(PageFixture(page: request.page, model: try await read(request)))
    }
}
