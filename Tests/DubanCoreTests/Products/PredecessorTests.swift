import Foundation
import Testing

@testable import DubanCore

private func sample(_ name: String) throws -> [(id: Int, text: String)] {
    let plan = try PlanImporter(extractor: nil).importPlan(path: UnitDirectoryTests.root + "/Samples/\(name).txt")
    return plan.tasks.enumerated().map { (id: $0.offset + 1, text: $0.element.text) }
}

/// Every digit moved on by one (100家 → 211家): a plan whose targets all changed.
private func shiftDigits(_ text: String) -> String {
    String(
        text.map { c -> Character in
            guard let d = c.wholeNumberValue, c.isASCII else { return c }
            return Character(String((d + 1) % 10))
        })
}

private let unrelated: [(id: Int, text: String)] = [
    (id: 901, text: "完成辖区内犬只登记管理和狂犬病疫苗免疫接种工作，规范养犬行为。"),
    (id: 902, text: "组织开展青少年近视防控宣传周活动，中小学生每日户外活动不少于两小时。"),
    (id: 903, text: "做好汛期防汛物资储备，组织防汛抢险演练，确保安全度汛。"),
]

@Suite struct TextSimilarityScoreTests {
    @Test func digitsAndPunctuationAreIgnored() {
        #expect(TextSimilarity.score("新增高新技术企业100家", "新增高新技术企业120家") == 1)
        #expect(TextSimilarity.score("新增高新技术企业100家。", "新增高新技术企业，120家") == 1)
        #expect(TextSimilarity.score("", "") == 1)
    }

    @Test func zeroToOneAndSymmetric() {
        let a = "年内完成37个老旧小区改造任务"
        let b = "实施老旧小区改造45个，加装电梯50台"
        let s = TextSimilarity.score(a, b)
        #expect(s > 0 && s < 1)
        #expect(s == TextSimilarity.score(b, a))
        #expect(TextSimilarity.score(a, "做好汛期防汛物资储备") == 0)
    }
}

@Suite struct PredecessorTests {
    @Test func aPlanComparedWithItselfPairsEveryTaskWithItself() throws {
        let tasks = try sample("zhonglou-2022")
        #expect(tasks.count > 100)
        let matches = Predecessors.match(current: tasks, previous: tasks)
        #expect(matches.count == tasks.count)
        #expect(matches.allSatisfy { $0.taskID == $0.predecessorID && $0.similarity == 1 })
    }

    @Test func changedTargetsStillMatch() throws {
        let previous = try sample("zhonglou-2022")
        var current = previous.map { (id: $0.id + 1000, text: shiftDigits($0.text)) }
        // Hand edits of a sentence or two, as next year's plan makes them.
        let edits = [
            ("年内完成37个老旧小区改造任务", "年内完成45个老旧小区改造任务，同步推进加装电梯"),
            ("力争一般公共预算收入达到26.6亿元", "确保一般公共预算收入达到28亿元"),
            ("净增高新技术企业30个", "净增高新技术企业40个以上"),
        ]
        var edited = Set<Int>()
        for (from, to) in edits {
            if let k = current.firstIndex(where: { $0.text.contains(shiftDigits(from)) }) {
                current[k].text = current[k].text.replacingOccurrences(of: shiftDigits(from), with: to)
                edited.insert(current[k].id)
            }
        }
        // The last two edits fall in one task (数字经济先导区).
        #expect(edited.count == 2)
        let matches = Predecessors.match(current: current, previous: previous)
        #expect(matches.count == current.count)
        #expect(matches.allSatisfy { $0.predecessorID == $0.taskID - 1000 })
        #expect(Set(matches.filter { $0.similarity < 1 }.map(\.taskID)) == edited)
    }

    @Test func unrelatedTasksFindNoPredecessor() throws {
        let previous = try sample("zhonglou-2022")
        #expect(Predecessors.match(current: unrelated, previous: previous).isEmpty)
        #expect(Predecessors.match(current: previous, previous: unrelated).isEmpty)
    }

    @Test func thresholdAndSplits() {
        let previous = [(id: 1, text: "年内完成37个老旧小区改造任务"), (id: 2, text: "新增高新技术企业100家")]
        let current = [
            (id: 10, text: "完成老旧小区改造45个"), (id: 11, text: "年内完成老旧小区改造任务，同步加装电梯"),
            (id: 12, text: "新增高新技术企业120家"),
        ]
        let loose = Predecessors.match(current: current, previous: previous, threshold: 0.5)
        // Two tasks may continue one (a task split in two).
        #expect(loose.map(\.predecessorID) == [1, 1, 2])
        let strict = Predecessors.match(current: current, previous: previous, threshold: 0.95)
        #expect(strict.map(\.taskID) == [12])
    }

    @Test func threeHundredByThreeHundredIsQuick() throws {
        // Two districts' plans (256 tasks), topped up to 300 a side; this year's targets all changed.
        let base = try sample("zhonglou-2022") + sample("tianning-2022").map { (id: $0.id + 500, text: $0.text) }
        let previous = Array((base + base.map { (id: $0.id + 5000, text: $0.text) }).prefix(300))
        let current = previous.map { (id: $0.id, text: shiftDigits($0.text)) }
        #expect(current.count == 300)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Predecessors.match(current: current, previous: previous) }
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
