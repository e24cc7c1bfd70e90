import DubanTestSupport
import Foundation
import Testing

/// `duban links` as a district office runs it against the city's plan: the passed-down tasks,
/// the proposals with their reasons, the tasks nothing takes up; bad input refused.
@Suite(.tags(.cliProcess), .unlessSkipped(.cliProcess)) struct LinksCommandTests {
    let duban = Support.dubanExecutable

    @Test func aDistrictReadsItsPlanAgainstTheCitys() throws {
        let run = try Support.run(
            duban, ["links", Support.path("Samples/changzhou-2022.txt"), Support.path("Samples/tianning-2022.txt"), "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        // The district's name comes from its own document.
        #expect((object["childName"] as? String)?.contains("天宁区") == true)
        let passedDown = try #require(object["passedDown"] as? [[String: Any]])
        let proposals = try #require(object["proposals"] as? [[String: Any]])
        let unlinked = try #require(object["unlinked"] as? [[String: Any]])
        // 17 of the city's 35 tasks reach 天宁 (14 to 各辖市区, 3 naming it); one nobody there takes up.
        #expect(passedDown.count == 17)
        #expect(unlinked.contains { ($0["text"] as? String)?.contains("规模以上工业增加值") == true })
        // Every proposal names a passed-down task and says why.
        let passedTexts = Set(passedDown.compactMap { $0["text"] as? String })
        for proposal in proposals {
            let parent = try #require(proposal["parent"] as? [String: Any])
            #expect(passedTexts.contains(parent["text"] as? String ?? ""))
            let measures = proposal["sharedMeasures"] as? [String] ?? []
            #expect(!measures.isEmpty || (proposal["similarity"] as? Double ?? 0) >= 0.4)
        }
        #expect(proposals.count >= 12)
    }

    @Test func anUnreadableFileIsRefusedInChinese() throws {
        let run = try Support.run(duban, ["links", Support.path("Samples/changzhou-2022.txt"), "/nonexistent/区方案.txt"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("区方案.txt"))
    }
}
