/// The command line's help texts and messages.
extension Strings {
    public enum CLI {
        public static let abstract = "督办：读取政府工作报告责任分解方案，跟踪督办全过程"
        public static let importAbstract = "读取方案文件（文本、Word、Excel、CSV），输出结构化方案"
        public static let indicatorsAbstract = "从标准输入逐行读取工作标准，每行输出一条 JSON：类型与指标"
        public static let quantitiesAbstract = "从标准输入逐行读取文字，每行输出一条 JSON：识别出的数量"
        public static let unitsAbstract = "列出方案中的单位与领导：一单位一清单、一领导一清单"
        public static let lintAbstract = "检查方案中的矛盾与缺漏（有错误时退出码为 1）"
        public static let fileHelp = "方案文件：.txt .docx .xlsx .csv .tsv .md"
        public static let jsonHelp = "以 duban.plan/1 JSON 输出"
        public static let formatHelp = "强制指定格式：lines、tabs、pipes、inline、docx、xlsx、csv、tsv"
        public static let governmentHelp = "发文政府（文档未写明时使用）"
        public static let yearHelp = "方案年度（文档未写明时使用）"
        public static func badYear(_ year: Int) -> String { "年度 \(year) 不合理" }
    }
}
