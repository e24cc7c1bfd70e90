import DubanCore
import DubanStore
import DubanWeb
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

/// 年考核 and 季督查 through the server: computed from the plan's records, weights and rules set
/// by the office, the calculation shown adds up, the Excel downloads open as zips.
@Suite struct ProductPagesTests {
    @Test func theAssessmentAddsUpAndFollowsTheWeights() async throws {
        try await WebWorld.with { world in
            // One accepted report with a value, so attainment is not zero for everyone.
            let report = try await world.call(
                "unit", .POST, "/api/v1/tasks/\(world.taskID)/reports",
                json: #"{"period":7,"narrative":"1-7月增长6.8%","values":{"\#(world.indicatorID)":6.8}}"#)
            let reportID = (world.json(report) as? [String: Any])?["id"] as? Int ?? 0
            _ = try await world.call("supervisor", .POST, "/api/v1/reports/\(reportID)/review", json: #"{"accept":true}"#)

            var r = try await world.call("supervisor", .GET, "/api/v1/plans/\(world.planID)/assessment")
            #expect(r.status == .ok, "\(r.body.string)")
            let body = world.json(r) as? [String: Any] ?? [:]
            let units = body["units"] as? [[String: Any]] ?? []
            // Before the year ends it is a provisional 预评, dated.
            #expect(body["provisional"] as? Bool == true)
            #expect((body["label"] as? String)?.hasPrefix("2022年度考核预评（截至2022年8月10日") == true)
            let links = try await TaskUnitRecord.query(on: world.app.db)
                .filter(\.$taskID ~~ Set(try await TaskRecord.query(on: world.app.db).filter(\.$planID == world.planID).all().compactMap(\.id)))
                .all()
            // Every unit holding a task, lead or cooperating, named or through 各街道, is assessed;
            // the collective names themselves are not.
            let holders = Set(try await CollectiveExpansion.holders(links, governmentID: world.governmentID, on: world.app.db).map(\.unitID))
            #expect(Set(units.compactMap { $0["unitID"] as? Int }) == holders)
            let streets = try await UnitRecord.query(on: world.app.db).filter(\.$governmentID == world.governmentID).all()
                .filter { $0.name.hasSuffix("街道") && $0.kind == "town" }.compactMap(\.id)
            #expect(!streets.isEmpty && streets.allSatisfy(holders.contains), "each 街道 holds the 各街道 tasks")
            #expect(try await UnitRecord.query(on: world.app.db).filter(\.$id ~~ holders).all().allSatisfy { $0.kind != "collective" })
            for unit in units {
                let parts = unit["parts"] as? [[String: Any]] ?? []
                let sum = parts.compactMap { $0["points"] as? Double }.reduce(0, +)
                #expect(abs(sum - (unit["score"] as? Double ?? -1)) < 0.001, "the score is the sum of its parts")
                #expect(parts.allSatisfy { ($0["explanation"] as? String)?.isEmpty == false })
            }
            let before = units.first { $0["unitID"] as? Int == world.leadUnitID }?["score"] as? Double

            r = try await world.call(
                "supervisor", .PUT, "/api/v1/plans/\(world.planID)/assessment/weights",
                json: #"{"attainment":80,"timeliness":10,"returns":5,"urgings":5,"stretchBonus":0,"urgingPenalty":1}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            r = try await world.call("supervisor", .GET, "/api/v1/plans/\(world.planID)/assessment")
            let weights = (world.json(r) as? [String: Any])?["weights"] as? [String: Any]
            #expect(weights?["attainment"] as? Double == 80)
            let after =
                ((world.json(r) as? [String: Any])?["units"] as? [[String: Any]])?.first { $0["unitID"] as? Int == world.leadUnitID }?["score"] as? Double
            #expect(before != nil && after != nil && before != after, "new weights, new score")

            #expect(try await world.call("unit", .GET, "/api/v1/plans/\(world.planID)/assessment").status == .forbidden)
            r = try await world.call("supervisor", .PUT, "/api/v1/plans/\(world.planID)/assessment/weights", json: #"{"attainment":-5}"#)
            #expect(r.status == .unprocessableEntity)

            let xlsx = try await world.call("supervisor", .GET, "/plans/\(world.planID)/assessment.xlsx")
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
        }
    }

    /// A unit whose work is qualitative is 待评定 until the office rates it; then it is scored by
    /// the grade (良好 = 85% of the attainment part), never full marks by default.
    @Test func theOfficesRatingScoresQualitativeWork() async throws {
        try await WebWorld.with { world in
            let lead = try #require(
                try await TaskUnitRecord.query(on: world.app.db).filter(\.$taskID == world.qualitativeTaskID)
                    .filter(\.$role == "lead").first()
            ).unitID
            func unit() async throws -> [String: Any]? {
                let r = try await world.call("supervisor", .GET, "/api/v1/plans/\(world.planID)/assessment")
                return ((world.json(r) as? [String: Any])?["units"] as? [[String: Any]])?.first { $0["unitID"] as? Int == lead }
            }
            let before = try #require(try await unit())
            let explanation = { (u: [String: Any]) in ((u["parts"] as? [[String: Any]])?.first?["explanation"] as? String) ?? "" }
            #expect(explanation(before).contains("待督查室评定"), "\(explanation(before))")

            var r = try await world.call("supervisor", .PUT, "/api/v1/tasks/\(world.qualitativeTaskID)/rating", json: #"{"grade":"特等"}"#)
            #expect(r.status == .conflict, "a grade not on the plan's scale: \(r.body.string)")
            r = try await world.call("supervisor", .PUT, "/api/v1/tasks/\(world.taskID)/rating", json: #"{"grade":"良好"}"#)
            #expect(r.status == .conflict, "a growth rate is scored by its figure, not rated")
            r = try await world.call("supervisor", .PUT, "/api/v1/tasks/\(world.qualitativeTaskID)/rating", json: #"{"grade":"良好"}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            let after = try #require(try await unit())
            #expect(explanation(after).contains("评定任务"), "\(explanation(after))")
            #expect(try await AuditRecord.query(on: world.app.db).filter(\.$action == "task.rate").first()?.after == "良好")

            let page = try await world.call("supervisor", .GET, "/plans/\(world.planID)/assessment")
            #expect(page.body.string.contains("id=\"rating-\(world.qualitativeTaskID)\""))
            #expect(page.body.string.contains("<option value=\"良好\" selected=\"selected\">良好</option>"))

            // The office's own scale, as a map grade → share: the old grades are no longer on it.
            r = try await world.call(
                "supervisor", .PUT, "/api/v1/plans/\(world.planID)/assessment/weights",
                json: #"{"ratingScale":{"合格":0.8,"不合格":0.3}}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            r = try await world.call("supervisor", .PUT, "/api/v1/tasks/\(world.qualitativeTaskID)/rating", json: #"{"grade":"优秀"}"#)
            #expect(r.status == .conflict)
            r = try await world.call("supervisor", .PUT, "/api/v1/tasks/\(world.qualitativeTaskID)/rating", json: #"{"grade":"合格"}"#)
            #expect(r.status == .ok)
            r = try await world.call(
                "supervisor", .PUT, "/api/v1/plans/\(world.planID)/assessment/weights",
                json: #"{"ratingScale":{" 合格":0.8}}"#)
            #expect(r.status == .unprocessableEntity, "a grade with a space at its end: \(r.body.string)")
            // A control character inside a name is refused by the contract and the store alike (schemathesis found the
            // contract's `.` reading \r differently from Python's).
            r = try await world.call(
                "supervisor", .PUT, "/api/v1/plans/\(world.planID)/assessment/weights",
                json: #"{"ratingScale":{"合\r格":0.8}}"#)
            #expect(r.status == .unprocessableEntity, "a grade with a carriage return inside: \(r.body.string)")
            r = try await world.call("supervisor", .GET, "/api/v1/plans/\(world.planID)/assessment")
            let scale = ((world.json(r) as? [String: Any])?["weights"] as? [String: Any])?["ratingScale"] as? [String: Double]
            #expect(scale == ["合格": 0.8, "不合格": 0.3])
        }
    }

    @Test func theOfficeSetsTheSupervisionRulesOnItsPageAndThroughTheAPI() async throws {
        try await WebWorld.with { world in
            let spec = try await OpenAPISpec.load(world)
            var page = try await world.page("supervisor", "/plans/\(world.planID)")
            #expect(page.contains("href=\"/plans/\(world.planID)/rules\""))
            page = try await world.page("supervisor", "/plans/\(world.planID)/rules")
            #expect(page.contains("id=\"supervision-rules-form\"") && page.contains("落后序时进度10个百分点亮黄灯、30个百分点亮红灯"))

            var r = try await world.submit(
                "supervisor", "/plans/\(world.planID)/rules",
                ["yellowGap": "5", "redGap": "20", "levelTolerance": "8", "correctionDays": "5", "minimumToRank": "1"])
            #expect(r.status == .seeOther, "\(r.body.string)")
            page = try await world.page("supervisor", "/plans/\(world.planID)/rules")
            #expect(page.contains("落后序时进度5个百分点亮黄灯、20个百分点亮红灯；比率类指标容差8%；退回补正期5个工作日；已亮灯的牵头任务不少于1项"))

            // The bulletin states, and ranks by, the office's minimum.
            r = try await world.call("supervisor", .POST, "/api/v1/plans/\(world.planID)/bulletins", json: #"{"month":7}"#)
            let bulletinID = (world.json(r) as? [String: Any])?["id"] as? Int ?? 0
            page = try await world.page("supervisor", "/bulletins/\(bulletinID)")
            #expect(page.contains("已亮灯任务少于1项的单位"))

            r = try await world.call("unit", .GET, "/api/v1/plans/\(world.planID)/rules")
            spec.validate(r, method: "get", path: "/api/v1/plans/{id}/rules")
            #expect((world.json(r) as? [String: Any])?["correctionDays"] as? Int == 5, "units read the rules their lights follow")
            r = try await world.call("supervisor", .PUT, "/api/v1/plans/\(world.planID)/rules", json: #"{"yellowGap":30,"redGap":30}"#)
            spec.validate(r, method: "put", path: "/api/v1/plans/{id}/rules")
            let body = world.json(r) as? [String: Any]
            #expect(body?["yellowGap"] as? Double == 30 && body?["minimumToRank"] as? Int == 3, "absent fields take their defaults")
            page = try await world.page("supervisor", "/plans/\(world.planID)/rules")
            #expect(page.contains("不设黄灯，落后序时进度30个百分点亮红灯"))

            let before = try await world.fingerprint()
            r = try await world.call("supervisor", .PUT, "/api/v1/plans/\(world.planID)/rules", json: #"{"levelTolerance":80}"#)
            #expect(r.status == .unprocessableEntity)
            r = try await world.call("unit", .PUT, "/api/v1/plans/\(world.planID)/rules", json: #"{"redGap":50}"#)
            #expect(r.status == .forbidden)
            #expect(try await world.fingerprint() == before)
            r = try await world.call("supervisor", .GET, "/api/v1/plans/\(world.planID)/rules")
            #expect((world.json(r) as? [String: Any])?["redGap"] as? Double == 30 && (world.json(r) as? [String: Any])?["levelTolerance"] as? Double == 10)
        }
    }

    @Test func theInspectionListFollowsTheOfficesRules() async throws {
        try await WebWorld.with { world in
            var r = try await world.call("supervisor", .GET, "/api/v1/plans/\(world.planID)/inspection")
            #expect(r.status == .ok, "\(r.body.string)")
            let all = (world.json(r) as? [String: Any])?["items"] as? [[String: Any]] ?? []
            #expect(!all.isEmpty && all.allSatisfy { ($0["reasons"] as? [String])?.isEmpty == false }, "each pick says why")
            #expect(((world.json(r) as? [String: Any])?["description"] as? [String])?.isEmpty == false)

            // Nothing but red tasks: the list can only shrink. (A period count of 0 is refused.)
            r = try await world.call(
                "supervisor", .PUT, "/api/v1/plans/\(world.planID)/inspection/rules",
                json: #"{"includeRed":true,"includeYellow":false,"noProgressPeriods":0,"offTrajectoryPoints":0,"requireEvidence":false}"#)
            #expect(r.status == .unprocessableEntity, "\(r.body.string)")
            r = try await world.call(
                "supervisor", .PUT, "/api/v1/plans/\(world.planID)/inspection/rules",
                json: #"{"includeRed":true,"includeYellow":false,"noProgressPeriods":12,"offTrajectoryPoints":100,"requireEvidence":false}"#)
            #expect(r.status == .ok, "\(r.body.string)")
            r = try await world.call("supervisor", .GET, "/api/v1/plans/\(world.planID)/inspection")
            let reds = (world.json(r) as? [String: Any])?["items"] as? [[String: Any]] ?? []
            #expect(reds.count <= all.count)
            let board = world.json(try await world.call("supervisor", .GET, "/api/v1/plans/\(world.planID)/tasks")) as? [[String: Any]] ?? []
            let redIDs = Set(board.filter { $0["light"] as? String == "red" }.compactMap { $0["id"] as? Int })
            #expect(Set(reds.compactMap { $0["taskID"] as? Int }).isSubset(of: redIDs), "with only the red rule, only red tasks")

            let page = try await world.call("supervisor", .GET, "/plans/\(world.planID)/inspection")
            #expect(page.body.string.contains("inspection-items") && page.body.string.contains("rules-form"))
            #expect(try await world.call("unit", .GET, "/api/v1/plans/\(world.planID)/inspection").status == .forbidden)
        }
    }
}
