import DubanCore
import DubanTestSupport
import Foundation
import Testing

/// The quantity scanner against `Tests/Fixtures/quantities.jsonl`, scored by the shared scorer:
/// the lines are produced in-process and handed to `score-quantities` through `cat`.
@Suite(.tags(.scorer), .unlessSkipped(.scorer)) struct QuantityScoreTests {
    @Test func specPassRateAboveNinetyPercent() throws {
        let specs = ScorerRun.path("Tests/Fixtures/quantities.jsonl")
        let text = try String(contentsOfFile: specs, encoding: .utf8)
        // The scorer's inputs: each distinct input once, newlines folded, in first-seen order.
        var inputs: [String] = []
        var seen = Set<String>()
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let input = try #require(object?["input"] as? String).replacingOccurrences(of: "\n", with: " ")
            if seen.insert(input).inserted { inputs.append(input) }
        }

        let scanner = QuantityScanner(options: .init(reportNumerals: true))
        var out = ""
        for input in inputs {
            var w = JSONWriter()
            w.beginObject()
            w.string("input", input)
            w.beginArray("quantities")
            for q in scanner.scan(input) { q.write(to: &w) }
            w.endArray()
            w.endObject()
            out += w.text + "\n"
        }
        let file = try ScorerRun.temporaryFile("quantities.out.jsonl", out)
        let run = try ScorerRun.python(["Tests/Tools/score-quantities", specs, "--", "/bin/cat", file])
        let score = try #require(run.value(after: "score:"), "\(run.output)")
        #expect(score >= 0.90, "\(run.output)")
    }
}
