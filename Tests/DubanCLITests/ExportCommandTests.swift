import DubanTestSupport
import Foundation
import Testing

/// `duban export` as a user runs it: each sample exported in each format, imported back with
/// `duban import --json` and scored by the shared scorer against the gold. The round trip must
/// lose nothing: it scores exactly what the direct import of the sample scores.
@Suite(.tags(.scorer, .cliProcess), .unlessSkipped(.scorer, .cliProcess)) struct ExportCommandTests {
    let duban = Support.dubanExecutable

    static let samples = ["zhonglou-2022", "tianning-2022"]
    static let cases: [(sample: String, format: String)] = samples.flatMap { sample in
        ["docx", "xlsx", "csv", "json"].map { (sample, $0) }
    }

    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// `duban import FILE --json`, scored against the sample's gold.
    func importScore(_ file: String, gold sample: String) throws -> (score: Double, output: String) {
        let run = try Support.run(duban, ["import", file, "--json"])
        #expect(run.status == 0, "import \(file): \(run.stderr)")
        let predicted = try Support.temporaryFile("\(sample).json", contents: run.stdout)
        return try Support.score("score-import", [Support.path("Tests/Fixtures/gold/\(sample).gold.json"), predicted])
    }

    @Test(arguments: cases)
    func roundTripScoresAsTheDirectImport(sample: String, format: String) throws {
        let input = Support.path("Samples/\(sample).txt")
        let direct = try importScore(input, gold: sample)
        let output = try Self.directory().appendingPathComponent("\(sample).\(format)").path
        let export = try Support.run(duban, ["export", input, "--to", format, "--output", output])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.isEmpty)
        #expect(export.stdout.contains(output))
        #expect(FileManager.default.fileExists(atPath: output))
        let back = try importScore(output, gold: sample)
        #expect(back.score == direct.score, "\(sample).\(format): \(back.output)")
        #expect(back.score >= 0.99, "\(sample).\(format): \(back.output)")
    }

    /// The format from the output's extension, and a JSON export exported again as a table:
    /// `duban.plan/1` is an input like any other.
    @Test func formatFromExtensionAndJSONAsInput() throws {
        let dir = try Self.directory()
        let json = dir.appendingPathComponent("tianning.json").path
        let docx = dir.appendingPathComponent("tianning.docx").path
        let first = try Support.run(duban, ["export", Support.path("Samples/tianning-2022.txt"), "-o", json])
        #expect(first.status == 0, "\(first.stderr)")
        let text = try String(contentsOfFile: json, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"schema\": \"duban.plan/1\""))
        let second = try Support.run(duban, ["export", json, "--output", docx])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try importScore(docx, gold: "tianning-2022").score == 1.0)
    }

    @Test func unwritableOutputIsRefusedClearly() throws {
        let output = "/nonexistent-\(UUID().uuidString)/方案.docx"
        let run = try Support.run(duban, ["export", Support.path("Samples/zhonglou-2022.txt"), "--to", "docx", "--output", output])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1, "one line: \(run.stderr)")
        #expect(run.stderr.contains(output) && run.stderr.contains("无法写入"), "\(run.stderr)")

        let directory = try Self.directory().path
        let intoDirectory = try Support.run(duban, ["export", Support.path("Samples/zhonglou-2022.txt"), "--to", "csv", "--output", directory])
        #expect(intoDirectory.status == 1 && intoDirectory.stdout.isEmpty)
        #expect(intoDirectory.stderr.contains(directory) && intoDirectory.stderr.contains("目录"), "\(intoDirectory.stderr)")
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "empty.txt", bytes: [], expect: "文件是空的"),
        BadInput(name: "junk.bin", bytes: (0..<4096).map { UInt8(($0 * 7919 + 13) % 251) }, expect: "不是文本文件"),
        BadInput(name: "fake.xlsx", bytes: Array("这不是一个表格文件".utf8), expect: "不是有效的 Excel"),
        BadInput(name: "prose.txt", bytes: Array("关于做好春节期间安全工作的通知\n各单位要高度重视。\n".utf8), expect: "没有找到方案表格"),
        BadInput(name: "broken.json", bytes: Array("{\"schema\": \"duban.plan/1\", \"tasks\": [".utf8), expect: "不是有效的 duban.plan/1"),
        BadInput(name: "other.json", bytes: Array("{\"schema\": \"other/2\", \"tasks\": []}".utf8), expect: "other/2"),
        BadInput(name: "none.json", bytes: Array("{\"schema\": \"duban.plan/1\", \"tasks\": []}".utf8), expect: "没有找到方案表格"),
    ]

    @Test(arguments: badInputs)
    func badInputIsRefusedClearly(input: BadInput) throws {
        let dir = try Self.directory()
        let path = dir.appendingPathComponent(input.name).path
        FileManager.default.createFile(atPath: path, contents: Data(input.bytes))
        let output = dir.appendingPathComponent("out.docx").path
        let run = try Support.run(duban, ["export", path, "--to", "docx", "--output", output])
        #expect(run.status == 1, "\(input.name): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1, "one line: \(run.stderr)")
        #expect(run.stderr.contains(input.name) && run.stderr.contains(input.expect), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output), "nothing written")
    }

    @Test func missingInputIsRefused() throws {
        let output = try Self.directory().appendingPathComponent("out.xlsx").path
        let run = try Support.run(duban, ["export", "/nonexistent/计划.txt", "--output", output])
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr.contains("计划.txt") && run.stderr.contains("文件不存在"), "\(run.stderr)")
    }

    @Test(arguments: [
        ["export"], ["export", "a.txt"], ["export", "a.txt", "--to", "pdf", "--output", "a.pdf"],
        ["export", "a.txt", "--output", "a.pdf"], ["export", "a.txt", "--to", "docx"],
        ["export", "a.txt", "-o", "a.docx", "--year", "99999"],
    ])
    func wrongUsageExitsTwo(arguments: [String]) throws {
        let run = try Support.run(duban, arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(!run.stderr.isEmpty)
    }

    @Test func unknownFormatIsNamed() throws {
        let run = try Support.run(duban, ["export", "a.txt", "--to", "pdf", "--output", "a.pdf"])
        #expect(run.stderr.contains("未知的导出格式“pdf”"), "\(run.stderr)")
    }
}
