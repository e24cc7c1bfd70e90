import DubanCore
import Foundation
import Testing

/// Proposals for rows whose lead unit the document did not print: from the work each department
/// leads elsewhere, shown to the office with their example.
@Suite struct LeadUnitProposerTests {
    @Test func aSilentRowIsProposedTheDepartmentWhoseWorkItReadsLike() {
        let evidence = [
            LeadUnitProposer.Evidence(text: "城镇新增就业1.3万人，城镇失业人员再就业7000人", unit: "人社局", source: "本方案"),
            LeadUnitProposer.Evidence(text: "确保农村生活污水处理设施百分百运行", unit: "生态环境局", source: "本方案"),
            LeadUnitProposer.Evidence(text: "力争新增上市企业1家", unit: "地方金融监管局", source: "天宁区2022年方案"),
            LeadUnitProposer.Evidence(text: "新增公共停车泊位1600个", unit: "住建局", source: "本方案"),
        ]
        // 金融局 is this government's name for 地方金融监管局; 各街道 and 北港街道 are no departments.
        let proposer = LeadUnitProposer(evidence: evidence, candidates: ["人社局", "生态环境局", "金融局", "住建局", "各街道", "北港街道"])
        let jobs = proposer.propose(for: "落实就业优先战略，开发就业岗位20000个以上", current: ["交警大队"])
        #expect(jobs?.unit == "人社局" && jobs?.example.hasPrefix("城镇新增就业") == true && jobs?.source == "本方案")
        let listing = proposer.propose(for: "拓展资本市场，新增上市企业确保2家", current: ["人社局"])
        #expect(listing?.unit == "金融局" && listing?.exampleUnit == "地方金融监管局" && listing?.source == "天宁区2022年方案")
        // The carried unit is already the likeliest: nothing to propose.
        #expect(proposer.propose(for: "新增公共停车泊位200个", current: ["住建局"]) == nil)
        // Nothing alike: no proposal rather than a guess.
        #expect(proposer.propose(for: "严格落实中央八项规定精神", current: []) == nil)
    }

    /// On the 钟楼 sample, rows whose lead unit was carried down are checked against the units
    /// the demo's confirmations file names (what a person decided), with evidence from the 钟楼
    /// rows that print their unit and from the 天宁 plan. Measured: of 66 rows the person corrected,
    /// 51 get a proposal and 38 of those name the person's unit; 4 of the 8 rows the person kept
    /// get a proposal too (a false alarm the office dismisses by confirming).
    @Test func proposalsOnTheZhonglouSampleMostlyNameTheUnitAPersonChose() throws {
        let root = UnitDirectoryTests.root
        let zhonglou = try PlanImporter().importPlan(path: root + "/Samples/zhonglou-2022.txt")
        let tianning = try PlanImporter().importPlan(path: root + "/Samples/tianning-2022.txt")
        let confirmations =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/Samples/zhonglou-2022.confirmations.json"))) as? [String: Any]
        // A correction names its row by label, or by the start of its text (民生实事 have no label).
        let corrections = (confirmations?["corrections"] as? [[String: Any]] ?? []).compactMap { item -> (String?, String?, [String])? in
            guard let lead = item["leadUnits"] as? [String] else { return nil }
            return (item["row"] as? String, item["text"] as? String, lead)
        }
        func decided(_ task: PlanTask) -> [String]? {
            corrections.first { row, text, _ in (row != nil && row == task.label) || (text.map { task.text.hasPrefix($0) } ?? false) }?.2
        }
        let printed = { (task: PlanTask) in !task.leadUnits.isEmpty && !task.inherited.contains(.leadUnits) }
        let evidence =
            zhonglou.tasks.filter(printed).map { LeadUnitProposer.Evidence(text: $0.text, unit: $0.leadUnits[0], source: "本方案") }
            + tianning.tasks.filter(printed).map { LeadUnitProposer.Evidence(text: $0.text, unit: $0.leadUnits[0], source: "天宁") }
        let names = Array(Set(zhonglou.tasks.flatMap { $0.leadUnits + $0.coopUnits }))
        let proposer = LeadUnitProposer(evidence: evidence, candidates: names)
        var proposed = 0
        var agreed = 0
        var judged = 0
        var kept = 0
        var keptButProposed = 0
        for task in zhonglou.tasks where task.inherited.contains(.leadUnits) {
            guard let person = decided(task) else {
                // The person kept the carried unit: a proposal here is a false alarm.
                kept += 1
                if proposer.propose(for: task.text, current: task.leadUnits) != nil { keptButProposed += 1 }
                continue
            }
            judged += 1
            guard let proposal = proposer.propose(for: task.text, current: task.leadUnits) else { continue }
            proposed += 1
            if person.contains(proposal.unit) { agreed += 1 }
        }
        #expect(judged >= 60, "rows the person decided: \(judged)")
        #expect(proposed >= judged / 2, "proposals made: \(proposed) of \(judged)")
        #expect(Double(agreed) / Double(max(proposed, 1)) >= 0.7, "agreed \(agreed) of \(proposed)")
        #expect(keptButProposed * 2 <= kept, "false alarms: \(keptButProposed) of \(kept) kept rows")
        print(
            "lead-unit proposals on zhonglou-2022: \(agreed) of \(proposed) agree with the person (\(judged) rows corrected); "
                + "\(keptButProposed) of \(kept) kept rows got a proposal")
    }
}
