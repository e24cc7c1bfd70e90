import Foundation
import Testing

@testable import DubanCore

/// A task with nothing wrong: green, progressing on schedule, evidence attached.
private func fact(
    _ id: Int, light: Light = .green, still: Int = 0, expected: Double? = 50, actual: Double? = 50,
    evidence: Bool = true, closed: Bool = false
) -> InspectionFacts {
    InspectionFacts(
        taskID: id, label: "(\(id))", text: "年内完成37个老旧小区改造任务", units: ["住建局"], light: light,
        periodsWithoutProgress: still, expected: expected, actual: actual, hasEvidence: evidence, closed: closed)
}

private func reasons(_ facts: InspectionFacts, _ rules: InspectionRules = InspectionRules()) -> [String]? {
    Inspection.list([facts], rules: rules, asOf: september15).items.first?.reasons
}

private let september15 = PlanCalendar.date(2022, 9, 15, hour: 10)

@Suite struct InspectionTests {
    @Test func aHealthyTaskIsNotListed() {
        #expect(reasons(fact(1)) == nil)
    }

    @Test func lights() {
        #expect(reasons(fact(1, light: .red)) == ["亮红灯"])
        #expect(reasons(fact(1, light: .yellow)) == ["亮黄灯"])
        #expect(reasons(fact(1, light: .red), InspectionRules(includeRed: false)) == nil)
        #expect(reasons(fact(1, light: .yellow), InspectionRules(includeYellow: false)) == nil)
    }

    @Test func periodsWithoutProgress() {
        #expect(reasons(fact(1, still: 3)) == ["连续3期无进展"])
        #expect(reasons(fact(1, still: 2)) == ["连续2期无进展"])
        #expect(reasons(fact(1, still: 1)) == nil)
        #expect(reasons(fact(1, still: 2), InspectionRules(noProgressPeriods: 3)) == nil)
        #expect(reasons(fact(1, still: 9), InspectionRules(noProgressPeriods: 0)) == nil)
    }

    @Test func offTrajectory() {
        #expect(reasons(fact(1, expected: 50, actual: 30)) == ["应完成50%，实际30%，落后20个百分点"])
        // Exactly the threshold counts; one point short does not.
        #expect(reasons(fact(1, expected: 50, actual: 35)) == ["应完成50%，实际35%，落后15个百分点"])
        #expect(reasons(fact(1, expected: 50, actual: 36)) == nil)
        #expect(reasons(fact(1, expected: 75, actual: 62.5)) == nil)
        #expect(
            reasons(fact(1, expected: 75, actual: 62.5), InspectionRules(offTrajectoryPoints: 10))
                == ["应完成75%，实际62.5%，落后12.5个百分点"])
        // No figure (a qualitative task): nothing to compare.
        #expect(reasons(fact(1, expected: 50, actual: nil)) == nil)
        #expect(reasons(fact(1, expected: 50, actual: 0), InspectionRules(offTrajectoryPoints: 0)) == nil)
    }

    @Test func evidence() {
        #expect(reasons(fact(1, evidence: false)) == ["未上传佐证材料"])
        #expect(reasons(fact(1, evidence: false), InspectionRules(requireEvidence: false)) == nil)
        // Nothing due yet: no report, so no evidence to lack.
        #expect(reasons(fact(1, light: .pending, expected: nil, actual: nil, evidence: false)) == nil)
    }

    @Test func everyRuleThatPicksATaskIsGiven() {
        let all = fact(1, light: .red, still: 3, expected: 50, actual: 10, evidence: false)
        #expect(reasons(all) == ["亮红灯", "连续3期无进展", "应完成50%，实际10%，落后40个百分点", "未上传佐证材料"])
        let some = fact(2, light: .yellow, still: 2, expected: 50, actual: 45, evidence: true)
        #expect(reasons(some) == ["亮黄灯", "连续2期无进展"])
        #expect(reasons(some, InspectionRules(includeYellow: false)) == ["连续2期无进展"])
    }

    @Test func closedTasksAreNeverListed() {
        #expect(reasons(fact(1, light: .red, still: 5, expected: 100, actual: 0, evidence: false, closed: true)) == nil)
        #expect(reasons(fact(1, light: .done, still: 5, evidence: false)) == nil)
    }

    @Test func listCarriesTheTaskTheQuarterAndTheDate() {
        let facts = [fact(3, light: .red), fact(1), fact(7, evidence: false), fact(4, closed: true), fact(2, light: .yellow)]
        let list = Inspection.list(facts, rules: InspectionRules(), asOf: september15)
        // Red first, then yellow, then evidence only; plan order within equals.
        #expect(list.items.map(\.taskID) == [3, 2, 7])
        #expect(list.items[0].label == "(3)")
        #expect(list.items[0].units == ["住建局"])
        #expect(list.items[0].text == "年内完成37个老旧小区改造任务")
        #expect(list.year == 2022 && list.quarter == 3 && list.asOf == september15)
        #expect(list.leftOut == 0)
        #expect(Inspection.list(facts, asOf: PlanCalendar.date(2022, 3, 31, hour: 23)).quarter == 1)
        #expect(Inspection.list(facts, asOf: PlanCalendar.date(2022, 10, 1)).quarter == 4)
    }

    @Test func rankedBySeverityThenImportanceAndCapped() {
        // 39 candidates as in the demo's September: 13 red, 26 yellow, various gaps.
        var facts: [InspectionFacts] = []
        for id in 1...39 { facts.append(fact(id, light: id % 3 == 0 ? .red : .yellow, expected: 60, actual: Double(60 - id))) }
        let list = Inspection.list(facts, rules: InspectionRules(), asOf: september15)
        #expect(list.items.count == 15)
        #expect(list.leftOut == 24)
        // All 13 reds come first, the furthest behind first (task n is n points behind); then
        // the two yellows furthest behind.
        let ids = list.items.map(\.taskID)
        #expect(Array(ids.prefix(13)) == [39, 36, 33, 30, 27, 24, 21, 18, 15, 12, 9, 6, 3])
        #expect(Array(ids.suffix(2)) == [38, 37])
        // Equal severity: importance decides, then plan order.
        var a = fact(1, light: .red)
        var b = fact(2, light: .red)
        var c = fact(3, light: .red)
        c.importance = 1
        a.importance = 0
        b.importance = 0
        #expect(Inspection.list([a, b, c], asOf: september15).items.map(\.taskID) == [3, 1, 2])
        #expect(Inspection.list(facts, rules: InspectionRules(maxItems: 5), asOf: september15).items.count == 5)
    }

    @Test func noOneResponsibleIsListedApart() {
        var orphan = fact(5, light: .red)
        orphan.responsibilityGap = "未明确牵头单位"
        let list = Inspection.list(
            [fact(1, light: .red), orphan, fact(6, light: .yellow)], rules: InspectionRules(maxItems: 1),
            asOf: september15)
        #expect(list.items.map(\.taskID) == [1])
        #expect(list.leftOut == 1)
        #expect(list.responsibility.map(\.taskID) == [5])
        #expect(list.responsibility[0].reasons == ["未明确牵头单位"])
    }

    @Test func describeTheRules() {
        #expect(
            Inspection.describe(InspectionRules()) == [
                "符合下列任一条件的任务列入本季度督查清单：",
                "亮红灯的任务；",
                "亮黄灯的任务；",
                "连续2期及以上报告无进展的任务；",
                "实际进度落后序时进度15个百分点及以上的任务；",
                "已有到期报告但未上传佐证材料的任务；",
                "按问题严重程度排序（红灯先于黄灯，落后越多越靠前），同等情况下领导批示和民生实事任务优先，每轮最多15项。",
                "无牵头单位、牵头单位为统称或无人填报的任务，另列为责任落实问题。",
                "已办结销号的任务不列入督查。",
            ])
        let narrow = InspectionRules(
            includeRed: true, includeYellow: false, noProgressPeriods: 3, offTrajectoryPoints: 0,
            requireEvidence: false)
        #expect(
            Inspection.describe(narrow) == [
                "符合下列任一条件的任务列入本季度督查清单：", "亮红灯的任务；", "连续3期及以上报告无进展的任务；",
                "按问题严重程度排序（红灯先于黄灯，落后越多越靠前），同等情况下领导批示和民生实事任务优先，每轮最多15项。",
                "无牵头单位、牵头单位为统称或无人填报的任务，另列为责任落实问题。", "已办结销号的任务不列入督查。",
            ])
        let none = InspectionRules(
            includeRed: false, includeYellow: false, noProgressPeriods: 0, offTrajectoryPoints: 0,
            requireEvidence: false)
        #expect(Inspection.describe(none) == ["未设置督查条件，本季度不列入任务。"])
        #expect(Inspection.list([fact(1, light: .red, still: 4, evidence: false)], rules: none, asOf: september15).items.isEmpty)
    }

    @Test func rulesDecodeWithDefaults() throws {
        let rules = try JSONDecoder().decode(InspectionRules.self, from: Data(#"{"includeYellow": false}"#.utf8))
        #expect(rules == InspectionRules(includeYellow: false))
    }
}
