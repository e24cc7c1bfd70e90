/// The readable summary that `duban import` prints without `--json`.
extension Strings {
    public enum Summary {
        public static func heading(government: String?, year: Int?, tasks: Int) -> String {
            let who = government ?? "（发文机关未知）"
            let when = year.map { "\($0)年" } ?? "（年度未知）"
            return "\(who) \(when)：共 \(tasks) 项任务"
        }

        public static func attachment(_ number: Int, title: String, count: Int) -> String {
            title.isEmpty ? "附件\(number)：\(count) 项" : "附件\(number)（\(title)）：\(count) 项"
        }

        public static func section(_ name: String, count: Int) -> String { "  \(name)：\(count) 项" }
        public static let noSection = "（未分组）"
        public static let unitsHeading = "单位（牵头 / 配合 任务数）："
        public static func unit(_ name: String, lead: Int, coop: Int) -> String { "  \(name)：牵头 \(lead)，配合 \(coop)" }
        public static let leadersHeading = "分管领导（任务数）："
        public static func leader(_ name: String, count: Int) -> String { "  \(name)：\(count)" }
        public static func warningsHeading(_ count: Int) -> String {
            count == 0 ? "提示：无" : "需要人工确认的推断（\(count) 条）："
        }
    }
}
