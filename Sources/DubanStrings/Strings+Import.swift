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

        public static func deadlineUnclear(_ text: String) -> String { "完成时限“\(text)”无法换算为年月，请确认" }

        public static func noHeader(table: Int) -> String { "表\(table)没有可识别的表头（如“工作标准”“牵头单位”），已跳过" }

        public static func noStandardColumn(table: Int) -> String { "表\(table)没有工作标准列，已跳过" }

        public static func noTasks(_ file: String) -> String {
            "\(file)：没有找到方案表格（没有识别出任何工作标准）"
        }

        public static func labelLines(_ label: String) -> String { "“\(label)”标签行没有对应的事项" }
    }
}
