/// Guesses which text layout a decoded file uses, from the shape of its lines.
public enum LayoutDetector {
    public static func detect(_ text: String) -> DocumentFormat {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let nonBlank = lines.filter { !$0.isBlank }
        guard !nonBlank.isEmpty else { return .lines }
        let tabStarted = nonBlank.filter { $0.hasPrefix("\t") }.count
        if tabStarted * 5 >= nonBlank.count && tabStarted >= 3 { return .tabs }
        let piped = nonBlank.filter { isPipeRow($0) }.count
        if piped >= 2 && piped * 4 >= nonBlank.count { return .pipes }
        // A header line of a delimited file, after a title or a few notes: header words
        // separated by TABs or commas.
        for line in nonBlank.prefix(50) where line.utf8.count <= 360 && line.unicodeScalars.contains(where: { $0 == "\t" || $0 == "," || $0 == "，" }) {
            for (separator, format) in [(Character("\t"), DocumentFormat.tsv), (",", .csv), ("，", .csv)] {
                let fields = line.split(separator: separator).map(String.init)
                if fields.count >= 3 && HeaderVocabulary.isHeaderRow(fields) && fields.filter(HeaderVocabulary.isHeaderWord).count >= 3 {
                    return format
                }
            }
        }
        // A table copied one cell per line shows its header words each on a line of its own.
        let headerLines = nonBlank.prefix(200).filter { HeaderVocabulary.isHeaderWord($0) }.count
        if headerLines >= 3 { return .lines }
        if nonBlank.contains(where: InlineSignals.matches) { return .inline }
        return .lines
    }

    static func isPipeRow(_ line: String) -> Bool {
        let trimmed = line.trimmed()
        return trimmed.hasPrefix("|") && trimmed.filter({ $0 == "|" }).count >= 3
    }
}

/// Words that name a plan table's columns. Only used to find header rows; what each column
/// means is the domain's business.
public enum HeaderVocabulary {
    /// Endings of the column names governments print (工作标准, 主要内容, 牵头部门, 责任人, 时限要求,
    /// 进展情况, 序时进度, 完成等次 …), and whole names that end otherwise (重点工作).
    static let stems = [
        "序号", "名称", "标准", "内容", "单位", "领导", "时限", "时间", "主题", "任务", "部门", "事项", "项目",
        "节点", "编号", "要求", "责任人", "负责人", "情况", "进度", "备注", "类型", "类别", "分工", "措施", "期限",
        "处室", "科室", "区长", "市长", "县长", "省长",
        // The columns of a year-end account (完成等次, 情况说明) beside those of the plan.
        "等次", "说明",
    ]
    static let words: Set<String> = ["重点工作", "目标", "工作目标", "具体目标", "领域", "板块"]

    // Compared as scalars: this runs on every cell of every row.
    static let stemScalars = stems.map { Array($0.unicodeScalars) }
    static let separatorScalars = Set("、，,；;。：:".unicodeScalars)

    public static func isHeaderWord(_ raw: String) -> Bool {
        // Standards run to hundreds of characters; a header cell never does.
        if raw.utf8.count > 60 { return false }
        let kept = Array(raw.unicodeScalars.lazy.filter { !PageFurniture.isSpace($0) && $0 != "\"" && $0 != "“" && $0 != "”" })
        guard kept.count >= 2 && kept.count <= 10 else { return false }
        // Not a sentence or a list: a cell holding a separator is data.
        if kept.contains(where: { separatorScalars.contains($0) }) { return false }
        if stemScalars.contains(where: { kept.count >= $0.count && kept[(kept.count - $0.count)...].elementsEqual($0) }) { return true }
        return kept.count <= 4 && words.contains(String(String.UnicodeScalarView(kept)))
    }

    /// A row is a header when most of its non-empty cells are header words.
    public static func isHeaderRow(_ cells: [String]) -> Bool {
        let filled = cells.filter { !$0.isBlank }
        guard filled.count >= 2 else { return false }
        // A data row has long cells: too many of them and it cannot be a header.
        guard filled.filter({ $0.utf8.count <= 60 }).count * 3 >= filled.count * 2 else { return false }
        return filled.filter(isHeaderWord).count * 3 >= filled.count * 2
    }
}

/// Marks of the inline style: responsibility written in the item's own text or on label lines.
enum InlineSignals {
    static func matches(_ line: String) -> Bool {
        let markers = [
            "牵头单位：", "牵头单位:", "责任单位：", "责任单位:", "牵头，", "牵头,", "牵头）", "牵头)",
            "主办，", "负责）", "负责)", "牵头负责的工作", "配合单位：", "配合单位:",
        ]
        return markers.contains { line.contains($0) }
    }
}
