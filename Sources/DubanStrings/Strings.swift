/// The zh-CN catalogue: every sentence a user reads comes from here, grouped by area in the
/// `Strings+*.swift` files, so wording is reviewed in one module and never scattered.
public enum Strings {
    public static func location(line: Int?, sheet: String?, table: Int?, row: Int?, column: Int?) -> String {
        var parts: [String] = []
        if let sheet { parts.append("工作表“\(sheet)”") }
        if let table { parts.append("表\(table)") }
        if let line { parts.append("第\(line)行") }
        if let row {
            parts.append(column.map { "第\(row)行第\($0)列" } ?? "第\(row)行")
        } else if let column {
            parts.append("第\(column)列")
        }
        return parts.isEmpty ? "文档" : parts.joined(separator: " ")
    }
}
