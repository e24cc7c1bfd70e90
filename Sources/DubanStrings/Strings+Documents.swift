/// Errors while reading a file: one line each, naming the file and the problem.
extension Strings {
    public enum Documents {
        public static func missing(_ file: String) -> String { "\(file)：文件不存在或无法读取" }
        public static func isDirectory(_ file: String) -> String { "\(file)：这是一个目录，不是文件" }
        public static func empty(_ file: String) -> String { "\(file)：文件是空的" }
        public static func tooLarge(_ file: String, limitMB: Int) -> String {
            "\(file)：文件超过 \(limitMB) MB 的大小上限"
        }
        public static func binary(_ file: String) -> String { "\(file)：不是文本文件，也不是可识别的 Word 或 Excel 文档" }
        public static func unknownEncoding(_ file: String) -> String {
            "\(file)：无法识别文字编码（支持 UTF-8、UTF-16 和 GB18030/GBK）"
        }
        public static func notZip(_ file: String, kind: String) -> String { "\(file)：不是有效的 \(kind) 文件（文件已损坏或扩展名不符）" }
        public static func truncated(_ file: String, kind: String) -> String { "\(file)：\(kind) 文件不完整或已损坏" }
        public static func missingPart(_ file: String, part: String) -> String { "\(file)：文档缺少必要部分 \(part)" }
        public static func tooManyRows(_ file: String, limitRows: Int) -> String {
            "\(file)：工作表超过\(limitRows)行，已拒收。请按单位分别下载、上传填报表。"
        }
        public static func badXML(_ file: String, part: String) -> String { "\(file)：文档内容 \(part) 无法解析" }
        public static func noTable(_ file: String) -> String { "\(file)：文档中没有找到表格" }
        public static func unclosedQuote(_ file: String, line: Int) -> String {
            "\(file)：第\(line)行：引号没有闭合（从这里开始的带引号字段直到文件末尾都没有结束）"
        }
        public static func tableTooLarge(_ file: String, limitCells: Int) -> String {
            "\(file)：表格超过 \(limitCells) 个单元格的上限，文件可能已损坏"
        }
        public static func unknownFormat(_ format: String) -> String {
            "未知的格式“\(format)”，可用：lines、tabs、pipes、inline、docx、xlsx、csv、tsv、json"
        }
    }
}
