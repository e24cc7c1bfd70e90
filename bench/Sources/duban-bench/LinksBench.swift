import DubanCore
import Foundation

/// Link proposals between levels (issue 17): a 300-task child plan against 300 passed-down
/// parent tasks, texts and indicators taken from the real plans in turn. Goal: ≤ 1 s (release).
enum LinksBench {
    static func run() {
        print("== links: 300 child tasks × 300 parent tasks (mean of 5 after 1 warm-up)")
        let plans = ["changzhou-2022", "tianning-2022", "zhonglou-2022"].compactMap {
            try? PlanImporter().importPlan(path: LintBench.root + "/Samples/\($0).txt")
        }
        let pool = plans.flatMap(\.tasks)
        guard !pool.isEmpty else {
            print("links: the sample plans cannot be read")
            return
        }
        // Parent and child take the pool from different ends, so they overlap only partly.
        let parents = (0..<300).map { LevelTask(id: $0, text: pool[$0 % pool.count].text, indicators: pool[$0 % pool.count].indicators) }
        let children = (0..<300).map { i in
            let task = pool[(pool.count - 1 - i % pool.count)]
            return LevelTask(id: i, text: task.text, indicators: task.indicators)
        }
        var proposals = LevelLinks.propose(children: children, parents: parents).count
        let start = DispatchTime.now()
        for _ in 0..<5 { proposals = LevelLinks.propose(children: children, parents: parents).count }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 5 / 1e6
        print(String(format: "links: %d proposals, %.1f ms per 300 × 300 proposal run", proposals, ms))
    }
}
