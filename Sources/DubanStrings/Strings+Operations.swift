/// What the IT person reads from `duban backup`, `duban restore` and `duban account`.
extension Strings {
    public enum Operations {
        public static let backupAbstract = "备份 SQLite 数据库（服务运行中也可执行；佐证材料、审计记录都在库内）"
        public static let restoreAbstract = "用备份文件恢复 SQLite 数据库（请先停止服务；原数据库改名保留）"
        public static let toHelp = "备份文件的路径（不能是已有文件）"
        public static let fromHelp = "要恢复的备份文件"
        public static let backupNeedsSQLite = "duban backup/restore 只用于 SQLite 数据库；PostgreSQL 请用 pg_dump / pg_restore（见 README“Installing for a government”）。"
        public static func targetExists(_ path: String) -> String { "\(path) 已存在，备份不会覆盖已有文件，请换一个路径。" }
        public static func backupMissing(_ path: String) -> String { "找不到备份文件 \(path)" }
        public static func backupBroken(_ problems: Int) -> String { "备份文件的审计记录链有 \(problems) 处不一致，不能作为可靠备份使用。" }
        public static func backedUp(_ path: String, reports: Int, audit: Int) -> String {
            "已备份到 \(path)：\(reports) 份进展报告，\(audit) 条审计记录，审计链完整。"
        }
        public static func restored(reports: Int, audit: Int, kept: String?) -> String {
            "已恢复：\(reports) 份进展报告，\(audit) 条审计记录，审计链完整。" + (kept.map { "原数据库已改名保留为 \($0)。" } ?? "")
        }
        public static let accountAbstract = "在服务器上管理账户：新建系统管理员、重置密码（均记入审计）"
        public static let createAdminAbstract = "新建一个系统管理员账户（密码从 DUBAN_NEW_PASSWORD 或标准输入读取）"
        public static let resetPasswordAbstract = "把账户的密码重置为一次性密码并解除锁定；登录后须改密码"
        public static let usernameHelp = "用户名"
        public static let displayNameHelp = "显示名"
        public static let passwordPrompt = "请输入新管理员的密码（至少10位，含字母和数字）："
        public static let passwordMissing = "没有读到密码：请设置 DUBAN_NEW_PASSWORD 或从标准输入输入。"
        public static func adminCreated(_ username: String) -> String { "已新建系统管理员 \(username)。" }
        public static func accountNotFound(_ username: String) -> String { "没有用户名为 \(username) 的账户。" }
        public static func passwordReset(_ username: String, _ password: String) -> String {
            "已重置 \(username) 的密码并解除锁定。一次性密码：\(password)（只显示这一次；登录后须设置新密码）"
        }
    }
}
