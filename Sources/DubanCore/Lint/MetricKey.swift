/// One indicator reduced to what two statements of the same target share: the metric with its
/// fillers removed (`年内完成老旧小区改造任务` → `完成老旧小区改造`), the unit's family, the kind of
/// change. Deliberately light: a pair missed costs less than two different targets taken as one.
struct MetricKey: Hashable, Sendable {
    var metric: String
    var unit: String
    var change: Indicator.Change?
    var scope: String

    init?(_ indicator: Indicator, scope: String) {
        let metric = Self.normalise(indicator.metric)
        // Too short to be sure it names one target (`净增`, `增幅`).
        guard metric.count >= 3 else { return nil }
        self.metric = metric
        self.unit = Self.unitFamily(indicator.unit)
        self.change = indicator.change
        self.scope = scope
    }

    static let fillerPrefixes = ["年内", "全年", "全区", "年度", "其中", "力争", "确保", "争取", "努力", "同比", "累计", "今年", "当年"]
    static let fillerSuffixes = ["任务", "工作", "目标"]
    static let dropped: Set<Character> = ["“", "”", "\"", "‘", "’", "「", "」", "《", "》", "、", "，", ",", "·", " "]

    static func normalise(_ raw: String) -> String {
        var text = String(UnitNameText.key(raw).filter { !dropped.contains($0) })
        var changed = true
        while changed {
            changed = false
            for prefix in fillerPrefixes where text.hasPrefix(prefix) && text.count > prefix.count {
                text.removeFirst(prefix.count)
                changed = true
            }
        }
        for suffix in fillerSuffixes where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
            text.removeLast(suffix.count)
        }
        if text.hasPrefix("增加") { text = "新增" + text.dropFirst(2) }
        return text
    }

    /// Counting words for things are interchangeable with 个 (`学校13个` / `学校6所`); measures are not.
    static let countWords: Set<String> = ["个", "家", "所", "座", "项", "件", "套", "台", "条", "户", "张", "间", "只", "处", "辆", "场", "栋", "幢", "批"]
    static let sameAs: [String: String] = ["名": "人", "位": "人", "千米": "公里", "㎡": "平方米"]

    static func unitFamily(_ unit: String) -> String {
        if countWords.contains(unit) { return "个" }
        return sameAs[unit] ?? unit
    }
}
