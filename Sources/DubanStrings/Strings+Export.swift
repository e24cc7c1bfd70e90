/// `duban export`: the command's messages, and the words printed in the exported table.
extension Strings {
    public enum Export {
        public static let abstract = "把方案导出为下发格式的表格：Word（.docx）、Excel（.xlsx）、CSV，或 duban.plan/1 JSON"
        public static let toHelp = "导出格式：docx、xlsx、csv、json（省略时按输出文件的扩展名判断）"
        public static let outputHelp = "输出文件"

        public static func unknownFormat(_ name: String) -> String {
            "未知的导出格式“\(name)”，可用：docx、xlsx、csv、json"
        }

        public static func formatNotGiven(_ output: String) -> String {
            "\(output)：无法从扩展名判断导出格式，请用 --to 指定 docx、xlsx、csv 或 json"
        }

        public static func outputIsDirectory(_ output: String) -> String { "\(output)：这是一个目录，请给出输出文件名" }
        public static func cannotWrite(_ output: String) -> String { "\(output)：无法写入输出文件（目录不存在或没有写权限）" }
        public static func cannotBuild(_ output: String) -> String { "\(output)：无法生成导出文件" }

        public static func exported(_ output: String, tasks: Int, attachments: Int) -> String {
            "已导出 \(tasks) 项任务（\(attachments) 个附件）：\(output)"
        }

        // Reading a duban.plan/1 file back as a plan.
        public static func notPlanJSON(_ file: String) -> String { "\(file)：不是有效的 duban.plan/1 JSON 文件" }
        public static func wrongSchema(_ file: String, schema: String) -> String {
            "\(file)：schema 为“\(schema)”，应为“duban.plan/1”"
        }

        // The words of the exported document. The column headers are the ones issued tables use,
        // and the ones the importer recognises, so an exported table reads back as it was.
        public static let columnNumber = "序号"
        public static let columnStandard = "工作标准"
        public static let columnLeaders = "分管领导"
        public static let columnLeadUnits = "牵头单位"
        public static let columnCoopUnits = "配合单位"
        public static let columnDeadline = "完成时限"
        /// Between names in one cell, as issued tables print them.
        public static let nameSeparator = "、"

        public static func mainTitle(year: Int?) -> String {
            (year.map { "\($0)年" } ?? "") + "目标任务责任分解落实方案"
        }

        public static func attachmentMarker(_ number: Int) -> String { "附件\(number)" }

        /// An attachment's marker and title on one line, where the title cannot have a line of its own.
        public static func attachmentHeading(_ number: Int, title: String) -> String {
            title.isEmpty ? "附件\(number)" : "附件\(number)：\(title)"
        }

        /// Sheet name for a plan without attachments (Excel allows 31 characters).
        public static let singleSheetName = "责任分解表"

        /// `一、主要预期目标`.
        public static func sectionHeading(_ number: Int, title: String) -> String {
            "\(numeral(number))、\(title)"
        }

        /// `市政设施：` on the first line of a work-standard cell: a third level of grouping.
        public static func cellSubheading(_ title: String) -> String { "\(title)：" }

        public static func deadline(year: Int, month: Int) -> String { "\(year)年\(month)月" }

        /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (as section numbers are printed).
        public static func numeral(_ number: Int) -> String {
            let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
            guard (1...99).contains(number) else { return String(number) }
            let tens = number / 10
            let ones = number % 10
            let tensText = tens == 0 ? "" : (tens == 1 ? "" : digits[tens]) + "十"
            return tensText + digits[ones]
        }
    }
}
