/// The command line's help texts and messages.
extension Strings {
    public enum CLI {
        public static let hostHelp = "监听地址"
        public static let portHelp = "端口"
        public static let abstract = "督办：读取政府工作报告责任分解方案，跟踪督办全过程"
        public static let importAbstract = "读取方案文件（文本、Word、Excel、CSV），输出结构化方案"
        public static let indicatorsAbstract = "从标准输入逐行读取工作标准，每行输出一条 JSON：类型与指标"
        public static let quantitiesAbstract = "从标准输入逐行读取文字，每行输出一条 JSON：识别出的数量"
        public static let unitsAbstract = "列出方案中的单位与领导：一单位一清单、一领导一清单"
        public static let lintAbstract = "检查方案中的矛盾与缺漏（有错误时退出码为 1）"
        public static let linksAbstract = "对照上级方案：列出下达本级的任务、本级方案中承接它们的任务（附理由）和尚未承接的任务"
        public static let linksParentHelp = "上级政府的方案文件（如市政府责任分解方案）"
        public static let linksChildHelp = "本级政府的方案文件（如区政府责任分解方案）"
        public static let linksChildNameHelp = "本级政府名称（默认取本级方案的发文机关，如 钟楼区人民政府）"
        public static let linksJSONHelp = "以 JSON 输出（passedDown、proposals、unlinked）"
        public static let linksChildNameMissing = "无法从本级方案读出政府名称，请用 --child-name 指定（如 钟楼区）"
        public static func linksHeading(child: String, passedDown: Int, proposals: Int) -> String {
            "上级方案下达\(child)的任务 \(passedDown) 项，本级方案中建议对应 \(proposals) 项："
        }
        public static func linksProposal(child: String, parent: String, reason: String) -> String {
            "  \(child)\n    → \(parent)（\(reason)）"
        }
        public static func linksByMeasure(_ measures: [String]) -> String { "同一指标：" + measures.joined(separator: "、") }
        public static func linksByText(_ percent: Int) -> String { "表述相近：\(percent)%" }
        public static func linksUnlinkedHeading(_ count: Int) -> String { "尚无本级任务承接的下达任务 \(count) 项，请纳入本级方案：" }
        public static let serveAbstract = "启动督办网站与 JSON 接口"
        public static let migrateAbstract = "创建或升级数据库结构"
        public static let auditAbstract = "审计记录"
        public static let auditVerifyAbstract = "校验审计链：发现被改动或删除的记录时退出码为 1"
        public static let demoHelp = "载入两份示例方案、各角色账户和数月的模拟进展"
        public static let dbHelp = "SQLite 数据库文件（默认 duban.sqlite；设置 DATABASE_URL 时使用 PostgreSQL）"
        public static let demoAccountsHeading = "演示账户（用户名 / 密码 / 角色 / 所属）："
        public static func demoAccount(_ username: String, _ password: String, role: String, who: String) -> String {
            "  \(username)  \(password)  \(Strings.Pages.roleName(role))  \(who)"
        }
        public static func listening(host: String, port: Int, database: String) -> String {
            "督办已启动：http://\(host):\(port)  数据库：\(database)"
        }
        public static func migrated(_ database: String) -> String { "数据库结构已是最新：\(database)" }
        public static func auditIntact(_ count: Int) -> String { "审计链完整：共 \(count) 条记录" }
        public static let auditExpectHelp = "此前用 duban audit head 登记的 序号:哈希；该记录须仍在且未变（可发现末尾被删除的记录）"
        public static let auditHeadAbstract = "打印审计链的末条记录（序号:哈希），供在数据库之外登记"
        public static func auditHeadCount(_ count: Int) -> String { "审计链共 \(count) 条记录；请把上一行登记在数据库之外（如纸质台账或另一台机器）" }
        public static func auditBroken(_ count: Int, problems: Int) -> String { "审计链已被破坏：共 \(count) 条记录，发现 \(problems) 处问题" }
        public static let samplesMissing = "找不到示例方案目录 Samples/，请在项目根目录运行或设置 DUBAN_SAMPLES"
        public static let fileHelp = "方案文件：.txt .docx .xlsx .csv .tsv .md，或 duban.plan/1 的 .json"
        public static let jsonHelp = "以 duban.plan/1 JSON 输出"
        public static let formatHelp = "强制指定格式：lines、tabs、pipes、inline、docx、xlsx、csv、tsv、json"
        public static let governmentHelp = "发文政府（文档未写明时使用）"
        public static let yearHelp = "方案年度（文档未写明时使用）"
        public static let columnsHelp =
            "表格各列的含义，逗号分隔：number（序号）、goal（目标名称）、standard（工作标准）、leader（分管领导）、lead（牵头单位）、coop（配合单位）、responsible（责任单位，第一个为牵头）、deadline（完成时限）、ignore（不导入）"
        public static func badColumns(_ text: String) -> String {
            "--columns “\(text)”无效：每一列须是 number、goal、standard、leader、lead、coop、responsible、deadline、ignore 之一，且至少有一列 standard"
        }
        public static func badYear(_ year: Int) -> String { "年度 \(year) 不合理" }
        public static let benchSeedAbstract = "生成压测数据（仅用于基准测试）"
        public static let benchTokensHelp = "写出 API 令牌的 JSON 文件"
        public static let benchOneParentHelp = "第一个政府作为其余所有政府的上级（用于测量上级查看各下级报送负担）"
        public static func benchSeeded(governments: Int, tasks: Int, months: Int, tokens: Int, file: String) -> String {
            "\(governments) × \(tasks) × \(months)：已写入 \(tokens) 个令牌到 \(file)"
        }
    }
}
