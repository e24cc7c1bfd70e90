import Testing

@testable import DubanCore

/// The quantity engine on phrases from the plans and on the classic hard cases.
@Suite struct QuantityScannerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var kind: Quantity.Kind
        var value: Double
        var unit: String?
        var testDescription: String { input }
    }

    static let values: [Case] = [
        Case(input: "1.2万", kind: .number, value: 12000),
        Case(input: "5千万", kind: .number, value: 50_000_000),
        Case(input: "一万三", kind: .number, value: 13000),
        Case(input: "两千四百五", kind: .number, value: 2450),
        Case(input: "四亿五千六百四十二万零一十五", kind: .number, value: 456_420_015),
        Case(input: "一百零十万", kind: .number, value: 1_100_000),
        Case(input: "５，５６５", kind: .number, value: 5565),
        Case(input: "1,050,000", kind: .number, value: 1_050_000),
        Case(input: "壹仟壹佰壹拾壹", kind: .number, value: 1111),
        Case(input: "负三十二", kind: .number, value: -32),
        Case(input: "零点五", kind: .number, value: 0.5),
        Case(input: "二分之一", kind: .number, value: 0.5),
        Case(input: "2千零30万", kind: .number, value: 20_300_000),
        Case(input: "4.78万亿", kind: .number, value: 4_780_000_000_000),
        Case(input: "地区生产总值增长6.5%左右", kind: .percentage, value: 6.5, unit: "%"),
        Case(input: "增幅达１１％", kind: .percentage, value: 11, unit: "%"),
        Case(input: "百分之五", kind: .percentage, value: 5, unit: "%"),
        Case(input: "千分之一", kind: .percentage, value: 0.1, unit: "千分之"),
        Case(input: "占比提高2个百分点", kind: .percentage, value: 2, unit: "个百分点"),
        Case(input: "三成半", kind: .percentage, value: 35, unit: "成"),
        Case(input: "确保农村生活污水处理设施百分百运行", kind: .percentage, value: 100, unit: "%"),
        Case(input: "一般公共预算收入达到26.6亿元", kind: .currency, value: 2_660_000_000, unit: "元"),
        Case(input: "实际使用外资完成2.7亿美元", kind: .currency, value: 270_000_000, unit: "美元"),
        Case(input: "以每股1.95港元", kind: .currency, value: 1.95, unit: "港元"),
        Case(input: "123元1角1分", kind: .currency, value: 123.11, unit: "元"),
        Case(input: "人民币 8千元", kind: .currency, value: 8000, unit: "元"),
        Case(input: "每间改造预算2万元", kind: .currency, value: 20000, unit: "元"),
        Case(input: "年内零地增加30万平方米都市智造载体", kind: .dimension, value: 300_000, unit: "平方米"),
        Case(input: "清淤工程，全长830米", kind: .dimension, value: 830, unit: "米"),
        Case(input: "12千米", kind: .dimension, value: 12, unit: "千米"),
        Case(input: "一吨半", kind: .dimension, value: 1.5, unit: "吨"),
        Case(input: "新增高新技术企业100家", kind: .number, value: 100, unit: "家"),
        Case(input: "新引进各类人才1.17万人", kind: .number, value: 11700, unit: "人"),
        Case(input: "开展职业技能补贴培训2800人次", kind: .number, value: 2800, unit: "人次"),
        Case(input: "每人400元/月", kind: .currency, value: 400, unit: "元/月"),
        Case(input: "常住人口1.5批次/千人", kind: .number, value: 1.5, unit: "批次/千人"),
        Case(input: "新开工建设、改造1000套（间）保障性租赁住房", kind: .number, value: 1000, unit: "套"),
        Case(input: "实施第三批26个老旧小区改造提升", kind: .ordinal, value: 3),
        Case(input: "第3万回", kind: .ordinal, value: 30000),
    ]

    @Test(arguments: values)
    func readsValue(_ c: Case) {
        let found = QuantityScanner().scan(c.input)
        let hit = found.first { $0.kind == c.kind && $0.value.map { abs($0 - c.value) < 1e-6 * max(1, abs(c.value)) } == true }
        #expect(hit != nil, "\(found)")
        if let unit = c.unit { #expect(hit?.unit == unit) }
    }

    struct RangeCase: Sendable, CustomTestStringConvertible {
        var input: String
        var min: Double?
        var max: Double?
        var minInclusive: Bool?
        var maxInclusive: Bool?
        var testDescription: String { input }
    }

    /// 以上/以下/以内 include the number, 超过/不满 exclude it (《民法典》第1259条).
    static let ranges: [RangeCase] = [
        RangeCase(input: "推动3-5家企业上市", min: 3, max: 5, minInclusive: true, maxInclusive: true),
        RangeCase(input: "制造业投资增长10%以上", min: 10, max: nil, minInclusive: true),
        RangeCase(input: "五百以上", min: 500, max: nil, minInclusive: true),
        RangeCase(input: "城镇登记失业率控制在3%以内", min: nil, max: 3, maxInclusive: true),
        RangeCase(input: "超过300", min: 300, max: nil, minInclusive: false),
        RangeCase(input: "不满18周岁", min: nil, max: 18, maxInclusive: false),
        RangeCase(input: "位于20和30之间", min: 20, max: 30),
        RangeCase(input: "大于10小于20", min: 10, max: 20, minInclusive: false, maxInclusive: false),
        RangeCase(input: "两到三万港元", min: 20000, max: 30000),
        RangeCase(input: "从8500到3万港元", min: 8500, max: 30000),
        RangeCase(input: "十七八万", min: 170_000, max: 180_000),
        RangeCase(input: "几十万块", min: 100_000, max: 1_000_000),
        RangeCase(input: "1200余套", min: 1200, max: nil, minInclusive: false),
        RangeCase(input: "比三十大一些", min: 30, max: nil, minInclusive: false),
    ]

    @Test(arguments: ranges)
    func readsRange(_ c: RangeCase) {
        let found = QuantityScanner().scan(c.input)
        let hit = found.first { ($0.min != nil || $0.max != nil) && $0.min == c.min && $0.max == c.max }
        #expect(hit != nil, "\(found)")
        if let inc = c.minInclusive { #expect(hit?.minInclusive == inc) }
        if let inc = c.maxInclusive { #expect(hit?.maxInclusive == inc) }
    }

    /// Names, set phrases and words that only look like numbers.
    @Test(arguments: [
        "四川", "一切", "一带一路", "“十四五”", "两岸关系", "收拾房间", "人才队伍", "登陆部队已经上岸",
        "万人有效发明专利", "十一十二", "10..1万", "社会消费品零售总额", "进一步深化", "统一规划",
        "三农", "五角大楼", "一体化",
    ])
    func findsNothing(_ input: String) {
        #expect(QuantityScanner().scan(input).isEmpty)
    }

    @Test func reportsTextAndPlace() throws {
        let text = "新增上市企业确保2家、力争3家，上市企业总市值突破500亿元。"
        let found = QuantityScanner().scan(text)
        let money = try #require(found.first { $0.kind == .currency })
        #expect(money.text == "500亿元")
        #expect(String(text[money.range]) == "500亿元")
        #expect(money.value == 50_000_000_000)
        #expect(money.currency == "CNY")
        let counts = found.filter { $0.unit == "家" }.map(\.text)
        #expect(counts == ["2家", "3家"])
    }

    @Test func reportsNumeralsOnRequest() {
        let plain = QuantityScanner().scan("百分之五十五点五七九")
        #expect(plain.map(\.kind) == [.percentage])
        let both = QuantityScanner(options: .init(reportNumerals: true)).scan("百分之五十五点五七九")
        #expect(both.contains { $0.kind == .number && abs(($0.value ?? 0) - 55.579) < 1e-9 })
    }
}
