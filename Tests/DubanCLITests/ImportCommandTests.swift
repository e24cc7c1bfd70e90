import DubanTestSupport
import Foundation
import Testing

/// `duban import` as a user runs it: the JSON contract, the summary, and every kind of bad input
/// answered with one Chinese line on stderr, nothing on stdout, and the right exit status.
@Suite(.tags(.cliProcess), .unlessSkipped(.cliProcess)) struct ImportCommandTests {
    let duban = Support.dubanExecutable

    @Test func jsonFollowsTheContract() throws {
        let run = try Support.run(duban, ["import", Support.path("Samples/zhonglou-2022.txt"), "--json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "duban.plan/1")
        #expect(object?["government"] as? String == "常州市钟楼区人民政府")
        #expect(object?["year"] as? Int == 2022)
        let tasks = try #require(object?["tasks"] as? [[String: Any]])
        #expect(tasks.count == 107)
        for key in ["attachment", "path", "label", "text", "leaders", "leadUnits", "coopUnits", "deadline", "inherited", "warnings"] {
            #expect(tasks.allSatisfy { $0.keys.contains(key) }, "every task has \(key)")
        }
        #expect(tasks.contains { ($0["warnings"] as? [String])?.isEmpty == false })
    }

    @Test func summaryCountsAndShowsWarnings() throws {
        let run = try Support.run(duban, ["import", Support.path("Samples/tianning-2022.txt")])
        #expect(run.status == 0)
        #expect(run.stdout.contains("共 149 项任务"))
        #expect(run.stdout.contains("附件1"))
        #expect(run.stdout.contains("发改局：牵头"))
        #expect(run.stdout.contains("需要人工确认的推断"))
    }

    /// A table with no header reads once its columns are named; a naming without 工作标准 is a usage error.
    @Test func columnsNameATableWithoutHeader() throws {
        let file = Support.path("Tests/Fixtures/families/headerless.csv")
        let refused = try Support.run(duban, ["import", file, "--json"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("没有找到方案表格"))
        let named = try Support.run(duban, ["import", file, "--columns", "number,standard,lead,coop,leader", "--year", "2023", "--json"])
        #expect(named.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(named.stdout.utf8)) as? [String: Any]
        let tasks = try #require(object?["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["leadUnits"] as? [String] ?? [] } == [["区工信局"], ["区商务局"], ["区教育局"]])
        let wrong = try Support.run(duban, ["import", file, "--columns", "number,lead"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("standard"))
    }

    @Test func forcedFormatIsUsed() throws {
        let run = try Support.run(duban, ["import", Support.path("Samples/tianning-2022.txt"), "--format", "tabs", "--json", "--government", "常州市天宁区人民政府"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"government\": \"常州市天宁区人民政府\""))
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "empty.txt", bytes: [], expect: "文件是空的"),
        BadInput(name: "junk.bin", bytes: (0..<4096).map { UInt8(($0 * 7919 + 13) % 251) }, expect: "不是文本文件"),
        BadInput(name: "fake.xlsx", bytes: Array("这不是一个表格文件".utf8), expect: "不是有效的 Excel"),
        BadInput(name: "fake.docx", bytes: Array("PK".utf8) + [3, 4] + Array(repeating: 0, count: 40), expect: "Word"),
        BadInput(name: "unknown.txt", bytes: Array("方案".utf8) + [0x80, 0xFF, 0xFE, 0x81, 0xFF] + Array("内容".utf8), expect: "无法识别文字编码"),
        BadInput(name: "prose.txt", bytes: Array("关于做好春节期间安全工作的通知\n各单位要高度重视。\n".utf8), expect: "没有找到方案表格"),
    ]

    @Test(arguments: badInputs)
    func badInputIsRefusedClearly(input: BadInput) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(input.name).path
        FileManager.default.createFile(atPath: path, contents: Data(input.bytes))
        let run = try Support.run(duban, ["import", path, "--json"])
        #expect(run.status == 1, "\(input.name): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(run.stderr)")
        #expect(run.stderr.contains(input.name) && run.stderr.contains(input.expect), "\(run.stderr)")
    }

    @Test func missingFileAndDirectory() throws {
        let missing = try Support.run(duban, ["import", "/nonexistent/计划.txt"])
        #expect(missing.status == 1 && missing.stdout.isEmpty && missing.stderr.contains("文件不存在"))
        let directory = try Support.run(duban, ["import", FileManager.default.temporaryDirectory.path])
        #expect(directory.status == 1 && directory.stderr.contains("目录"))
    }

    @Test func oversizedFileIsRefusedWithoutReadingIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UUID().uuidString).txt").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 51_000_000)  // sparse: no real disk used
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Support.run(duban, ["import", path])
        #expect(run.status == 1 && run.stdout.isEmpty && run.stderr.contains("50 MB"))
    }

    @Test(arguments: [
        ["import"], ["import", "a.txt", "--format", "pdf"], ["import", "a.txt", "--no-such-flag"], ["frobnicate"],
        ["import", "a.txt", "--year", "99999"],
    ])
    func wrongUsageExitsTwo(arguments: [String]) throws {
        let run = try Support.run(duban, arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(!run.stderr.isEmpty)
    }
}
