import DubanCore
import DubanTestSupport
import Foundation

/// Imports a file in-process and scores it with the shared scorer (`Tests/Tools/score-import`),
/// reading every line the scorer prints: the score, the silent wrong fields, the needless flags.
enum ImportScoring {
    /// The package root, found once for this test target (`UnitDirectoryTests.root`).
    static let root = URL(fileURLWithPath: UnitDirectoryTests.root)

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    struct Result: CustomStringConvertible {
        var score: Double
        var silent: Int
        var wrong: Int
        var flagged: Int
        var needless: Int
        var output: String
        var description: String { output }
    }

    static func score(file: String, gold: String) throws -> Result {
        let plan = try PlanImporter().importPlan(path: file)
        return try score(json: try PlanJSON.encode(plan), gold: gold)
    }

    static func score(json: String, gold: String) throws -> Result {
        let predicted = try temporaryFile("plan.json", Data(json.utf8))
        defer { try? FileManager.default.removeItem(atPath: predicted) }
        let output = try run("/usr/bin/env", ["python3", path("Tests/Tools/score-import"), gold, predicted])
        func number(_ pattern: String, _ group: Int = 1) -> Double {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: output, range: NSRange(output.startIndex..., in: output)),
                let range = Range(match.range(at: group), in: output)
            else { return -1 }
            return Double(output[range]) ?? -1
        }
        return Result(
            score: number(#"score: ([\d.]+)"#), silent: Int(number(#"silent\s+(\d+)/"#)),
            wrong: Int(number(#"silent\s+\d+/(\d+)"#)), flagged: Int(number(#"flagged\s+(\d+)/"#)),
            needless: Int(number(#"carry a warning, (\d+) of them"#)), output: output)
    }

    /// `vary-plan FILE VARIANTS` written to a temporary file.
    static func variant(of file: String, _ variants: String) throws -> String {
        let text = try run("/usr/bin/env", ["python3", path("Tests/Tools/vary-plan"), file, variants])
        return try temporaryFile("variant.txt", Data(text.utf8))
    }

    static func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-core-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readAllRetryingInterrupts()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The corpus documents and the two samples, each with its gold.
    static var documents: [(name: String, file: String, gold: String)] {
        let docs = path("Tests/Fixtures/corpus/docs")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: docs)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.map { name in
            let stem = String(name.dropLast(4))
            return (stem, "\(docs)/\(name)", path("Tests/Fixtures/corpus/gold/\(stem).gold.json"))
        } + samples
    }

    static let samples: [(name: String, file: String, gold: String)] = ["zhonglou-2022", "tianning-2022"].map {
        (name: $0, file: path("Samples/\($0).txt"), gold: path("Tests/Fixtures/gold/\($0).gold.json"))
    }
}
