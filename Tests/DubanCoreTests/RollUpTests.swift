import DubanCore
import Testing

/// A parent's target read from its children: counts sum, rates stand per child or are weighted.
@Suite struct RollUpTests {
    private func indicators(_ text: String) -> [Indicator] { IndicatorExtractor().analyse(text).indicators }

    @Test func countsFromEveryChildSumTowardTheParentsTarget() throws {
        let city = indicators("全市净增高新技术企业600家。")
        let children = [
            ChildFigures(government: "钟楼区", indicators: indicators("净增高新技术企业30个。"), values: [42]),
            ChildFigures(government: "天宁区", indicators: indicators("净增高新技术企业100家。"), values: [138]),
        ]
        let rollUp = try #require(RollUps.of(parent: city, children: children, expected: 50).first)
        #expect(rollUp.rule == .sum)
        #expect(rollUp.total == 180)
        #expect(rollUp.percent == 30)
        // 30% done against 50% expected: 20 points behind is yellow by the standard gaps.
        #expect(rollUp.light == .yellow)
        #expect(rollUp.parts.map(\.value) == [42, 138])
        #expect(rollUp.parts.map(\.target) == [30, 100])
        #expect(rollUp.ruleText.contains("相加"))
    }

    @Test func aChildWithoutAFigureIsNamedAndTheSumSaysHowManyReported() throws {
        let city = indicators("全市净增高新技术企业600家。")
        let children = [
            ChildFigures(government: "钟楼区", indicators: indicators("净增高新技术企业30个。"), values: [nil]),
            ChildFigures(government: "天宁区", indicators: indicators("净增高新技术企业100家。"), values: [120]),
        ]
        let rollUp = try #require(RollUps.of(parent: city, children: children, expected: nil).first)
        #expect(rollUp.total == 120)
        #expect(rollUp.ruleText.contains("2个下级中已有1个报送"))
    }

    @Test func ratesAreShownPerChildAndNeverSummed() throws {
        let city = indicators("地区生产总值增长6.5%左右。")
        let children = [
            ChildFigures(government: "钟楼区", indicators: indicators("地区生产总值增长7%。"), values: [6.8]),
            ChildFigures(government: "天宁区", indicators: indicators("地区生产总值增长6.5%。"), values: [5.9]),
        ]
        let rollUp = try #require(RollUps.of(parent: city, children: children, expected: 70).first)
        #expect(rollUp.rule == .perChild)
        #expect(rollUp.total == nil)
        #expect(rollUp.light == nil)
        #expect(rollUp.parts.map(\.value) == [6.8, 5.9])
    }

    @Test func aRateIsAveragedOnlyWithTheOfficesWeights() throws {
        let city = indicators("地区生产总值增长6.5%左右。")
        let children = [
            ChildFigures(government: "钟楼区", indicators: indicators("地区生产总值增长7%。"), values: [7], weight: 1),
            ChildFigures(government: "天宁区", indicators: indicators("地区生产总值增长6.5%。"), values: [4], weight: 2),
        ]
        let rollUp = try #require(RollUps.of(parent: city, children: children, expected: nil).first)
        #expect(rollUp.rule == .weighted)
        #expect(rollUp.total == 5)
        #expect(rollUp.ruleText.contains("权重"))
    }

    @Test func aMeasureNoChildStatesHasNoRollUp() {
        let city = indicators("完成老旧小区改造120个。")
        let children = [ChildFigures(government: "钟楼区", indicators: indicators("新增城镇就业1.5万人。"), values: [1.2])]
        #expect(RollUps.of(parent: city, children: children, expected: nil).isEmpty)
    }

    @Test func countsAndTotalsAddUpButSharesAndGrowthDoNot() {
        #expect(RollUps.isAdditive(indicators("净增高新技术企业600家。")[0]))
        #expect(RollUps.isAdditive(indicators("完成固定资产投资500亿元。")[0]))
        #expect(!RollUps.isAdditive(indicators("全社会研发投入占地区生产总值比重达3.4%。")[0]))
        #expect(!RollUps.isAdditive(indicators("一般公共预算收入增长6%。")[0]))
        #expect(!RollUps.isAdditive(indicators("城镇登记失业率控制在3%以内。")[0]))
    }
}

extension RollUpTests {
    @Test func aChildsPartsAddUpAndTheSameTargetStatedTwiceCountsOnce() throws {
        let city = indicators("全市净增高新技术企业600家。")
        // 经开区 30 and 高新园 15 are two parts of the district; 30 stated again is the same figure.
        let stated = indicators("净增高新技术企业30个。") + indicators("高新技术企业净增15家。") + indicators("净增高新技术企业30家。")
        let child = ChildFigures(government: "钟楼区", indicators: stated, values: [42, 20, 40])
        let rollUp = try #require(RollUps.of(parent: city, children: [child], expected: nil).first)
        #expect(rollUp.parts.first?.target == 45)
        #expect(rollUp.parts.first?.value == 62)
        #expect(rollUp.total == 62)
    }
}
