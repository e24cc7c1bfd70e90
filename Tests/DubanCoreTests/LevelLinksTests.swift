import DubanCore
import Testing

/// Which of a parent government's tasks reach its children, and which child task takes up which.
@Suite struct LevelLinksTests {
    private func task(_ id: Int, _ text: String) -> LevelTask {
        LevelTask(id: id, text: text, indicators: IndicatorExtractor().analyse(text).indicators)
    }

    @Test func aCollectivePassesATaskToEveryChildAndANameToThatOne() {
        let districts = ["钟楼区", "天宁区", "武进区"]
        #expect(LevelLinks.passedDown(responsible: ["各辖市区人民政府"], children: districts) == districts)
        #expect(LevelLinks.passedDown(responsible: ["市发改委", "各区政府"], children: districts) == districts)
        #expect(LevelLinks.passedDown(responsible: ["各县（市、区）"], children: districts) == districts)
        #expect(LevelLinks.passedDown(responsible: ["钟楼区人民政府", "市住建局"], children: districts) == ["钟楼区"])
        #expect(LevelLinks.passedDown(responsible: ["天宁区", "钟楼区政府"], children: districts) == ["天宁区", "钟楼区"])
        // A city bureau alone keeps the task at the city; so do 各部门 and a district not a child.
        #expect(LevelLinks.passedDown(responsible: ["市住建局", "各部门"], children: districts).isEmpty)
        #expect(LevelLinks.passedDown(responsible: ["新北区人民政府"], children: districts).isEmpty)
        #expect(LevelLinks.passedDown(responsible: ["各辖市区"], children: []).isEmpty)
    }

    @Test func aChildTaskTakesUpTheParentTaskThatMeasuresTheSameThing() {
        let city = [
            task(1, "全市净增高新技术企业600家，高新技术产业产值占规上工业总产值比重达50%。"),
            task(2, "完成老旧小区改造120个，惠及居民3万户。"),
            task(3, "一般公共预算收入增长5%。"),
            task(4, "深入推进长江大保护，持续改善生态环境质量。"),
        ]
        let district = [
            task(11, "聚焦高新技术企业培育，净增高新技术企业30个。"),
            task(12, "年内完成37个老旧小区改造任务，形成老城复兴的工作格局。"),
            task(13, "新增城镇就业1.5万人。"),
            task(14, "深入推进长江大保护，持续改善全区生态环境质量。"),
        ]
        let proposals = LevelLinks.propose(children: district, parents: city)
        let pairs = proposals.map { [$0.childTaskID, $0.parentTaskID] }
        #expect(pairs == [[11, 1], [12, 2], [14, 4]])
        // The reason a clerk checks: the measure both state, worded as the city words it.
        #expect(proposals[0].sharedMeasures.contains { $0.contains("高新技术企业") })
        #expect(proposals[2].sharedMeasures.isEmpty && proposals[2].similarity >= 0.45, "a link by text alone says so")
        // Nothing measured alike and little text in common: no proposal for 就业 (13).
        #expect(!pairs.contains { $0[0] == 13 })
    }
}
