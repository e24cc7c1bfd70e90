/// Messages of the quantity and indicator commands.
extension Strings {
    public enum Indicators {
        public static let inputNotText = "标准输入不是 UTF-8 文本，无法读取"
        public static let numeralsHelp = "同时列出百分数、金额、度量中的数字本身（如“百分之五”中的 5）"
        public static let documentHelp = "以一个完整的 duban.indicators/1 JSON 文档输出，而不是逐行输出"
    }
}
