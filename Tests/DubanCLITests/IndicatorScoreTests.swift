import DubanCore
import DubanTestSupport
import Foundation
import Testing

/// The extractor against the gold files, scored by the shared scorer `Tests/Tools/score-indicators`.
@Suite(.tags(.scorer, .cliProcess), .unlessSkipped(.scorer, .cliProcess)) struct IndicatorScoreTests {
    @Test(arguments: ["zhonglou-2022", "tianning-2022"])
    func goldFileScoresAboveThresholds(plan: String) throws {
        let gold = ScorerRun.path("Tests/Fixtures/gold/\(plan).indicators.gold.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: gold)))
        let tasks = try #require((object as? [String: Any])?["tasks"] as? [[String: Any]])
        let texts = tasks.compactMap { $0["text"] as? String }
        #expect(texts.count == tasks.count)

        let extractor = IndicatorExtractor()
        let document = IndicatorDocument.json(texts.map { (text: $0, analysis: extractor.analyse($0)) })
        let predicted = try ScorerRun.temporaryFile("\(plan).indicators.json", document)
        let run = try ScorerRun.python(["Tests/Tools/score-indicators", gold, predicted])

        let f1 = try #require(run.value(after: "score:"), "\(run.output)")
        let kind = try #require(run.value(after: "kind"), "\(run.output)")
        #expect(f1 >= 0.95, "\(plan): \(run.output)")
        #expect(kind >= 0.90, "\(plan): \(run.output)")
    }
}

/// Runs a shared Python scorer and reads its figures.
enum ScorerRun {
    static let root: URL = RepositoryRoot.url

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-ind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    struct Output {
        var output: String

        /// The number after a line's label, e.g. `kind        0.993` or `score: 1.000`.
        func value(after label: String) -> Double? {
            for line in output.split(separator: "\n") where line.hasPrefix(label) {
                return Double(line.dropFirst(label.count).trimmingCharacters(in: .whitespaces))
            }
            return nil
        }
    }

    static func python(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments.map { $0.hasPrefix("Tests/") ? path($0) : $0 }
        process.currentDirectoryURL = root
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readAllRetryingInterrupts()
        process.waitUntilExit()
        return Output(output: String(decoding: data, as: UTF8.self))
    }
}
