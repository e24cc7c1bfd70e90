/// Titles and bodies of in-app notifications and webhook messages.
extension Strings {
    public enum Notify {
        public static func planPublished(_ title: String) -> String { "方案已发布：\(title)" }
        public static func bulletinPublished(_ title: String) -> String { "已发布：\(title)，请登录查看。" }
        public static let planPublishedBody = "请登录查看本单位的任务清单并签收。"
        public static func reportSubmitted(_ label: String) -> String { "收到进展报告：\(label)" }
        public static func reportAccepted(_ label: String) -> String { "报告已通过审核：\(label)" }
        public static func reportReturned(_ label: String) -> String { "报告被退回：\(label)" }
        public static func urged(_ label: String) -> String { "催办：\(label)" }
        public static func urgingAnswered(_ label: String) -> String { "催办已回复：\(label)" }
        public static func escalated(_ label: String) -> String { "督办单：\(label)" }
        public static func instructed(_ label: String) -> String { "领导批示：\(label)" }
        public static func closed(_ label: String) -> String { "任务已办结：\(label)" }
        public static func amended(_ label: String) -> String { "目标调整：\(label)" }
        public static func reminder(_ period: String, days: Int) -> String { "\(period)进展报告还有 \(days) 天截止" }
    }
}
