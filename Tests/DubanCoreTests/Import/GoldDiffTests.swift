import DubanCore
import DubanTestSupport
import Foundation
import Testing

/// Next to the scores: the exact difference between what the importer reads and the gold, field
/// by field, for every corpus document and both samples, in process and without the Python
/// scorer (so `make test-fast` runs it). Strings compare as the scorer compares them (NFKC,
/// white space removed). A failure names the task and the field, which a score cannot.
@Suite(.tags(.corpus), .unlessSkipped(.corpus)) struct GoldDiffTests {
    static let fields = ["label", "path", "text", "leaders", "leadUnits", "coopUnits", "deadline"]

    @Test(arguments: ImportScoring.documents.map(\.name))
    func importMatchesTheGoldExactly(name: String) throws {
        let document = try #require(ImportScoring.documents.first { $0.name == name })
        let gold = try Self.tasks(Data(contentsOf: URL(fileURLWithPath: document.gold)))
        let ours = try Self.tasks(Data(PlanJSON.encode(PlanImporter().importPlan(path: document.file)).utf8))
        let differences = Self.diff(gold: gold, ours: ours)
        #expect(differences.isEmpty, Comment(rawValue: "\(name):\n" + differences.prefix(20).joined(separator: "\n")))
    }

    /// Rows in order. The documents are cut where their page or excerpt ends, and the gold
    /// leaves out a row cut mid-text (`INDEX.md`: 07, 10, 12, 13; the 钟楼 sample ends on
    /// `2.名城嘉苑…` after the last row). So rows after the gold's last are not compared, and the
    /// gold's last text need only begin ours. A row split, merged or lost before that shows.
    static func diff(gold: [[String: Any]], ours: [[String: Any]]) -> [String] {
        var out: [String] = []
        if ours.count < gold.count { out.append("tasks: gold \(gold.count), ours \(ours.count)") }
        for (index, (want, got)) in zip(gold, ours).enumerated() {
            for field in fields where normalized(want[field]) != normalized(got[field]) {
                if field == "text", index == gold.count - 1, let cut = normalized(want[field])?.first,
                    let read = normalized(got[field])?.first, read.hasPrefix(cut)
                {
                    continue
                }
                out.append("task \(index + 1) \(want["label"] as? String ?? ""): \(field): gold \(describe(want[field])) ≠ ours \(describe(got[field]))")
            }
        }
        return out
    }

    static func tasks(_ data: Data) throws -> [[String: Any]] {
        let plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(plan["tasks"] as? [[String: Any]])
    }

    /// The scorer's folding: NFKC, then no white space; lists element by element; null as null.
    static func normalized(_ value: Any?) -> [String]? {
        switch value {
        case let list as [Any]: list.map { fold(String(describing: $0)) }
        case let text as String: [fold(text)]
        case is NSNull, nil: nil
        case let other?: [fold(String(describing: other))]
        }
    }

    static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined()
    }

    static func describe(_ value: Any?) -> String {
        switch value {
        case let list as [Any]: "[" + list.map { "\($0)" }.joined(separator: "、") + "]"
        case let text as String: "“\(text.prefix(40))”"
        default: "null"
        }
    }
}
