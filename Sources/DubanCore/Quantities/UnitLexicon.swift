/// What a unit measures, which decides how a value may be read: a count can be a deliverable,
/// a descriptor (岁, 类, 级) only qualifies something, money or capacity before a noun is a threshold.
enum UnitClass: Sendable, Equatable {
    case count, time, descriptor, money, percent, points, physical, capacity
}

struct UnitInfo: Sendable, Equatable {
    /// The unit as printed (`家`, `平方米`), money by its usual name (`元`, `港元`), percent as `%`.
    var name: String
    var kind: Quantity.Kind
    var unitClass: UnitClass
    /// Factor to the reported value: 成 and 折 ×10 (to percent), 千分之 ×0.1.
    var scale: Double = 1
    var code: String?
}

enum UnitLexicon {
    private static func money(_ name: String, _ code: String) -> UnitInfo {
        UnitInfo(name: name, kind: .currency, unitClass: .money, code: code)
    }

    private static func measure(_ cls: UnitClass, _ names: [String]) -> [(String, UnitInfo)] {
        names.map { ($0, UnitInfo(name: $0, kind: cls == .physical || cls == .capacity ? .dimension : .number, unitClass: cls)) }
    }

    static let moneyUnits: [(String, UnitInfo)] = [
        ("元", money("元", "CNY")), ("圆", money("元", "CNY")), ("块", money("元", "CNY")),
        ("块钱", money("元", "CNY")), ("元钱", money("元", "CNY")), ("元整", money("元", "CNY")),
        ("圆整", money("元", "CNY")), ("人民币", money("元", "CNY")), ("元人民币", money("元", "CNY")),
        ("美元", money("美元", "USD")), ("美金", money("美元", "USD")),
        ("港元", money("港元", "HKD")), ("港币", money("港元", "HKD")),
        ("日元", money("日元", "JPY")), ("欧元", money("欧元", "EUR")), ("英镑", money("英镑", "GBP")),
        ("韩元", money("韩元", "KRW")), ("卢布", money("卢布", "RUB")), ("泰铢", money("泰铢", "THB")),
        ("新台币", money("新台币", "TWD")), ("台币", money("新台币", "TWD")),
        ("澳元", money("澳元", "AUD")), ("加元", money("加元", "CAD")),
    ]

    static let suffixes = WordTable<UnitInfo>(
        moneyUnits
            + [
                ("%", UnitInfo(name: "%", kind: .percentage, unitClass: .percent)),
                ("‰", UnitInfo(name: "千分之", kind: .percentage, unitClass: .percent, scale: 0.1)),
                ("个百分点", UnitInfo(name: "个百分点", kind: .percentage, unitClass: .points)),
                ("百分点", UnitInfo(name: "个百分点", kind: .percentage, unitClass: .points)),
                ("成", UnitInfo(name: "成", kind: .percentage, unitClass: .percent, scale: 10)),
                ("折", UnitInfo(name: "折", kind: .percentage, unitClass: .percent, scale: 10)),
                ("公尺", UnitInfo(name: "米", kind: .dimension, unitClass: .physical)),
                ("平米", UnitInfo(name: "平方米", kind: .dimension, unitClass: .physical)),
                ("㎡", UnitInfo(name: "平方米", kind: .dimension, unitClass: .physical)),
                ("m2", UnitInfo(name: "平方米", kind: .dimension, unitClass: .physical)),
                ("m²", UnitInfo(name: "平方米", kind: .dimension, unitClass: .physical)),
            ]
            + measure(
                .physical,
                [
                    "平方公里", "平方千米", "平方米", "立方米", "公顷", "亩", "公里", "千米", "米",
                    "厘米", "公分", "毫米", "公斤", "千克", "克", "毫克", "微克", "斤", "升", "毫升", "公升",
                    "km", "m", "cm", "mm", "kg", "mg", "ml",
                ])
            + measure(.capacity, ["吨", "千瓦", "兆瓦", "瓦", "千瓦时", "kw", "kW", "MW", "GW"])
            + measure(
                .count,
                [
                    "个", "家", "人", "名", "位", "项", "件", "座", "套", "台", "所", "条", "户",
                    "张", "场", "次", "人次", "户次", "批次", "架次", "车次", "对", "只", "份", "间",
                    "批", "处", "辆", "株", "棵", "艘", "根", "盏", "部", "篇", "本", "册", "支", "枚",
                    "颗", "头", "匹", "组", "队", "宗", "笔", "例", "起", "轮", "趟", "遍", "栋", "幢",
                    "层", "片", "段", "门", "首", "注", "倍", "床", "孔", "单", "期", "届",
                ])
            + measure(
                .time,
                [
                    "年", "年度", "个月", "月", "周", "星期", "天", "日", "小时", "分钟", "秒",
                    "工作日", "个工作日", "季度", "周年",
                ])
            + measure(
                .descriptor,
                [
                    "岁", "周岁", "类", "大类", "种", "级", "星", "星级", "代", "号",
                    "版", "年级", "线",
                ])
    )

    /// Currency named before the amount: 人民币 8千元, 港币3.14, ¥100.
    static let prefixes = WordTable<UnitInfo>(
        [
            ("人民币", money("元", "CNY")), ("¥", money("元", "CNY")), ("￥", money("元", "CNY")),
            ("港币", money("港元", "HKD")), ("港元", money("港元", "HKD")),
            ("美元", money("美元", "USD")), ("美金", money("美元", "USD")), ("$", money("美元", "USD")),
            ("新台币", money("新台币", "TWD")), ("台币", money("新台币", "TWD")),
            ("日元", money("日元", "JPY")), ("欧元", money("欧元", "EUR")),
        ]
    )

    /// What may follow `/` in a rate: 元/月, 批次/千人, 万元/亩.
    static let rateDenominators = WordTable<Bool>(
        [
            "人", "千人", "万人", "百人", "户", "月", "年", "日", "天", "次", "亩", "平方米", "吨", "小时",
            "人次", "间", "件", "个", "套", "公里", "千克", "公斤", "kg", "m2", "㎡", "床", "班", "所", "立方米", "升",
        ]
    )
}
