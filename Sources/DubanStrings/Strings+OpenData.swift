/// Column heads and calendar entries of the open data.
extension Strings {
    public enum OpenData {
        public static let label = "序号"
        public static let section = "部分"
        public static let text = "工作标准"
        public static let leaders = "分管领导"
        public static let leadUnits = "牵头单位"
        public static let coopUnits = "配合单位"
        public static let deadline = "完成时限"
        public static let light = "状态"
        public static let expected = "应完成（%）"
        public static let actual = "实际完成（%）"
        public static let reasons = "说明"
        public static let calendarName = "督办日历"
        public static func reportDue(_ period: String) -> String { "报送\(period)进展" }
        public static let reportDueBody = "请登录督办系统报送本期工作进展。"
        public static func taskDeadline(_ label: String) -> String { "任务\(label)完成时限" }
        public static let openData = "公开数据"
    }
}
