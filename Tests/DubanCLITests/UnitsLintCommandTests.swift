import DubanTestSupport
import Foundation
import Testing

/// `duban units` and `duban lint` on the samples as a user runs them: every gold unit and leader
/// once under its canonical name, collective names resolved or flagged, lint findings that point
/// at real tasks of `duban import --json`, and bad input refused with one Chinese line.
@Suite(.tags(.cliProcess), .unlessSkipped(.cliProcess)) struct UnitsLintCommandTests {
    let duban = Support.dubanExecutable
    static let samples = ["zhonglou-2022", "tianning-2022"]

    func json(_ run: Support.Run) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    func gold(_ sample: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Support.path("Tests/Fixtures/gold/\(sample).gold.json")))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return try #require(object?["tasks"] as? [[String: Any]])
    }

    @Test(arguments: samples)
    func everyGoldUnitAndLeaderAppearsOnce(sample: String) throws {
        let run = try Support.run(duban, ["units", Support.path("Samples/\(sample).txt"), "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try json(run)
        let units = try #require(object["units"] as? [[String: Any]])
        let collectives = try #require(object["collectives"] as? [[String: Any]])
        let composites = try #require(object["composites"] as? [[String: Any]])
        let leaders = try #require(object["leaders"] as? [[String: Any]])
        let names = units.compactMap { $0["name"] as? String }
        #expect(Set(names).count == names.count, "canonical names are unique")
        let collectiveNames = Set(collectives.compactMap { $0["name"] as? String })
        let compositeNames = Set(composites.compactMap { $0["name"] as? String })
        let tasks = try gold(sample)
        var goldUnits: [String] = []
        for task in tasks {
            for name in (task["leadUnits"] as? [String] ?? []) + (task["coopUnits"] as? [String] ?? []) where !goldUnits.contains(name) {
                goldUnits.append(name)
            }
        }
        for name in goldUnits {
            if collectiveNames.contains(name) || compositeNames.contains(name) { continue }
            let holders = units.filter { ($0["printed"] as? [String] ?? []).contains(name) }
            #expect(holders.count == 1, "\(name) is under exactly one canonical unit")
        }
        for collective in collectives {
            let members = collective["members"] as? [String] ?? []
            let needsPerson = collective["needsPerson"] as? Bool ?? false
            #expect(!members.isEmpty || needsPerson, "\(collective["name"] ?? "")")
            #expect(members.allSatisfy(names.contains))
        }
        for composite in composites {
            #expect((composite["parts"] as? [String] ?? []).count == 2)
        }
        let goldLeaders = Set(tasks.flatMap { $0["leaders"] as? [String] ?? [] })
        let leaderNames = leaders.compactMap { $0["name"] as? String }
        #expect(leaderNames.count == goldLeaders.count && Set(leaderNames) == goldLeaders)
        let count = tasks.count
        for unit in units {
            for key in ["lead", "coop"] {
                let entries = unit[key] as? [[String: Any]] ?? []
                #expect(entries.allSatisfy { ($0["task"] as? Int).map { (0..<count).contains($0) } ?? false })
            }
        }
    }

    @Test func collectiveNamesAreResolvedOrFlagged() throws {
        let zhonglou = try json(try Support.run(duban, ["units", Support.path("Samples/zhonglou-2022.txt"), "--json"]))
        let tianning = try json(try Support.run(duban, ["units", Support.path("Samples/tianning-2022.txt"), "--json"]))
        func collective(_ object: [String: Any], _ name: String) -> [String: Any]? {
            (object["collectives"] as? [[String: Any]])?.first { $0["name"] as? String == name }
        }
        #expect(
            Set(collective(zhonglou, "各街道")?["members"] as? [String] ?? [])
                == ["新闸街道", "五星街道", "永红街道", "南大街街道", "荷花池街道", "北港街道"])
        #expect(collective(zhonglou, "相关街道")?["needsPerson"] as? Bool == true)
        #expect(Set(collective(tianning, "各街道")?["members"] as? [String] ?? []) == ["青龙街道", "天宁街道", "雕庄街道", "兰陵街道", "茶山街道"])
        let departments = collective(tianning, "区各有关部门")?["members"] as? [String] ?? []
        #expect(departments.contains("发改局") && departments.contains("资规分局") && !departments.contains("郑陆镇"))
        #expect(collective(tianning, "区政府各组成部门")?["members"] as? [String] == departments)
        #expect(collective(tianning, "相关板块")?["needsPerson"] as? Bool == true)
        #expect(collective(tianning, "安委会成员单位")?["needsPerson"] as? Bool == true)
        let composites = zhonglou["composites"] as? [[String: Any]] ?? []
        #expect(composites.first?["parts"] as? [String] == ["高新园(邹区镇)", "各街道"])
    }

    @Test func unitsSummaryShowsBothLists() throws {
        let run = try Support.run(duban, ["units", Support.path("Samples/tianning-2022.txt")])
        #expect(run.status == 0)
        #expect(run.stdout.contains("一领导一清单"))
        #expect(run.stdout.contains("农业农村局（水利局）：牵头"))
        #expect(run.stdout.contains("又称：") && run.stdout.contains("农业农村局"))
        #expect(run.stdout.contains("相关板块 → 需要人工指定具体单位"))
    }

    @Test(arguments: samples)
    func lintJSONPointsAtImportedTasks(sample: String) throws {
        let path = Support.path("Samples/\(sample).txt")
        let imported = try json(try Support.run(duban, ["import", path, "--json"]))
        let count = try #require(imported["tasks"] as? [[String: Any]]).count
        let run = try Support.run(duban, ["lint", path, "--json"])
        let findings = try #require(try json(run)["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(["error", "warning", "info"].contains(finding["severity"] as? String ?? ""))
            #expect(!(finding["code"] as? String ?? "").isEmpty)
            #expect(!(finding["message"] as? String ?? "").isEmpty)
            let tasks = try #require(finding["tasks"] as? [Int])
            #expect(!tasks.isEmpty && tasks.allSatisfy { (0..<count).contains($0) })
        }
        let hasError = findings.contains { $0["severity"] as? String == "error" }
        #expect(run.status == (hasError ? 1 : 0), "\(run.stderr)")
        #expect(hasError == !run.stderr.isEmpty)
    }

    @Test func lintFindsTheKnownProblems() throws {
        let zhonglou = try json(try Support.run(duban, ["lint", Support.path("Samples/zhonglou-2022.txt"), "--json"]))
        let z = zhonglou["findings"] as? [[String: Any]] ?? []
        func tasks(_ findings: [[String: Any]], _ code: String) -> [[Int]] {
            findings.filter { $0["code"] as? String == code }.compactMap { $0["tasks"] as? [Int] }
        }
        #expect(tasks(z, "missing-lead-unit") == [[88]])
        #expect(tasks(z, "missing-leader") == [Array(88...106)])
        #expect(tasks(z, "fragment-unit").count == 1)
        #expect(z.contains { ($0["message"] as? String ?? "").contains("相关街道") })
        let tianning = try json(try Support.run(duban, ["lint", Support.path("Samples/tianning-2022.txt"), "--json"]))
        let t = tianning["findings"] as? [[String: Any]] ?? []
        #expect(tasks(t, "subtotal-mismatch").isEmpty, "新增学位4770个 adds up")
        #expect(tasks(t, "missing-lead-unit").isEmpty)
        #expect(t.contains { ($0["message"] as? String ?? "").contains("相关板块") })
    }

    @Test func lintSummaryIsReadable() throws {
        let run = try Support.run(duban, ["lint", Support.path("Samples/zhonglou-2022.txt")])
        #expect(run.stdout.contains("常州市钟楼区人民政府 2022年：错误"))
        #expect(run.stdout.contains("[错误]") && run.stdout.contains("没有牵头单位"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func directoryFileResolvesACollective() throws {
        let config = try Support.temporaryFile("目录.json", contents: #"{"collectives": [{"name": "相关街道", "members": ["新闸街道", "五星街道"]}]}"#)
        let units = try json(try Support.run(duban, ["units", Support.path("Samples/zhonglou-2022.txt"), "--json", "--directory", config]))
        let collective = (units["collectives"] as? [[String: Any]])?.first { $0["name"] as? String == "相关街道" }
        #expect(collective?["members"] as? [String] == ["新闸街道", "五星街道"])
        let lint = try json(try Support.run(duban, ["lint", Support.path("Samples/zhonglou-2022.txt"), "--json", "--directory", config]))
        #expect(!(lint["findings"] as? [[String: Any]] ?? []).contains { ($0["message"] as? String ?? "").contains("统称“相关街道”") })
    }

    @Test(arguments: ["units", "lint"])
    func badInputIsOneChineseLine(command: String) throws {
        let missing = try Support.run(duban, [command, "/nonexistent/计划.txt"])
        #expect(missing.status == 1 && missing.stdout.isEmpty && missing.stderr.contains("文件不存在"))
        let badConfig = try Support.temporaryFile("bad.json", contents: "{not json")
        let bad = try Support.run(duban, [command, Support.path("Samples/zhonglou-2022.txt"), "--directory", badConfig])
        #expect(bad.status == 1 && bad.stdout.isEmpty && bad.stderr.contains("单位目录文件"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
        let usage = try Support.run(duban, [command])
        #expect(usage.status == 2)
    }
}
