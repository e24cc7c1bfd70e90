import DubanCore
import DubanTestSupport
import Foundation
import Testing

/// The two real plans, in every encoding offices produce, scored by the shared scorer.
@Suite(.tags(.scorer), .unlessSkipped(.scorer)) struct SeedImportScoreTests {
    static let cases: [(file: String, gold: String)] = [
        ("Samples/zhonglou-2022.txt", "zhonglou-2022"),
        ("Samples/tianning-2022.txt", "tianning-2022"),
        ("Tests/Fixtures/encodings/zhonglou-2022.gb18030.txt", "zhonglou-2022"),
        ("Tests/Fixtures/encodings/tianning-2022.gb18030.txt", "tianning-2022"),
        ("Tests/Fixtures/encodings/zhonglou-2022.utf16.txt", "zhonglou-2022"),
        ("Tests/Fixtures/encodings/tianning-2022.utf16.txt", "tianning-2022"),
        ("Tests/Fixtures/encodings/zhonglou-2022.bom.txt", "zhonglou-2022"),
        ("Tests/Fixtures/encodings/tianning-2022.bom.txt", "tianning-2022"),
    ]

    @Test(arguments: cases)
    func scoresAtLeast098(file: String, gold: String) throws {
        let plan = try PlanImporter().importPlan(path: Support.path(file))
        let predicted = try Support.temporaryFile("\(gold).json", contents: try PlanJSON.encode(plan))
        let result = try Support.score("score-import", [Support.path("Tests/Fixtures/gold/\(gold).gold.json"), predicted])
        #expect(result.score >= 0.98, "\(file): \(result.output)")
    }
}
