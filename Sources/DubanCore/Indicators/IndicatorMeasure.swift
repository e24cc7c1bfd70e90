/// What an indicator measures, which decides how a light judges a reported value against it
/// (Tests/Fixtures/measures/README.md has the annotation rules):
/// - `cumulative`: a count or amount that builds up over the year (新增…100家, 完成投资120亿元):
///   judged against 序时进度;
/// - `level`: a rate, share, relative change, per-capita figure or stock that stands at a value
///   (增长6.5%, 优良天数比例>80%, 人均…, 总市值): compared with the target as it stands;
/// - `cap`: a ceiling (控制在3%以内, 不超过): kept or broken;
/// - `milestone`: a count of one to three things (新建2所学校), done or not by the deadline.
public enum IndicatorMeasure: String, Sendable, Codable, CaseIterable {
    case cumulative, level, cap, milestone

    public static func of(_ indicator: Indicator) -> IndicatorMeasure {
        if indicator.comparator == .atMost || indicator.comparator == .less { return .cap }
        if indicator.change != nil || levelUnits.contains(indicator.unit) || indicator.unit.contains("/") { return .level }
        if namesALevel(indicator.metric) || isPerThing(indicator.metric) { return .level }
        if discreteUnits.contains(indicator.unit), indicator.value <= 3, indicator.value == indicator.value.rounded() {
            return .milestone
        }
        return .cumulative
    }

    /// Units of a ratio: there is nothing to add up.
    static let levelUnits: Set<String> = ["%", "‰", "个百分点", "倍", "分", "级", "星"]

    /// Words naming a rate, a per-head figure or a stock that stands at a value.
    static let levelWords = [
        "率", "比例", "比重", "占比", "人均", "户均", "均值", "浓度", "指数", "市值", "余额", "保有量",
        "总数", "总量", "累计", "存量", "密度", "拥有量", "强度", "排名", "位次",
    ]

    /// Whether the metric contains one of `levelWords`. Compared scalar by scalar: a light reads
    /// this for every indicator of every task on a board, and Foundation's substring search,
    /// 21 times a metric, was a tenth of computing a 200-task board.
    static func namesALevel(_ metric: String) -> Bool {
        let text = Array(metric.unicodeScalars)
        return levelWordScalars.contains { word in
            guard word.count <= text.count else { return false }
            return (0...(text.count - word.count)).contains { start in text[start..<(start + word.count)].elementsEqual(word) }
        }
    }

    private static let levelWordScalars = levelWords.map { Array($0.unicodeScalars) }

    /// 每人, 每千人, 每间: a standard per head or per thing. 每年, 每月 are only a rhythm.
    static func isPerThing(_ metric: String) -> Bool {
        let characters = Array(metric)
        return characters.indices.contains { index in
            characters[index] == "每" && index + 1 < characters.count && !"年月季周天日".contains(characters[index + 1])
        }
    }

    /// Measure words of things counted one by one: a target of one to three of them is a
    /// deliverable, not a schedule, and a reported count of them is a whole number.
    public static let discreteUnits: Set<String> = [
        "个", "家", "所", "座", "条", "项", "件", "台", "套", "户", "名", "场", "次", "只", "对", "间", "张", "份",
        "批次", "批", "处", "栋", "幢", "支", "艘", "辆", "部", "位", "人", "人次", "户次", "家次", "个次", "棵", "株",
        "口", "门", "块", "片", "基", "根", "盏", "道", "趟", "期", "届", "篇", "本", "款", "类", "种", "宗", "起",
    ]

    /// A reported value for a count of whole things must be a whole number (1.51家 is a typo).
    public static func takesWholeNumbers(_ indicator: Indicator) -> Bool {
        guard discreteUnits.contains(indicator.unit) else { return false }
        let measure = of(indicator)
        return measure == .cumulative || measure == .milestone
    }
}
