import DubanCore
import DubanDocuments
import DubanTestSupport
import Foundation
import Testing

/// Each text layout the importer detects, against a hand-written gold, scored by the shared scorer.
@Suite(.tags(.scorer), .unlessSkipped(.scorer)) struct LayoutImportTests {
    static let cases: [(file: String, format: DocumentFormat)] = [
        ("inline-parenthetical.txt", .inline),
        ("label-lines.txt", .inline),
        ("leader-headings.txt", .inline),
        ("pipes.txt", .pipes),
        ("markdown-table.md", .pipes),
    ]

    @Test(arguments: cases)
    func detectsAndScoresPerfectly(file: String, format: DocumentFormat) throws {
        let path = Support.path("Tests/Fixtures/layouts/\(file)")
        let plan = try PlanImporter().importPlan(path: path)
        #expect(plan.format == format)
        let predicted = try Support.temporaryFile("plan.json", contents: try PlanJSON.encode(plan))
        let gold = path.replacingOccurrences(of: ".txt", with: ".gold.json").replacingOccurrences(of: ".md", with: ".gold.json")
        let result = try Support.score("score-import", [gold, predicted])
        #expect(result.score == 1.0, "\(file): \(result.output)")
    }

    @Test func seedsAreDetectedAsTheirLayouts() throws {
        let reader = DocumentReader()
        #expect(try reader.read(path: Support.path("Samples/zhonglou-2022.txt")).format == .lines)
        #expect(try reader.read(path: Support.path("Samples/tianning-2022.txt")).format == .tabs)
    }

    /// What a clerk must confirm is said, and where: the merged cells the text lost.
    @Test func inferredFieldsCarryWarningsWithTheirLine() throws {
        let plan = try PlanImporter().importPlan(path: Support.path("Samples/zhonglou-2022.txt"))
        let task6 = try #require(plan.tasks.first { $0.label == "(6)" })
        #expect(task6.inherited == [.leaders, .coopUnits])
        #expect(task6.warnings.contains { $0.code == .inheritedField && $0.message.contains("孙益锋") })
        #expect(task6.warnings.allSatisfy { $0.location.line != nil })
        let task18 = try #require(plan.tasks.first { $0.label == "(18)" })
        #expect(task18.leadUnits == ["编办"])
        #expect(task18.coopUnits == ["司法局", "城管局"])
        #expect(task18.warnings.contains { $0.code == .ambiguousUnits })
        let tianning = try PlanImporter().importPlan(path: Support.path("Samples/tianning-2022.txt"))
        #expect(tianning.warnings.contains { $0.code == .inferredGovernment })
        #expect(tianning.tasks.contains { task in task.warnings.contains { $0.code == .splitName && $0.message.contains("市场监管局天建集团") } })
    }

    @Test func givenGovernmentAndYearWinAndSilenceTheirWarnings() throws {
        let plan = try PlanImporter(government: "常州市天宁区人民政府", year: 2022)
            .importPlan(path: Support.path("Samples/tianning-2022.txt"))
        #expect(plan.government == "常州市天宁区人民政府")
        #expect(!plan.warnings.contains { $0.code == .inferredGovernment })
    }
}
