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

    static let fillerPrefixes = ["年内", "全年", "全区", "全市", "全县", "全省", "全镇", "年度", "其中", "力争", "确保", "争取", "努力", "同比", "累计", "今年", "当年"]
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

    /// Same unit, change and territory: the statements can be compared at all.
    func comparable(with other: MetricKey) -> Bool {
        unit == other.unit && change == other.change
    }

    /// Two texts for one measure: equal once fillers are gone, one the other's ending
    /// (`设施运行率` and `农村生活污水处理设施运行`), or the same words in another order
    /// (`新增城镇就业`, `城镇新增就业`).
    func measuresSame(as other: MetricKey) -> Bool {
        let (a, b) = (Self.core(metric, unit: unit), Self.core(other.metric, unit: other.unit))
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 4 && long.hasSuffix(short) { return true }
        return a.count >= 4 && a.count == b.count && a.sorted() == b.sorted()
    }

    /// A rate names itself with 率: `设施运行率` and `设施运行` at 95% measure the same.
    static func core(_ metric: String, unit: String) -> String {
        unit == "%" && metric.hasSuffix("率") && metric.count > 3 ? String(metric.dropLast()) : metric
    }

    /// Counts and amounts add up over territories; rates, shares and densities do not.
    static func isAdditive(_ unit: String) -> Bool {
        unit != "%" && unit != "‰" && !unit.contains("/")
    }

    /// Metric texts (already keyed) joined where they measure the same thing, in first-seen order.
    static func sameMeasure(_ keys: [MetricKey]) -> [[MetricKey]] {
        var components: [Int: [MetricKey]] = [:]
        var order: [Int] = []
        for (i, first) in sameMeasureClasses(keys).enumerated() {
            if components[first] == nil { order.append(first) }
            components[first, default: []].append(keys[i])
        }
        return order.map { components[$0] ?? [] }
    }

    /// For each key, the index of the first key that measures the same thing (itself when none
    /// before it does). Keys are compared only with those of the same unit family, change and scope.
    static func sameMeasureClasses(_ keys: [MetricKey]) -> [Int] {
        var parent = Array(keys.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        struct Comparable: Hashable {
            var unit: String
            var change: Indicator.Change?
            var scope: String
        }
        let groups = Dictionary(grouping: keys.indices) { Comparable(unit: keys[$0].unit, change: keys[$0].change, scope: keys[$0].scope) }
        for indices in groups.values {
            for (n, i) in indices.enumerated() {
                for j in indices[(n + 1)...] where root(i) != root(j) && keys[i].measuresSame(as: keys[j]) { parent[root(j)] = root(i) }
            }
        }
        var first: [Int: Int] = [:]
        return keys.indices.map { i in
            let r = root(i)
            if let known = first[r] { return known }
            first[r] = i
            return i
        }
    }

    static func unitFamily(_ unit: String) -> String {
        if countWords.contains(unit) { return "个" }
        return sameAs[unit] ?? unit
    }
}
