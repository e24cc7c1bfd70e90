/// The web server's messages (errors, login) — page texts are in Strings+Pages.swift.
extension Strings {
    public enum Web {
        public static let calendarDayUnreadable = "日期无法识别：请写成 2025-02-08 的形式"
        public static let calendarDayKindMissing = "请说明这一天是上班还是放假"
        public static func calendarDayMissing(_ text: String) -> String { "日历上没有 \(text) 这一天" }
        public static let loginRequired = "请先登录"
        public static let csrfFailed = "表单已过期或来源不明，请刷新页面后重试"
        public static let badCredentials = "用户名或密码错误"
        public static func locked(minutes: Int) -> String { "连续登录失败次数过多，账户已锁定，请 \(minutes) 分钟后再试" }
        public static let inactive = "账户已停用"
        public static let passwordTooShort = "密码至少 10 位"
        public static let passwordNeedsMix = "密码须同时包含字母和数字"
        public static let passwordContainsUsername = "密码不能包含用户名"
        public static let usernameTaken = "用户名已被使用"
        public static let cannotGrantAdmin = "只有系统管理员可以创建系统管理员账户"
        public static let otherGovernmentAccount = "只能为本级政府创建账户"
        public static let unitNotInGovernment = "所选单位不属于该账户所在的政府"
        public static let leaderNotInGovernment = "所选领导不属于该账户所在的政府"
        public static let badRequest = "请求格式不正确"
        public static func missingField(_ name: String) -> String { "缺少字段：\(name)" }
        public static let notFound = "页面不存在"
        public static let tooLarge = "上传内容超过大小上限"
        public static let serverError = "服务器内部错误，请稍后重试"
        public static let badID = "编号格式不正确"
        public static let uploadMissing = "请选择要上传的文件"
        public static let governmentRequired = "请选择政府"
        public static let moveNeedsTarget = "请指明上移、下移或移到哪个栏目"
        public static let healthy = "正常"
    }
}
