import DubanCore
import DubanDocuments
import DubanTestSupport
import Foundation
import Testing

/// One small plan per family real plans come in (`Tests/Fixtures/families/`), each with a gold
/// written by hand, read perfectly in full-width and in half-width punctuation alike. The
/// corpus documents that stand for a family are named beside it.
@Suite(.tags(.scorer, .corpus), .unlessSkipped(.scorer, .corpus)) struct FamilyImportTests {
    static let families: [(file: String, format: DocumentFormat, family: String)] = [
        ("lines-blank.txt", .lines, "one cell per line, blank lines between cells, a cell over two lines, section rows (corpus 02, 11)"),
        ("lines-deadline.txt", .lines, "one cell per line with a 完成时限 column and a single 责任单位 column (corpus 11, 14)"),
        ("two-tables.txt", .lines, "several tables with different columns in one document (zhonglou)"),
        ("run-together.txt", .lines, "cells run together when copied, split by names known elsewhere"),
        ("tabs-responsible.txt", .tabs, "TAB cells, a single 责任单位 column, blank cells merged (tianning)"),
        ("inline-forms.txt", .inline, "inline （牵头单位：X；配合单位：Y） （X牵头，Y配合） （X主办，Y协办） （责任单位：X） （责任领导：A；牵头单位：X） (corpus 04, 06, 08, 10, 15)"),
        ("paragraph-labels.txt", .inline, "unnumbered 实事 paragraphs under a title, label lines after them, labels on the same line (corpus 05)"),
        ("leader-groups.txt", .inline, "items under leader headings (一、王纲市长主抓重点工作, 李明副市长牵头负责), a stated 排在首位 rule (corpus 12, 13)"),
        ("multilevel.txt", .inline, "multi-level numbering 一、（一）1.（1）① with the responsibility after the sub-points (corpus 09)"),
        ("two-row-header.md", .pipes, "pipe rows with a header over two rows (责任单位 over 牵头单位 | 配合单位)"),
        ("web-page.txt", .inline, "a web page: chrome, page numbers, running headers mid-sentence, a parenthesis cut by a page break"),
    ]

    static let widths = ["plain", "halfwidth", "fullwidth"]

    @Test(arguments: families.map(\.file), widths)
    func readsEachFamilyInEitherWidth(file: String, width: String) throws {
        let family = try #require(Self.families.first { $0.file == file })
        let source = ImportScoring.path("Tests/Fixtures/families/\(file)")
        let gold = (source as NSString).deletingPathExtension + ".gold.json"
        let path = width == "plain" ? source : try ImportScoring.variant(of: source, width)
        let plan = try PlanImporter().importPlan(path: path)
        #expect(plan.format == family.format, "\(file): read as \(plan.format)")
        let result = try ImportScoring.score(json: try PlanJSON.encode(plan), gold: gold)
        #expect(result.score == 1.0, "\(family.family) (\(width)): \(result)")
    }

    /// A split made from names known elsewhere is a guess: it is flagged on its row.
    @Test func runTogetherSplitIsFlagged() throws {
        let plan = try PlanImporter().importPlan(path: ImportScoring.path("Tests/Fixtures/families/run-together.txt"))
        let row = try #require(plan.tasks.first { $0.label == "(2)" })
        #expect(row.leaders == ["何海平"])
        #expect(row.warnings.contains { $0.code == .splitName && $0.message.contains("何海平") })
        #expect(plan.tasks.filter { !$0.warnings.isEmpty }.count == 1)
    }

    /// A stated month is a date in the plan's year; a phrase without one is kept as printed.
    @Test func deadlinePhrases() throws {
        let plan = try PlanImporter().importPlan(path: ImportScoring.path("Tests/Fixtures/families/lines-deadline.txt"))
        #expect(plan.tasks.map(\.deadline) == ["2022-12", "2022-06", nil])
        #expect(plan.tasks.map(\.deadlineText) == [nil, nil, "长期"])
        #expect(plan.tasks.allSatisfy { $0.warnings.isEmpty })
    }

    /// A rule the document states is applied and cited once, not on every row.
    @Test func statedRuleIsCitedOnce() throws {
        let plan = try PlanImporter().importPlan(path: ImportScoring.path("Tests/Fixtures/families/leader-groups.txt"))
        let notes = plan.warnings.filter { $0.code == .positionalSplit }
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("排在首位的为牵头单位") == true)
        #expect(plan.tasks.allSatisfy { $0.warnings.isEmpty })
    }

    /// Page numbers, running headers and web chrome are not tasks, units or the issuing body.
    @Test func furnitureIsNotContent() throws {
        let plan = try PlanImporter().importPlan(path: ImportScoring.path("Tests/Fixtures/families/web-page.txt"))
        #expect(plan.tasks.count == 4)
        #expect(plan.government == "某某区人民政府")
        let everything = plan.tasks.flatMap { [$0.text] + $0.path + $0.leadUnits + $0.coopUnits }.joined()
        for furniture in ["分享", "- 2 -", "第3页", "某政办〔2023〕5号", "点击数", "首页"] {
            #expect(!everything.contains(furniture), "\(furniture)")
        }
    }
}
