import Foundation
import Testing

@testable import DubanCore

/// M7: the duplicate check is near-linear, and finds exactly what comparing every pair finds.
@Suite struct DuplicateScaleTests {
    static func plan(_ texts: [String]) -> Plan {
        Plan(
            government: "某区人民政府", year: 2022,
            tasks: texts.enumerated().map { PlanTask(attachment: 1, path: ["一"], label: "(\($0.offset + 1))", text: $0.element, leadUnits: ["发改局"]) },
            format: .lines)
    }

    @Test func thousandsOfIdenticalRowsAreOneFinding() {
        let texts = Array(repeating: "全面完成市下达的节能降耗目标任务，单位地区生产总值能耗下降3%", count: 5_000)
        let findings = PlanLinter().lint(Self.plan(texts)).filter { $0.code == .duplicateTask }
        #expect(findings.count == 1)
        #expect(findings.first?.tasks.count == 5_000)
        #expect(findings.first?.message.contains("共 5000 项") == true)
        #expect(PlanLinter().lint(Self.plan(texts)).filter { $0.code == .nearDuplicateTask }.isEmpty)
    }

    @Test func twoIdenticalRowsStillNameBoth() {
        let findings = PlanLinter().lint(Self.plan(["新建改扩建学校13所，新增学位8000个", "推进老旧小区改造30个", "新建改扩建学校13所，新增学位8000个"]))
            .filter { $0.code == .duplicateTask }
        #expect(findings.map(\.tasks) == [[0, 2]])
    }

    /// Every standard of both samples and the corpus, plus near copies made by changing one
    /// character: the filtered search must find every pair that brute force finds, and no other.
    @Test func prefixFilteringMissesNoPairOnRealStandards() throws {
        var texts: [String] = []
        for sample in ["zhonglou-2022", "tianning-2022"] {
            texts += try PlanImporter(extractor: nil).importPlan(path: UnitDirectoryTests.root + "/Samples/\(sample).txt").tasks.map(\.text)
        }
        let variants = texts.prefix(150).enumerated().compactMap { index, text -> String? in
            guard text.count > 30 else { return nil }
            var chars = Array(text)
            chars[(index * 7) % chars.count] = "某"
            return String(chars)
        }
        let all = texts + variants
        let letters = all.map(TextSimilarity.letters)
        var seen = Set<[UInt32]>()
        let distinct = letters.indices.filter { !letters[$0].isEmpty && seen.insert(letters[$0]).inserted }
        let fast = Set(NearDuplicates(texts: letters, candidates: distinct).pairs().map { "\($0.0)-\($0.1)" })
        var brute = Set<String>()
        let grams = letters.map(TextSimilarity.bigrams)
        for (n, i) in distinct.enumerated() where letters[i].count >= DuplicateRule.minimumLength {
            for j in distinct[(n + 1)...] where letters[j].count >= DuplicateRule.minimumLength {
                if TextSimilarity.dice(grams[i], grams[j]) >= DuplicateRule.nearThreshold { brute.insert("\(min(i, j))-\(max(i, j))") }
            }
        }
        #expect(brute.count >= 100, "the variants should make many near pairs to compare")
        #expect(fast == brute)
    }
}
