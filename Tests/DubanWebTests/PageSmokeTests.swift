import Foundation
import Testing
import Vapor
import VaporTesting

/// Each role's pages render in Chinese with what that role needs; strangers are sent to login.
@Suite struct PageSmokeTests {
    func page(_ world: WebWorld, _ role: String?, _ path: String) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Accept": "text/html"]
        if let role, let session = world.sessions[role] { headers.add(name: .cookie, value: "duban_session=\(session.cookie)") }
        return try await world.app.testing().sendRequest(.GET, path, headers: headers)
    }

    @Test func homePagesPerRole() async throws {
        try await WebWorld.with { world in
            let expectations: [(String, [String])] = [
                ("supervisor", ["总体情况", "待审核报告", "未回复的催办", "红灯"]),
                ("unit", ["我的任务", "牵头", "配合", "本期应报"]),
                ("leader", ["我的任务", "督办单"]),
                ("viewer", ["公开方案"]),
            ]
            for (role, words) in expectations {
                let response = try await page(world, role, "/")
                #expect(response.status == .ok, "\(role)")
                for word in words { #expect(response.body.string.contains(word), "\(role) home lacks \(word)") }
                #expect(response.body.string.contains("lang=\"zh-CN\""))
            }
            let stranger = try await page(world, nil, "/")
            #expect(stranger.status == .seeOther || stranger.status == .found || stranger.status.code == 303)
        }
    }

    @Test func planAndTaskPagesShowTheDocumentAndForms() async throws {
        try await WebWorld.with { world in
            let plan = try await page(world, "supervisor", "/plans/\(world.planID)")
            #expect(plan.status == .ok)
            #expect(plan.body.string.contains("地区生产总值增长6.5%左右"))
            #expect(plan.body.string.contains("四大功能区建设"))
            let filtered = try await page(world, "supervisor", "/plans/\(world.planID)?q=高新技术企业")
            #expect(filtered.body.string.contains("高新技术企业") && !filtered.body.string.contains("安全生产形势平稳向好"))
            let asUnit = try await page(world, "unit", "/tasks/\(world.taskID)")
            #expect(asUnit.body.string.contains("提交进展报告") && asUnit.body.string.contains("签收"))
            #expect(!asUnit.body.string.contains("写批示"))
            let asLeader = try await page(world, "leader", "/tasks/\(world.taskID)")
            #expect(asLeader.body.string.contains("写批示") && !asLeader.body.string.contains("提交进展报告"))
            let asSupervisor = try await page(world, "supervisor", "/tasks/\(world.taskID)")
            #expect(asSupervisor.body.string.contains("催办") && asSupervisor.body.string.contains("<mark>6.5</mark>"))
            let draft = try await page(world, "viewer", "/plans/\(world.draftPlanID)")
            #expect(draft.status == .forbidden && draft.body.string.contains("尚未发布"))
        }
    }
}
