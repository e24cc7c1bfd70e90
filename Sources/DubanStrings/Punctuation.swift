/// How pages join the pieces of a sentence, so that no view writes Chinese punctuation itself.
extension Strings {
    public enum Join {
        /// 标题（3）: a heading with how many it covers.
        public static func counted(_ title: String, _ count: Int) -> String { "\(title)（\(count)）" }
        /// 牵头单位：发改局: a label and what it labels.
        public static func labelled(_ label: String, _ value: String) -> String { "\(label)：\(value)" }
        /// （说明）: a remark in brackets after what it qualifies.
        public static func aside(_ text: String) -> String { "（\(text)）" }
        /// Between the items of a list shown one by one (links): 、
        public static let separator = "、"
    }
}

extension Sequence where Element == String {
    /// Names in a list: 发改局、财政局.
    public func listed() -> String { joined(separator: "、") }
    /// Clauses one after another: 未报；逾期.
    public func inSeries() -> String { joined(separator: "；") }
}
