/// The words that decide comparator, tier and change (INDICATORS.md), and the kind of a
/// standard with no indicator.
enum IndicatorLexicon {
    typealias Comparator = Indicator.Comparator

    /// Before the value: 达到26.6亿元, 不少于3000套, 超10%, 控制在3%以内, 约3000人.
    static let prefixComparators = WordTable<Comparator>(
        ["不少于", "不低于", "不小于", "至少", "达到", "达", "高达", "最少", "起码", "≥", ">="].map { ($0, .atLeast) }
            + ["超过", "超", "突破", "高于", "多于", "大于", "逾", ">"].map { ($0, .greater) }
            + ["不超过", "不高于", "不大于", "不多于", "控制在", "至多", "最多", "≤", "<="].map { ($0, .atMost) }
            + ["低于", "不足", "不到", "不满", "少于", "小于", "未满", "<"].map { ($0, .less) }
            + ["约", "大约", "近", "将近", "接近", "大概", "约为"].map { ($0, .about) }
    )

    /// After the value and its unit: 10%以上, 3%以内, 6.5%左右.
    static let suffixComparators = WordTable<Comparator>(
        ["以上", "及以上"].map { ($0, .atLeast) }
            + ["以下", "及以下", "以内", "之内"].map { ($0, .atMost) }
            + ["左右", "上下"].map { ($0, .about) }
    )

    /// 确保/保证 (the committed floor), 力争/争取/努力 (the stretch). 争创 is not one.
    static let tiers = WordTable<Indicator.Tier>(
        [("确保", .committed), ("保证", .committed), ("力争", .stretch), ("争取", .stretch), ("努力", .stretch)]
    )

    /// A change verb right before the value makes it a relative change (增长6.5%, 同比下降10%).
    static let changes = WordTable<Indicator.Change>(
        ["增长", "提高", "提升", "增加", "增幅", "上升", "增速", "同比增", "环比增"].map { ($0, .increase) }
            + ["下降", "减少", "降低", "压降", "降幅", "压减", "削减", "缩减", "同比减", "环比减"].map { ($0, .decrease) }
    )

    /// Verbs that make a Chinese-numeral count a deliverable (新建两所学校), unlike a
    /// summary of categories (四条底线, 六个“先行”目标).
    static let deliveryVerbs = WordTable<Bool>(
        [
            "新增", "新建", "建成", "建设", "完成", "实施", "打造", "培育", "创建", "创成", "引进", "招引", "改造",
            "开工", "启动", "提升", "增加", "达到", "认定", "净增", "举办", "开展", "安装", "改扩建", "整治", "建",
        ]
    )

    /// Nouns that a money or capacity figure qualifies (超30亿元项目, 5万吨危废处置项目, 超500万元村).
    static let thresholdHeads = WordTable<Bool>(
        ["项目", "企业", "村", "社区", "工程", "厂", "公司", "楼宇", "园区", "基地", "街道", "镇", "产业", "生产线"]
    )

    /// Words that make the figure after them a capacity (年产10万吨).
    static let capacityWords = WordTable<Bool>(["年产", "日产", "年处理", "日处理", "年加工", "年吞吐", "年出栏", "装机"])

    /// Words after a money figure that continue the sentence rather than name a thing.
    static let notNouns = Set("用于为到至是和与及并而且等每左上以的在将由从向对给被让使".unicodeScalars)

    /// Verbs that set a level rather than name the metric: 提高到97元, 调整后为400元.
    static let levelWords = WordTable<Bool>(
        [
            "提高到", "提高至", "提升到", "提升至", "降低到", "降低至", "降至", "降到", "下降到", "下降至", "增加到",
            "增加至", "增长到", "调整为", "调整到", "稳定在", "保持在", "为", "到", "至", "在",
        ]
    )

    /// A stated parameter of the thing named in the clause before (…清淤工程，全长830米).
    static let parameterWords = WordTable<Bool>([
        "全长", "总长", "长度", "涉及长度", "总面积", "面积", "每人", "每户",
        "每间", "每个", "每月", "合计", "共计",
    ])

    /// Time words that may open a metric before its verb: 年内新增, 全年盘活.
    static let timeWords = WordTable<Bool>(["年内", "全年", "今年", "当年", "年度", "全区", "累计", "年底前"])

    /// Verbs that open a metric; kept when a list of examples is dropped (实施白云东苑等37个 → 实施).
    static let metricVerbs = WordTable<Bool>(
        [
            "新增", "新建", "建成", "建设", "完成", "实施", "打造", "培育", "创建", "创成", "争创", "引进", "新引进",
            "招引", "新招引", "改造", "提升", "开工", "新开工", "启动", "推进", "持续", "加快", "推动", "增加", "认定",
            "新认定", "净增", "举办", "开展", "安装", "加装", "增设", "改扩建", "新改扩建", "整治", "落户", "遴选",
            "开发", "支持", "扶持", "实现", "新获批", "获批", "接入", "疏浚", "推选", "渠化", "盘活", "储备", "培训",
            "筛查", "抽检", "竣工", "完工", "投用", "交付", "建",
        ]
    )

    /// Done-or-not verbs of a milestone (INDICATORS-NOTES.md, decision 12).
    static let completions = WordTable<Bool>(
        [
            "建成", "完成", "完工", "竣工", "投用", "投入使用", "交付", "开工", "封顶", "成立", "挂牌", "开通",
            "迁建", "获批", "启动", "开放", "办好", "举办",
        ]
    )

    /// Uses of those verbs that deliver nothing.
    static let notCompletions = WordTable<Bool>(["对外开放", "扩大开放", "开放型", "开放式", "开放平台", "开放合作", "建成区", "完成率", "完成度", "完成情况"])

    /// Winning a named title: 创建/创成/争创 … 示范区.
    static let titleVerbs = WordTable<Bool>(["创建", "创成", "争创"])
    static let titleEnds = WordTable<Bool>(["区", "基地", "中心", "城市", "园", "县", "镇", "乡村", "示范点", "单位", "称号"])
    static let notTitles = WordTable<Bool>(["一批", "更多", "活动", "试点示范"])
    static let plans = WordTable<Bool>(["规划", "方案", "计划"])
}
