import DubanCore
import Foundation
import Testing

/// `(邹区镇)各街道`: a name whose first half wrapped onto the line above, and the rest of the
/// cell run into it. The review proposes the split; the importer keeps what is printed.
@Suite struct BrokenNameTests {
    @Test func aNameStartingWithABracketIsSplitAtThePrintedHalf() {
        let names: Set<String> = ["高新园(邹区镇)", "各街道", "发改局"]
        #expect(ResponsibilityReview.split("(邹区镇)各街道", names: names) == ["高新园(邹区镇)", "各街道"])
        // Full-width brackets and spaces are the same name.
        #expect(ResponsibilityReview.split("（邹区镇） 各街道", names: ["高新园（邹区镇）"]) == ["高新园(邹区镇)", "各街道"])
        // No printed half: flagged, nothing invented.
        #expect(ResponsibilityReview.split("(邹区镇)各街道", names: ["发改局"]) == ["(邹区镇)各街道"])
        // Whole names, including a bracketed alias at the end, are not broken.
        #expect(ResponsibilityReview.split("农业农村局(水利局)", names: names) == nil)
        #expect(ResponsibilityReview.split("各街道", names: names) == nil)
    }

    @Test func theZhonglouRowsWithTheBrokenNameCarryTheProposal() throws {
        let plan = try PlanImporter().importPlan(path: UnitDirectoryTests.root + "/Samples/zhonglou-2022.txt")
        let names = Set(plan.tasks.flatMap { $0.leadUnits + $0.coopUnits })
        let broken = plan.tasks.filter { $0.leadUnits.contains("(邹区镇)各街道") }
        #expect(broken.count == 4, "the gold keeps the printed name on 4 rows")
        for task in broken {
            let doubts = ResponsibilityReview.doubts(task, names: names)
            #expect(doubts.contains { $0.contains("建议拆分为“高新园(邹区镇)”和“各街道”") }, "\(doubts)")
            #expect(!doubts.contains { $0.contains("不是具体单位") }, "one doubt per name")
        }
    }
}
