import DubanCore
import DubanTestSupport
import Foundation
import Testing

/// The two real plans as Word and Excel files written by LibreOffice
/// (scripts/make-office-fixtures.py), and a CSV export, scored by the shared scorer.
@Suite(.tags(.scorer, .libreOffice), .unlessSkipped(.scorer, .libreOffice)) struct OfficeImportScoreTests {
    static let cases: [(file: String, gold: String)] = [
        ("Tests/Fixtures/office/zhonglou-2022.docx", "gold/zhonglou-2022"),
        ("Tests/Fixtures/office/zhonglou-2022.xlsx", "gold/zhonglou-2022"),
        ("Tests/Fixtures/office/tianning-2022.docx", "gold/tianning-2022"),
        ("Tests/Fixtures/office/tianning-2022.xlsx", "gold/tianning-2022"),
        ("Tests/Fixtures/layouts/csv/tianning-2022-shishi.csv", "layouts/csv/tianning-2022-shishi"),
    ]

    @Test(arguments: cases)
    func scoresAtLeast099(file: String, gold: String) throws {
        let plan = try PlanImporter().importPlan(path: Support.path(file))
        let name = (gold as NSString).lastPathComponent
        let predicted = try Support.temporaryFile("\(name).json", contents: try PlanJSON.encode(plan))
        let result = try Support.score("score-import", [Support.path("Tests/Fixtures/\(gold).gold.json"), predicted])
        #expect(result.score >= 0.99, "\(file): \(result.output)")
    }
}
