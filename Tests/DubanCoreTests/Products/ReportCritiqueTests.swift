import Testing

@testable import DubanCore

private let highTech = Indicator(metric: "新增高新技术企业", value: 100, unit: "家")
private let revenue = Indicator(metric: "一般公共预算收入", value: 26.6e8, unit: "元", comparator: .atLeast)
private let gdp = Indicator(metric: "地区生产总值增长", value: 6.5, unit: "%", comparator: .about, change: .increase)
private let listedCommitted = Indicator(metric: "新增上市企业", value: 2, unit: "家", tier: .committed)
private let listedStretch = Indicator(metric: "新增上市企业", value: 3, unit: "家", tier: .stretch)

private func findings(_ narrative: String, previous: String? = nil, _ pairs: [(Indicator, Double?)] = []) -> [String] {
    ReportCritique.findings(
        ReportCritiqueInput(
            narrative: narrative, previousNarrative: previous,
            indicators: pairs.map(\.0), values: pairs.map(\.1)))
}

@Suite struct ReportCritiqueFigureTests {
    let narrative = "今年以来，我区聚焦高新技术企业培育，已新增高新技术企业62家，完成全年目标的62%，另有28家企业进入申报辅导库。"

    @Test func aFigureThatDisagreesWithTheValueEntered() {
        #expect(findings(narrative, [(highTech, 58)]) == ["报告正文称新增高新技术企业62家，填报值为58家，请核对"])
    }

    @Test func aFigureThatAgreesIsNotFlagged() {
        #expect(findings(narrative, [(highTech, 62)]).isEmpty)
        // Not entered: nothing to compare.
        #expect(findings(narrative, [(highTech, nil)]).isEmpty)
    }

    @Test func wordingMayDifferFromTheMetric() {
        let text = "1-6月，全区新认定高新技术企业62家。"
        #expect(findings(text, [(highTech, 58)]) == ["报告正文称新增高新技术企业62家，填报值为58家，请核对"])
    }

    @Test func anotherMetricsFigureIsNotCompared() {
        let text = "本月新增专精特新企业15家，累计培育省级专精特新企业40家。"
        #expect(findings(text, [(highTech, 58)]).isEmpty)
    }

    @Test func aStatedTargetIsNotCompared() {
        let text = "全年新增高新技术企业目标100家，目前已完成58家。"
        #expect(findings(text, [(highTech, 58)]).isEmpty)
    }

    @Test func roundingAsWritten() {
        let text = "1-6月，一般公共预算收入完成26.6亿元，同比增长7.1%。"
        // 26.6亿元 is 26.55…26.65亿.
        #expect(findings(text, [(revenue, 26.63e8)]).isEmpty)
        #expect(findings(text, [(revenue, 25e8)]) == ["报告正文称一般公共预算收入26.6亿元，填报值为25亿元，请核对"])
        #expect(findings(text, [(revenue, 26.7e8)]) == ["报告正文称一般公共预算收入26.6亿元，填报值为26.7亿元，请核对"])
    }

    @Test func aRateOfChange() {
        let text = "上半年地区生产总值同比增长7.1%，增速位居全市前列。"
        #expect(findings(text, [(gdp, 7.1)]).isEmpty)
        #expect(findings(text, [(gdp, 7.08)]).isEmpty)
        #expect(findings(text, [(gdp, 6.8)]) == ["报告正文称地区生产总值增长7.1%，填报值为6.8%，请核对"])
    }

    @Test func twoTiersOfOneMetricAreFlaggedOnce() {
        let text = "今年已新增上市企业3家。"
        #expect(findings(text, [(listedCommitted, 2), (listedStretch, 2)]) == ["报告正文称新增上市企业3家，填报值为2家，请核对"])
    }
}

@Suite struct ReportCritiqueRepeatTests {
    let previous = "围绕年度目标，积极推进老旧小区改造，加强与街道、社区沟通协调，做好居民意见征集和施工组织工作，确保工程质量和安全。"

    @Test func theSameNarrativeAgain() {
        #expect(findings(previous, previous: previous) == ["与上期报告内容基本相同"])
    }

    @Test func nearlyTheSame() {
        let edited = "围绕年度目标，积极推进老旧小区改造，加强与街道、社区的沟通协调，做好居民意见征集和施工组织工作，确保工程质量安全。"
        #expect(findings(edited, previous: previous) == ["与上期报告内容基本相同"])
    }

    @Test func newWorkIsNotFlagged() {
        let next = "本月完成西新桥二村、勤业新村等5个小区雨污分流改造，累计开工32个，其中12个已完工，剩余小区正在进行施工招标。"
        #expect(findings(next, previous: previous).isEmpty)
        #expect(findings(previous, previous: nil).isEmpty)
        #expect(findings(previous, previous: "").isEmpty)
    }

    @Test func updatedFiguresAreNewsEvenInTheSameWords() {
        let may = "1-5月累计完成改造12个小区"
        let june = "1-6月累计完成改造20个小区"
        #expect(!findings(june, previous: may).contains("与上期报告内容基本相同"))
    }
}

@Suite struct ReportCritiqueMeasurableTests {
    @Test func vagueProseOnAMeasurableTask() {
        let text = "正在积极推进各项工作，进一步加强统筹协调，压实工作责任，确保按期完成目标任务。"
        #expect(findings(text, [(highTech, nil)]) == ["未说明可衡量的进展"])
        // A task without indicators is judged by its reviewers, not by this rule.
        #expect(findings(text).isEmpty)
    }

    @Test func aCompletionWordADateOrANumberIsEnough() {
        for text in [
            "大庙弄文旅特色街区一期工程已开工建设，正在推进管线迁改。",
            "南大街步行街改造提升方案已通过专家评审。",
            "数字港项目正式签约落户，运营主体正在组建。",
            "计划三月底前完成施工图设计。",
            "本月召开推进会2次，走访企业15家。",
        ] {
            #expect(findings(text, [(highTech, nil)]).isEmpty, "\(text)")
        }
    }
}
