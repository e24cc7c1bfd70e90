import DubanCore
import DubanStore
import FluentKit
import Foundation
import Testing
import Vapor

/// The plan page prints the table as the document does, and every chart has a phone drawing.
@Suite struct PrintedPlanTests {
    @Test func sectionsHeadTheirRowsAndSharedCellsAreMerged() async throws {
        try await WebWorld.with { world in
            let page = try await world.page(nil, "/plans/\(world.planID)")
            let tasks = try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.planID).sort(\.$position).all()
            let paths = tasks.map(\.path)
            let runs = zip(paths, [""] + paths.dropLast()).filter { $0 != $1 }.count
            #expect(page.components(separatedBy: "class=\"section-row\"").count - 1 == runs, "one heading row per run of a section")
            // (5)–(16) of 主要预期目标 all have 孙益锋: one leader cell spans them, the rest are phone copies.
            let row5 = try #require(tasks.first { $0.label == "(5)" }?.id)
            let rowHTML = page.components(separatedBy: "id=\"task-\(row5)\"")[1].components(separatedBy: "</tr>")[0]
            let span = try #require(rowHTML.firstMatch(of: #/data-label="分管领导" rowspan="(\d+)"/#)?.1)
            // The run the database holds: the rows from (5) on in the same section with the same leaders.
            let links = try await TaskLeaderRecord.query(on: world.app.db).sort(\.$position).all()
            let leaders = Dictionary(grouping: links, by: \.taskID).mapValues { $0.map(\.leaderID) }
            let from5 = tasks.drop { $0.label != "(5)" }
            let run = from5.prefix { $0.path == from5.first!.path && leaders[$0.id!] == leaders[row5] }
            #expect(run.count >= 8 && Int(span) == run.count, "孙益锋's cell spans the goals he leads: \(span) of \(run.count)")
            let sameLeader = run.dropFirst()
            for task in sameLeader {
                let html = page.components(separatedBy: "id=\"task-\(task.id!)\"")[1].components(separatedBy: "</tr>")[0]
                #expect(html.contains("class=\"merged-copy\">孙益锋"), "row \(task.label) repeats the leader for the phone only")
            }
        }
    }

    @Test func everyChartIsDrawnForAPhoneToo() async throws {
        try await WebWorld.with { world in
            for path in ["/", "/plans/\(world.planID)"] {
                let page = try await world.page("supervisor", path)
                let wide = page.components(separatedBy: "<div class=\"chart-wide\">").count - 1
                let narrow = page.components(separatedBy: "<div class=\"chart-narrow\">").count - 1
                #expect(wide >= 1 && wide == narrow, "\(path): \(wide) wide, \(narrow) narrow")
                for part in page.components(separatedBy: "<div class=\"chart-narrow\">").dropFirst() {
                    let width = try #require(part.firstMatch(of: #/viewBox="0 0 ([0-9.]+) /#)?.1)
                    #expect(Double(width)! <= 390, "\(path): a phone chart \(width) wide")
                }
            }
        }
    }

    @Test func completionBarsFollowAcceptedReports() async throws {
        try await WebWorld.with { world in
            // A growth rate has no share of 序时 to draw: report on one of the same unit's tasks
            // with a cumulative target instead, and watch its section's bar.
            let (taskID, indicatorID, section) = try await Self.cumulativeTask(world)
            let bar = try Regex("\(section)：实际 (\\d+)% · 序时 \\d+% · (\\d+)")
            let before = try await world.page("supervisor", "/plans/\(world.planID)")
            let measuredBefore = before.firstMatch(of: bar).flatMap { $0.output[2].substring.map(String.init) }
            var r = try await world.call(
                "unit", .POST, "/api/v1/tasks/\(taskID)/reports",
                json: #"{"period":7,"narrative":"7月进展","values":{"\#(indicatorID)":1}}"#)
            let reportID = try #require((world.json(r) as? [String: Any])?["id"] as? Int)
            r = try await world.call("supervisor", .POST, "/api/v1/reports/\(reportID)/review", json: #"{"accept":true}"#)
            #expect(r.status == .ok)
            let after = try await world.page("supervisor", "/plans/\(world.planID)")
            #expect(after.contains("figure class=\"chart-figure completion\""))
            let measured = try #require(after.firstMatch(of: bar))
            let count = try #require(measured.output[2].substring.flatMap { Int($0) })
            #expect(count == Int(measuredBefore ?? "0")! + 1, "the accepted report adds one measured task to its section")
            #expect(try #require(measured.output[1].substring.flatMap { Int($0) }) > 0)
        }
    }

    /// The first task of the plan whose first indicator builds up over the year, handed to the
    /// world's unit as a second lead (the arrangement of this test), and its section.
    static func cumulativeTask(_ world: WebWorld) async throws -> (Int, Int, String) {
        let tasks = try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.planID).sort(\.$position).all()
        for task in tasks {
            let taskID = try task.requireID()
            guard let section = JSONText.strings(task.path).first,
                let first = try await IndicatorRecord.query(on: world.app.db).filter(\.$taskID == taskID).sort(\.$position).first(),
                IndicatorMeasure.of(first.indicator) == .cumulative
            else { continue }
            try await TaskUnitRecord(taskID: taskID, unitID: world.leadUnitID, role: "lead", position: 9).create(on: world.app.db)
            return (taskID, try first.requireID(), section)
        }
        throw Abort(.notFound, reason: "no cumulative task in the plan")
    }
}
