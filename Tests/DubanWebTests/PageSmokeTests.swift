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

    /// The import wizard's correction step in HTML: warnings at their rows, a row corrected
    /// through its form, a new name offered for merging into the directory.
    @Test func draftRowsAreMarkedAndCorrectedInPlace() async throws {
        try await WebWorld.with { world in
            let draft = try await page(world, "supervisor", "/plans/\(world.draftPlanID)")
            let html = draft.body.string
            #expect(draft.status == .ok)
            #expect(html.contains("class=\"needs-check\""), "rows with import warnings are marked")
            #expect(html.contains("按上一行推断"), "the importer's own sentence is shown at the row")
            #expect(html.contains("/tasks/\(world.draftTaskID)/edit"))
            #expect(html.contains("“区发展改革局” 并入"), "the unknown name can be merged into the directory")
            let edit = try await page(world, "supervisor", "/tasks/\(world.draftTaskID)/edit")
            #expect(edit.status == .ok && edit.body.string.contains("name=\"leadUnits\""))
            let denied = try await page(world, "unit", "/tasks/\(world.draftTaskID)/edit")
            #expect(denied.status == .forbidden)

            let session = world.sessions["supervisor"]!
            var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "duban_session=\(session.cookie)"]
            headers.add(name: .accept, value: "text/html")
            let form =
                "_csrf=\(session.csrf)&text=%E6%96%B0%E5%A2%9E%E5%8F%A3%E8%A2%8B%E5%85%AC%E5%9B%AD8%E4%B8%AA%E3%80%82&deadline=&leadUnits=%E4%BD%8F%E5%BB%BA%E5%B1%80%E3%80%81%E5%9F%8E%E7%AE%A1%E5%B1%80&coopUnits=&leaders="
            let posted = try await world.app.testing().sendRequest(
                .POST, "/tasks/\(world.draftTaskID)/edit", headers: headers,
                body: ByteBuffer(string: form))
            #expect(posted.status == .seeOther, "\(posted.body.string)")
            let after = try await page(world, "supervisor", "/plans/\(world.draftPlanID)")
            #expect(after.body.string.contains("新增口袋公园8个"))
            #expect(after.body.string.contains("住建局、城管局"))
        }
    }
}
