import DubanCore
import Foundation

/// The burden meter (issue 17) for a province: 200 governments, each with 300 tasks from the real
/// plans in turn, every task held by a lead and two cooperating units of 40, due every month, a
/// third of them answering a parent task, and 20 urgings a month. Goal: ≤ 2 s (release) for all.
enum BurdenBench {
    static func run() {
        print("== burden: 200 governments × 300 tasks × 12 months (mean of 3 after 1 warm-up)")
        let plans = ["changzhou-2022", "tianning-2022", "zhonglou-2022"].compactMap {
            try? PlanImporter().importPlan(path: LintBench.root + "/Samples/\($0).txt")
        }
        let pool = plans.flatMap(\.tasks)
        guard !pool.isEmpty else {
            print("burden: the sample plans cannot be read")
            return
        }
        let governments = (0..<200).map { government in asks(government: government, pool: pool) }
        let events = (0..<200).map { government in
            (0..<240).map { i in BurdenMeter.Event(unitID: government * 100 + i % 40, month: i % 12 + 1, kind: .urging) }
        }
        var unitMonths = governments.indices.map { BurdenMeter.measure(asks: governments[$0], events: events[$0]).count }.reduce(0, +)
        let start = DispatchTime.now()
        for _ in 0..<3 {
            unitMonths = governments.indices.map { BurdenMeter.measure(asks: governments[$0], events: events[$0]).count }.reduce(0, +)
        }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 3 / 1e6
        let asked = governments.map(\.count).reduce(0, +)
        print(String(format: "burden: %d asks, %d unit-months, %.0f ms for all 200 governments", asked, unitMonths, ms))
    }

    static func asks(government: Int, pool: [PlanTask]) -> [BurdenMeter.Ask] {
        (0..<300).flatMap { i -> [BurdenMeter.Ask] in
            let task = pool[(i + government) % pool.count]
            let taskID = government * 1000 + i
            let lead = government * 100 + i % 40
            let answers = i % 3 == 0 ? [i] : []
            return [
                BurdenMeter.Ask(
                    unitID: lead, taskID: taskID, role: .lead, dueMonths: Set(1...12), indicators: task.indicators, kind: task.kind ?? .qualitative,
                    answersParentTasks: answers),
                BurdenMeter.Ask(
                    unitID: government * 100 + (i + 7) % 40, taskID: taskID, role: .coop, dueMonths: Set(1...12), indicators: task.indicators,
                    kind: task.kind ?? .qualitative),
                BurdenMeter.Ask(
                    unitID: government * 100 + (i + 13) % 40, taskID: taskID, role: .coop, dueMonths: Set(1...12), indicators: task.indicators,
                    kind: task.kind ?? .qualitative),
            ]
        }
    }
}
