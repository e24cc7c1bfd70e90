/// What the importer says about what it inferred rather than read.
extension Strings {
    public enum Import {
        public static func fieldName(_ field: String) -> String {
            switch field {
            case "leaders": "分管领导"
            case "leadUnits": "牵头单位"
            case "coopUnits": "配合单位"
            case "deadline": "完成时限"
            default: field
            }
        }

        public static func inherited(_ field: String, value: String, merged: Bool) -> String {
            merged
                ? "\(fieldName(field))为空（合并单元格），沿用上一行的“\(value)”"
                : "本行未列出\(fieldName(field))，按上一行推断为“\(value)”，请确认"
        }

        public static func singleUnitCell(_ unit: String) -> String {
            "只有一格单位“\(unit)”，按位置视为牵头单位，配合单位沿用上一行，请确认"
        }

        public static func manyUnitCells(lead: String, count: Int) -> String {
            "列出\(count)格单位，按位置第一格“\(lead)”为牵头单位、其余为配合单位，请确认"
        }

        public static func unitsWithoutColumn(_ units: String) -> String {
            "表头没有牵头单位列，但本行列出了“\(units)”，已作为牵头单位，请确认"
        }

        public static func joinedName(_ name: String) -> String { "单位名称跨行，已合并为“\(name)”" }

        public static func splitRunTogether(_ name: String, parts: [String]) -> String {
            "“\(name)”中间没有分隔符，已拆分为“\(parts.joined(separator: "”“"))”"
        }

        public static func unplacedLine(_ line: String) -> String { "这一行无法归入任何一列，已忽略：“\(line)”" }

        public static func continuationLine(_ line: String) -> String {
            "这一行没有序号，已接在上一条工作标准之后：“\(line.prefix(20))…”"
        }

        public static func inferredGovernment(_ name: String, from title: String) -> String {
            "文档没有写明发文机关，根据标题“\(title)”推断为“\(name)”，请确认"
        }

        public static let missingGovernment = "文档没有写明发文机关，请用 --government 指定"
        public static let missingYear = "文档没有写明年度，请用 --year 指定"
        public static func inferredYear(_ year: Int) -> String { "文档没有写明年度，按正文中最常出现的年份推断为\(year)年，请确认" }

        public static func deadlineUnclear(_ text: String) -> String { "完成时限“\(text)”无法换算为年月，请确认" }

        public static func noHeader(table: Int) -> String { "表\(table)没有可识别的表头（如“工作标准”“牵头单位”），已跳过" }

        public static func noStandardColumn(table: Int) -> String { "表\(table)没有工作标准列，已跳过" }

        public static func noTasks(_ file: String) -> String {
            "\(file)：没有找到方案表格（没有识别出任何工作标准）"
        }

        public static func labelLines(_ label: String) -> String { "“\(label)”标签行没有对应的事项" }

        public static func truncatedLast(_ task: String) -> String {
            "文件在“\(task)”处结束，这一项可能不完整（单位名称可能被截断），请对照原件核对"
        }

        public static func splitCells(_ cells: [String]) -> String {
            "这一行的单元格连在一起，已按本文件其他地方出现的名称拆出“\(cells.joined(separator: "”“"))”，请确认"
        }

        public static let noResponsibility = "这一项没有写明责任单位或分管领导，请补充"
        public static let coopWithoutLead = "这一项只列出配合单位，没有牵头单位，请确认"

        public static func statedRule(_ rule: String) -> String {
            "文件写明“\(rule)”：未分牵头、配合的责任单位，已按排在第一位的为牵头单位读取"
        }

        public static func firstListedLeads(_ count: Int) -> String {
            "\(count)项的责任单位未分牵头、配合，已按通常读法（排在第一位的为牵头单位）读取，请确认"
        }

        public static func doubtfulName(_ name: String) -> String {
            "“\(name)”不像完整的单位名称，文件其他地方也没有出现，请核对"
        }

        public static func reading(_ chosen: String, tasks: Int, other: String, otherTasks: Int) -> String {
            "按\(chosen)读取，读出\(tasks)项有责任信息的任务；按\(other)只能读出\(otherTasks)项"
        }

        public static func layoutName(_ format: String) -> String {
            switch format {
            case "lines": "逐行单元格（每个单元格一行）"
            case "inline": "条目式（序号条目加责任单位）"
            case "tabs": "制表符表格"
            case "pipes": "竖线表格"
            case "csv", "tsv": "分隔符表格"
            default: format
            }
        }

        public static func inheritedRun(_ field: String, value: String, first: String, last: String, count: Int) -> String {
            "\(first)至\(last)共\(count)项未列出\(fieldName(field))，均按上一行推断为“\(value)”，请确认"
        }
    }
}

extension Strings {
    /// The import page's step for naming a table's columns.
    public enum Columns {
        public static let title = "确认各列的含义"
        public static let noHeader = "这张表格没有表头，系统无法判断每一列是什么。请看下面的前几行，为每一列选择含义。"
        public static let unknownColumns = "表头中有系统不认识的列，或者找不到工作标准、责任单位列。请核对系统的判断，为每一列选择含义。"
        public static let remembered = "已按本单位上次对同样表头的设置预先选好，请核对。"
        public static let remember = "记住这个设置，明年导入同样表头的表格时直接使用"
        public static let submit = "按此设置导入"
        public static func column(_ number: Int) -> String { "第\(number)列" }
        public static let needStandard = "请至少指定一列为“工作标准”"
        public static let firstRows = "表格的前几行"
        public static func example(_ values: [String]) -> String { values.isEmpty ? "（这一列是空的）" : "例：" + values.joined(separator: "、") }
        public static let fileExpired = "上传的文件没有随表单一起提交，请重新选择文件"

        public static func roleName(_ role: String) -> String {
            switch role {
            case "number": "序号"
            case "goal": "目标名称（分组）"
            case "standard": "工作标准"
            case "leader": "分管领导"
            case "lead": "牵头单位"
            case "coop": "配合单位"
            case "responsible": "责任单位（第一个为牵头）"
            case "deadline": "完成时限"
            default: "不导入"
            }
        }
    }
}
