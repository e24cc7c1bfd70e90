/// Lines that belong to the page or the web site, not to the document: page numbers, running
/// headers repeated at page tops, and the chrome a copied web page brings along. They are
/// removed, as if the page break were not there (a page number inside a header row must not
/// end it); every other line keeps its own number for warnings.
public enum PageFurniture {
    public static func removing(_ lines: [SourceLine]) -> [SourceLine] {
        // A TAB opens a table cell: never furniture, and not worth looking at.
        let compacts = lines.map { $0.text.utf8.first == 0x09 || $0.text.utf8.count > 400 ? "" : compact($0.text) }
        let running = runningHeaders(compacts)
        var seenContent = false
        var kept: [SourceLine] = []
        var endedOnFurniture = false
        for (line, compact) in zip(lines, compacts) {
            endedOnFurniture = false
            if compact.isEmpty {
                kept.append(line)
                if line.text.utf8.count > 90 { seenContent = true }
                continue
            }
            // Furniture is short: a long line is the document's own.
            let length = compact.unicodeScalars.count
            if length <= 80
                && (isPageNumber(compact) || running.contains(compact) || isDocumentNumberLine(compact, afterContent: seenContent)
                    || isSiteChrome(compact, beforeContent: !seenContent))
            {
                endedOnFurniture = true
                continue
            }
            if length > 30 { seenContent = true }
            kept.append(line)
        }
        // A file that ends on its last page number ends cleanly, not inside a row.
        if endedOnFurniture, let last = lines.last { kept.append(SourceLine(number: last.number, text: "")) }
        return kept
    }

    /// `— 3 —`, `-3-`, `- 3 -`, `第3页`, `第 3 页 共 9 页`, `3/9`: never a cell, a title or a task.
    public static func isPageNumber(_ compact: String) -> Bool {
        guard let first = compact.unicodeScalars.first, first.value < 0x80 || "—–－―─•·第".unicodeScalars.contains(first) else { return false }
        let dashes: Set<Character> = ["-", "—", "–", "－", "―", "─", "•", "·"]
        let core = compact.drop(while: { dashes.contains($0) })
        let digits = core.prefix(while: \.isASCII).filter(\.isNumber)
        if compact.first.map(dashes.contains) == true, !digits.isEmpty, digits.count <= 4,
            core.dropFirst(digits.count).allSatisfy({ dashes.contains($0) }), core.dropFirst(digits.count).count >= 1
        {
            return true
        }
        if compact.hasPrefix("第"), compact.contains("页") {
            let rest = compact.filter { !"第页共,，".contains($0) }
            return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
        }
        if let slash = compact.firstIndex(of: "/"), compact.count <= 9 {
            let (left, right) = (compact[..<slash], compact[compact.index(after: slash)...])
            return !left.isEmpty && !right.isEmpty && (left + right).allSatisfy { $0.isASCII && $0.isNumber }
                && Int(left) ?? 0 <= Int(right) ?? 0 && !compact.contains("-")
        }
        return false
    }

    /// Web-page chrome: navigation, counters, share buttons, repost notes. Counted only as
    /// whole lines that start with such a label, so a sentence that mentions 来源 stays.
    static func isSiteChrome(_ compact: String, beforeContent: Bool) -> Bool {
        let scalars = Array(compact.unicodeScalars).map { $0 == ":" ? "：" : $0 }
        guard let first = scalars.first, scalars.count <= 80 else { return false }
        if labelStarts.contains(first), chromeLabelScalars.contains(where: { scalars.starts(with: $0) }) { return true }
        if scalars.count <= 40, scalars.contains(where: { wordStarts.contains($0) }),
            chromeWordScalars.contains(where: { word in scalars.contains(subsequence: word) })
        {
            return true
        }
        if scalars.count <= 6 && chromeLines.contains(compact) { return true }
        // Breadcrumbs: 首页 > 政务公开 > …
        if scalars.contains(where: { $0 == ">" || $0 == "＞" || $0 == "》" }) {
            let arrows = scalars.filter { $0 == ">" || $0 == "＞" }.count
            if compact.hasPrefix("首页") || compact.hasPrefix("当前位置") || first == ">" || arrows >= 2 || compact.contains("》》") { return true }
        }
        // Before the document starts, a site's own lines (本站支持IPV6, 今天是…).
        if beforeContent && sitePreambleScalars.contains(where: { scalars.starts(with: $0) }) { return true }
        return false
    }

    static let sitePreambleScalars = sitePreamble.map { Array($0.unicodeScalars) }

    // Compared as scalars, first characters first: String's own search bridges to Foundation
    // on Linux and made this check the import's hot spot.
    static let chromeLabelScalars = chromeLabels.map { Array($0.unicodeScalars) }
    static let labelStarts = Set(chromeLabelScalars.compactMap(\.first))
    static let chromeWordScalars = chromeWords.map { Array($0.unicodeScalars) }
    static let wordStarts = Set(chromeWordScalars.compactMap(\.first))

    static let chromeLabels = [
        "来源：", "信息来源：", "文章来源：", "发布日期：", "发布时间：", "发布者：", "点击数：", "点击：", "浏览次数：", "阅读次数：",
        "访问次数：", "阅读量：", "分享到：", "分享：", "责任编辑：", "编辑：", "作者：", "【打印】", "【关闭】", "【字体", "字体：",
        "打印本页", "关闭窗口", "下面是小编为大家整理的", "以下是小编", "由会员分享", "扫一扫", "用手机扫描", "【法宝引证码】",
        "【时效性】", "加入收藏", "设为首页", "返回顶部", "返回首页", "首页>", "当前位置", "您当前的位置", "您现在的位置",
    ]
    static let chromeWords = ["【打印】", "【关闭】", "【字体：", "分享到：", "浏览次数：", "点击数：", "繁體", "简体版", "无障碍"]
    static let chromeLines: Set<String> = ["朗读", "打印", "关闭", "全文", "首页", "返回", "收藏", "分享", "【打印】", "字号", "大中小", "【大中小】"]
    static let sitePreamble = ["本站支持", "今天是", "欢迎访问", "主办单位：", "承办单位：", "技术支持：", "网站标识码", "ICP备"]

    /// `某某区人民政府办公室 某政办〔2022〕3号` standing alone once the document has begun: a page's
    /// running header, wherever it lands, even inside a sentence. Before that, the notice's own number.
    static func isDocumentNumberLine(_ compact: String, afterContent: Bool) -> Bool {
        guard afterContent, compact.unicodeScalars.last == "号", compact.count <= 40,
            let open = compact.lastIndex(where: { "〔[［(（".contains($0) })
        else { return false }
        let inside = compact[compact.index(after: open)...].prefix(while: { !"〕]］)）".contains($0) })
        guard inside.count == 4, inside.allSatisfy(\.isNumber) else { return false }
        let head = compact[..<open]
        return !head.isEmpty && head.allSatisfy { !"，。；：:,;".contains($0) }
    }

    /// A short line printed three times or more that carries a document number, or an
    /// issuing office's full name: the running header of each page
    /// (`常州市钟楼区人民政府办公室  钟政办〔2022〕3号`). A unit's own cell is shorter than that.
    static func runningHeaders(_ compacts: [String]) -> Set<String> {
        var counts: [String: Int] = [:]
        for text in compacts
        where (6...60).contains(text.unicodeScalars.count) && text.hasSuffix("号") || text.hasSuffix("厅") || text.hasSuffix("室") || text.hasSuffix("府") {
            guard (6...60).contains(text.unicodeScalars.count) else { continue }
            counts[text, default: 0] += 1
        }
        return Set(
            counts.filter { text, count in
                guard count >= 3 else { return false }
                let numbered = (text.contains("〔") || text.contains("[") || text.contains("［")) && text.hasSuffix("号")
                let office = text.count >= 10 && ["人民政府办公室", "人民政府办公厅", "人民政府"].contains { text.hasSuffix($0) }
                return numbered || office
            }.keys)
    }

    static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isSpace($0) }))
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}

extension Array where Element == Unicode.Scalar {
    func contains(subsequence: [Unicode.Scalar]) -> Bool {
        guard !subsequence.isEmpty, subsequence.count <= count else { return subsequence.isEmpty }
        for start in 0...(count - subsequence.count) where self[start] == subsequence[0] {
            if self[start..<(start + subsequence.count)].elementsEqual(subsequence) { return true }
        }
        return false
    }
}
