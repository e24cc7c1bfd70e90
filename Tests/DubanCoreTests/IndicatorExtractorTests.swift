import Testing

@testable import DubanCore

/// The extractor on work standards taken from the sample plans (and a few written like them).
@Suite struct IndicatorExtractorTests {
    struct Expected: Sendable {
        var value: Double
        var unit: String
        var comparator: Indicator.Comparator = .equal
        var tier: Indicator.Tier?
        var change: Indicator.Change?
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var indicators: [Expected]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "地区生产总值增长6.5%左右。", indicators: [Expected(value: 6.5, unit: "%", comparator: .about, change: .increase)]),
        Case(text: "城镇登记失业率控制在3%以内", indicators: [Expected(value: 3, unit: "%", comparator: .atMost)]),
        Case(text: "制造业投资增长10%以上。", indicators: [Expected(value: 10, unit: "%", comparator: .atLeast, change: .increase)]),
        Case(
            text: "生产安全责任事故起数、死亡人数同比下降10%",
            indicators: [Expected(value: 10, unit: "%", change: .decrease)]),
        Case(text: "实际使用外资完成2.7亿美元", indicators: [Expected(value: 270_000_000, unit: "美元")]),
        Case(text: "年内引进各类人才1.2万人以上。", indicators: [Expected(value: 12000, unit: "人", comparator: .atLeast)]),
        Case(
            text: "新增上市企业确保2家、力争3家,上市企业总市值突破500亿元。",
            indicators: [
                Expected(value: 2, unit: "家", tier: .committed),
                Expected(value: 3, unit: "家", tier: .stretch),
                Expected(value: 50_000_000_000, unit: "元", comparator: .greater),
            ]),
        Case(
            text: "启动企业上市三年行动计划，力争新增上市企业1家，2家企业申报。",
            indicators: [
                Expected(value: 1, unit: "家", tier: .stretch),
                Expected(value: 2, unit: "家"),
            ]),
        Case(text: "确保农村生活污水处理设施百分百运行。", indicators: [Expected(value: 100, unit: "%", tier: .committed)]),
        Case(
            text: "力争新增村级集体收入超千万元村1个,超500万元村总数过半。",
            indicators: [
                Expected(value: 1, unit: "个", tier: .stretch),
                Expected(value: 50, unit: "%", comparator: .greater),
            ]),
        Case(
            text: "新招引超30亿元项目1个以上、超10亿元或1亿美元项目5个以上,力争在超50亿元项目上有新突破。",
            indicators: [
                Expected(value: 1, unit: "个", comparator: .atLeast),
                Expected(value: 5, unit: "个", comparator: .atLeast),
            ]),
        Case(
            text: "（2）城乡居民养老保险基础养老金每月增加50元，调整后为每人400元/月。",
            indicators: [
                Expected(value: 50, unit: "元", change: .increase),
                Expected(value: 400, unit: "元/月"),
            ]),
        Case(
            text: "新增学位4770个，其中幼儿园增加学位450个。",
            indicators: [
                Expected(value: 4770, unit: "个"),
                Expected(value: 450, unit: "个"),
            ]),
        Case(text: "（3）实现全区1.8万名80周岁以上老年人居家上门服务全覆盖。", indicators: [Expected(value: 18000, unit: "名")]),
        Case(
            text: "在种植、养殖环节实施常住人口1.5批次/千人，抽检不少于1005批次；",
            indicators: [
                Expected(value: 1.5, unit: "批次/千人"),
                Expected(value: 1005, unit: "批次", comparator: .atLeast),
            ]),
        Case(
            text: "董头村二期（梅亭佳园）1200余套大板房异地置换商品住宅项目建设完成并交付使用。",
            indicators: [Expected(value: 1200, unit: "套", comparator: .greater)]),
        Case(
            text: "提升大运河东段北岸绿化，总长约2.4公里，改造总面积约1.3万平方米。",
            indicators: [
                Expected(value: 2.4, unit: "公里", comparator: .about),
                Expected(value: 13000, unit: "平方米", comparator: .about),
            ]),
        Case(
            text: "推动3-5家企业上市。",
            indicators: [
                Expected(value: 3, unit: "家", comparator: .atLeast),
                Expected(value: 5, unit: "家", comparator: .atMost),
            ]),
        Case(
            text: "确保地区生产总值增长6%，力争7%。",
            indicators: [
                Expected(value: 6, unit: "%", tier: .committed, change: .increase),
                Expected(value: 7, unit: "%", tier: .stretch, change: .increase),
            ]),
        Case(text: "人均基本公卫补助标准提高到97元", indicators: [Expected(value: 97, unit: "元")]),
        // Names, slogans, years, codes and thresholds give no indicator.
        Case(
            text: "实施300米见绿、500米见园“增荫添彩”工程，加快推进菱溪公园建设，扩绿270亩。",
            indicators: [Expected(value: 270, unit: "亩")]),
        Case(text: "加快郑陆5万吨危废处置项目建设。", indicators: []),
        Case(text: "协同治理臭氧和PM2.5污染，推广5G网络应用，深化集团化办学2.0版。", indicators: []),
        Case(text: "谋划239省道以西乡村振兴实验区，持续开展污水处理提质增效“333”行动。", indicators: []),
        Case(text: "坚持“12个没有”“20个有”标准，整治提升青云坊、广化街等12条道路。", indicators: [Expected(value: 12, unit: "条")]),
        Case(
            text: "（1）启动2022年“梦想小屋”关爱计划，为困境青少年建设至少40间“梦想小屋”。",
            indicators: [Expected(value: 40, unit: "间", comparator: .atLeast)]),
        Case(text: "不断优化12345政府服务热线，保障十类困难群众基本医疗权益，坚守四条底线。", indicators: []),
        Case(text: "0-3岁婴幼儿照护服务每千人拥有托位数达3.5个。", indicators: [Expected(value: 3.5, unit: "个", comparator: .atLeast)]),
    ]

    @Test(arguments: cases)
    func readsIndicators(_ c: Case) {
        let analysis = IndicatorExtractor().analyse(c.text)
        let got = analysis.indicators.map { Expected(value: $0.value, unit: $0.unit, comparator: $0.comparator, tier: $0.tier, change: $0.change) }
        #expect(got.count == c.indicators.count, "\(analysis.indicators)")
        for (g, e) in zip(got, c.indicators) {
            #expect(abs(g.value - e.value) < 1e-6 * max(1, abs(e.value)), "\(g) vs \(e)")
            #expect(g.unit == e.unit)
            #expect(g.comparator == e.comparator)
            #expect(g.tier == e.tier)
            #expect(g.change == e.change)
        }
        #expect(analysis.kind == (c.indicators.isEmpty ? analysis.kind : .quantitative))
        #expect(analysis.indicators.allSatisfy { !$0.metric.isEmpty && !$0.metric.contains(" ") })
    }

    struct KindCase: Sendable, CustomTestStringConvertible {
        var text: String
        var kind: TaskKind
        var testDescription: String { text }
    }

    static let kinds: [KindCase] = [
        KindCase(text: "坚持“五化”方向，深化国企改革，挂牌成立钟楼金控集团。", kind: .milestone),
        KindCase(text: "开展拥军优属拥政爱民活动，争创省级双拥模范区。", kind: .milestone),
        KindCase(text: "全面完成市下达的节能降耗目标任务", kind: .milestone),
        KindCase(text: "精心编制火车站北广场、茶山、兰陵等片区规划。", kind: .milestone),
        KindCase(text: "集中力量办好科技经贸洽谈会、上海经贸活动周等重大招商活动。", kind: .milestone),
        KindCase(text: "力争郑陆卫生院主体封顶，红梅街道社区卫生服务中心建成投用。", kind: .milestone),
        KindCase(text: "深入开展根治欠薪专项行动，创建一批市级和谐劳动关系(示范)企业。", kind: .qualitative),
        KindCase(text: "深化实用性村庄规划编制，开展乱占耕地建房专项整治。", kind: .qualitative),
        KindCase(text: "聚焦重大项目，鼓励先行先试，争创试点示范。", kind: .qualitative),
        KindCase(text: "实施政府性投资项目分级分类管理，优化项目投资评审办法。", kind: .qualitative),
        KindCase(text: "居民人均可支配收入增速与经济增速同步。", kind: .qualitative),
        KindCase(text: "地区生产总值增长6.5%", kind: .quantitative),
    ]

    @Test(arguments: kinds)
    func readsKind(_ c: KindCase) {
        #expect(IndicatorExtractor().analyse(c.text).kind == c.kind)
    }

    @Test(arguments: [
        ("新增上市企业确保2家、力争3家", ["新增上市企业", "新增上市企业"]),
        ("增设5000米交通护栏、45套电子警察监控", ["增设交通护栏", "增设电子警察监控"]),
        ("年内完成37个老旧小区改造任务", ["年内完成老旧小区改造任务"]),
        ("实施白云东苑等37个老旧小区改造", ["实施老旧小区改造"]),
        ("人均基本公卫补助标准提高到97元", ["人均基本公卫补助标准"]),
    ])
    func namesTheMetric(_ text: String, _ metrics: [String]) {
        #expect(IndicatorExtractor().analyse(text).indicators.map(\.metric) == metrics)
    }

    @Test func writesNullTierAndChange() {
        var w = JSONWriter()
        IndicatorExtractor().analyse("新增高新技术企业100家").write(text: "新增高新技术企业100家", to: &w)
        #expect(
            w.text
                == #"{"text":"新增高新技术企业100家","kind":"quantitative","indicators":[{"metric":"新增高新技术企业","value":100,"unit":"家","comparator":"=","tier":null,"change":null,"measure":"cumulative"}]}"#
        )
    }
}
