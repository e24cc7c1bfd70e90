/// Words and names that contain number characters but state no number: 四川, 一切, 统一,
/// 一带一路, 十四五, 五角大楼. Found from their first number character, so 统一 is caught at 一.
enum SetPhrases {
    private struct Entry: Sendable {
        let word: [Unicode.Scalar]
        /// Offset of the first number character in the word.
        let anchor: Int
    }

    private static let words: [String] = [
        // 一
        "一切", "一些", "一样", "一般", "一起", "一直", "一定", "一旦", "一律", "一致", "一同", "一向", "一度",
        "一道", "一味", "一心", "一体", "一流", "一线", "一系列", "一揽子", "一贯", "一举", "一手", "一时",
        "一番", "一再", "一则", "一方面", "一下", "一面", "一带一路", "一网通办", "一网统管", "一站式",
        "一盘棋", "一张网", "一张图", "一件事", "一把手", "一老一小", "一岗双责", "一成不变", "一窗受理",
        "一如既往", "一视同仁", "一目了然", "一丝不苟", "一以贯之", "一往无前", "一鼓作气", "一马当先",
        "一刀切", "一条龙", "一次性", "一件一件", "一点一滴", "一方", "一边", "一共", "一概", "一经",
        "统一", "唯一", "万一", "之一", "进一步", "专一", "同一", "单一", "不一", "逐一", "划一", "一一",
        "合一", "归一", "第一时间", "星期一", "周一",
        // 二 两 三 四 五 六 七 八 九
        "二者", "两岸", "两会", "两两", "两高", "两新", "两湖", "两癌", "两翼", "两委", "两侧", "两端",
        "两者", "两用", "两难", "两极", "两手", "两头", "三农", "三公", "三峡", "三明治", "三角", "三维",
        "三甲", "三亚", "三门峡", "三资", "三者", "三三两两", "四川", "四风", "四季", "四周", "四处",
        "四肢", "四合院", "四面八方", "四平八稳", "五角大楼", "五金", "五官", "五湖四海", "五谷", "五花八门",
        "六神", "七夕", "七上八下", "乱七八糟", "八卦", "八宝", "九州", "九死一生", "一五一十",
        // 十 百 千 万 零 半
        "十分", "十足", "十全十美", "十字", "十四五", "十三五", "十二五", "十五五", "百姓", "百货", "百家",
        "百科", "百般", "百花", "百度", "千方百计", "千家万户", "千秋", "千里", "千军万马", "百折不挠",
        "千万不", "千万别", "千万要", "千万莫", "万万不", "万万没", "万众", "万物", "万象", "万能", "万全",
        "万里", "零售", "零星", "零散", "零件", "零部件", "零碎", "零距离", "零容忍", "零钱", "零食",
        "半岛", "半导体", "半径", "半夜", "半途", "多半", "大半", "半点", "亿万",
    ]

    private static let table: [Unicode.Scalar: [Entry]] = {
        var t: [Unicode.Scalar: [Entry]] = [:]
        for w in words {
            let s = Array(w.unicodeScalars)
            guard let a = s.firstIndex(where: { NumeralChars.isNumeral($0) || $0 == "半" }) else { continue }
            t[s[a], default: []].append(Entry(word: s, anchor: a))
        }
        return t.mapValues { $0.sorted { $0.word.count > $1.word.count } }
    }()

    /// If a set phrase covers position `i` (a number character), where the phrase ends.
    static func end(_ t: FoldedText, at i: Int) -> Int? {
        guard let list = table[t[i]] else { return nil }
        for e in list where t.has(e.word, at: i - e.anchor) {
            // 十分之一 is a fraction, not 十分 (very).
            if e.word.count == 2, e.word[0] == "十", e.word[1] == "分", t[i + 2] == "之" { continue }
            return i - e.anchor + e.word.count
        }
        return nil
    }
}
