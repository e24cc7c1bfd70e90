import Foundation
import Testing

@testable import DubanCore

/// The indicator classification (cumulative, level, cap, milestone) against its gold
/// (Tests/Fixtures/measures/README.md), on both samples.
@Suite struct MeasureTests {
    struct Gold: Decodable {
        struct Task: Decodable {
            var text: String
            var indicators: [Measured]
        }
        struct Measured: Decodable {
            var metric: String
            var value: Double
            var unit: String
            var comparator: Indicator.Comparator
            var tier: Indicator.Tier?
            var change: Indicator.Change?
            var measure: IndicatorMeasure

            var indicator: Indicator { Indicator(metric: metric, value: value, unit: unit, comparator: comparator, tier: tier, change: change) }
        }
        var tasks: [Task]
    }

    static func gold(_ sample: String) throws -> Gold {
        let url = URL(fileURLWithPath: UnitDirectoryTests.root + "/Tests/Fixtures/measures/\(sample).measures.gold.json")
        return try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
    }

    /// The scalar search finds a level word exactly where Foundation's substring search does:
    /// on every gold metric, on each word alone, inside other text, and at either end.
    @Test func theLevelWordSearchAgreesWithFoundation() throws {
        let gold = try ["zhonglou-2022", "tianning-2022"].flatMap { try Self.gold($0).tasks.flatMap(\.indicators).map(\.metric) }
        let made = IndicatorMeasure.levelWords.flatMap { [$0, "全市\($0)", "\($0)提升", "城镇\($0)水平"] }
        let metrics = gold + made + ["", "率", "比", "例比", "人 均", "户籍人口", "总市值", "增加值"]
        #expect(gold.count > 100)
        for metric in metrics {
            #expect(IndicatorMeasure.namesALevel(metric) == IndicatorMeasure.levelWords.contains(where: metric.contains), "\(metric)")
        }
        #expect(metrics.contains { IndicatorMeasure.namesALevel($0) } && metrics.contains { !IndicatorMeasure.namesALevel($0) })
    }

    @Test(arguments: ["zhonglou-2022", "tianning-2022"])
    func classifiesTheGoldIndicators(_ sample: String) throws {
        let indicators = try Self.gold(sample).tasks.flatMap(\.indicators)
        let wrong = indicators.filter { IndicatorMeasure.of($0.indicator) != $0.measure }
        let accuracy = 1 - Double(wrong.count) / Double(indicators.count)
        print("measure accuracy \(sample) on gold indicators: \(wrong.count) wrong of \(indicators.count) (\(accuracy))")
        #expect(indicators.count > 100)
        #expect(accuracy >= 0.95, "\(wrong.map { "\($0.metric) \($0.value)\($0.unit) → \($0.measure)" })")
    }

    /// End to end: the importer's own indicators, paired with the gold's by task text and by
    /// value and unit; a gold indicator the importer missed counts as wrong.
    @Test(arguments: ["zhonglou-2022", "tianning-2022"])
    func classifiesTheImportersIndicators(_ sample: String) throws {
        let plan = try PlanImporter().importPlan(path: UnitDirectoryTests.root + "/Samples/\(sample).txt")
        func key(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        var found: [String: [Indicator]] = [:]
        for task in plan.tasks { found[key(task.text), default: []] += task.indicators }
        var total = 0
        var right = 0
        for task in try Self.gold(sample).tasks {
            var pool = found[key(task.text)] ?? []
            for gold in task.indicators {
                total += 1
                guard let index = pool.firstIndex(where: { abs($0.value - gold.value) < 1e-6 && $0.unit == gold.unit }) else { continue }
                if IndicatorMeasure.of(pool.remove(at: index)) == gold.measure { right += 1 }
            }
        }
        let accuracy = Double(right) / Double(total)
        print("measure accuracy \(sample) end to end: \(right) of \(total) (\(accuracy))")
        #expect(accuracy >= 0.95)
    }

    @Test func theFamiliesTheRulesStandFor() {
        func measure(
            _ metric: String, _ value: Double, _ unit: String, _ comparator: Indicator.Comparator = .equal,
            change: Indicator.Change? = nil
        ) -> IndicatorMeasure {
            IndicatorMeasure.of(Indicator(metric: metric, value: value, unit: unit, comparator: comparator, change: change))
        }
        #expect(measure("地区生产总值增长", 6.5, "%", .about, change: .increase) == .level)
        #expect(measure("空气质量优良天数比例", 80, "%", .greater) == .level)
        #expect(measure("城镇登记失业率", 3, "%", .atMost) == .cap)
        #expect(measure("单位GDP能耗", 0.5, "吨标准煤", .less) == .cap)
        #expect(measure("新认定高新技术企业", 100, "家") == .cumulative)
        #expect(measure("一般公共预算收入", 2_660_000_000, "元", .atLeast) == .cumulative)
        #expect(measure("新增上市企业", 2, "家") == .milestone)
        #expect(measure("新建学校", 4, "所") == .cumulative)
        #expect(measure("新增绿地", 2, "亩") == .cumulative)  // an area is not a count of things
        #expect(measure("上市企业总市值", 50_000_000_000, "元", .greater) == .level)
        #expect(measure("城乡居民养老保险基础养老金每人", 400, "元/月") == .level)
        #expect(measure("每间梦想小屋改造预算", 20000, "元") == .level)
        #expect(measure("每年开展培训", 12, "场") == .cumulative)  // 每年 is a rhythm, not a rate
        #expect(measure("万人有效发明专利拥有量", 36, "件", .atLeast) == .level)
    }

    @Test func wholeNumbersForCountsOfThings() {
        #expect(IndicatorMeasure.takesWholeNumbers(Indicator(metric: "新增上市企业", value: 2, unit: "家")))
        #expect(IndicatorMeasure.takesWholeNumbers(Indicator(metric: "新建学校", value: 13, unit: "个")))
        #expect(!IndicatorMeasure.takesWholeNumbers(Indicator(metric: "新增绿地", value: 150, unit: "亩")))
        #expect(!IndicatorMeasure.takesWholeNumbers(Indicator(metric: "每千人拥有托位数", value: 3.5, unit: "个", comparator: .atLeast)))
        #expect(!IndicatorMeasure.takesWholeNumbers(Indicator(metric: "失业率", value: 3, unit: "%", comparator: .atMost)))
    }
}
