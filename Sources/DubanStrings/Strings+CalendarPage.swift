extension Strings {
    /// 节假日安排: the working-day calendar's page.
    public enum CalendarPage {
        public static let navigation = "节假日"
        public static func title(_ year: Int) -> String { "\(year)年节假日安排" }
        public static let intro = "按“工作日”计算的期限（催办回复、通报反馈等）都以此为准：法定节假日不算，调休上班日算。默认采用国务院办公厅每年发布的通知；市级管理员可补充以后年份或本地调整。"
        public static let years = "年份"
        public static func year(_ year: Int) -> String { "\(year)年" }
        public static func noNotice(_ year: Int) -> String { "\(year)年没有节假日安排：除周六、周日外都按工作日计算。通知发布后，请市级管理员逐日补充。" }
        public static let day = "日期"
        public static let kind = "安排"
        public static let reason = "依据"
        public static let actions = "操作"
        public static let workday = "上班"
        public static let dayOff = "放假"
        public static func local(_ note: String) -> String { "本地设置：\(note)" }
        public static let remove = "撤销"
        public static func removeLabel(_ day: String) -> String { "撤销\(day)的本地设置" }
        public static let addTitle = "补充或调整一天"
        public static let save = "保存"
        public static func weekday(_ isoWeekday: Int) -> String {
            ["（周一）", "（周二）", "（周三）", "（周四）", "（周五）", "（周六）", "（周日）"][max(1, min(7, isoWeekday)) - 1]
        }
    }
}
