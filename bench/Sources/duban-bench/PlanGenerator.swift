import Foundation
import ZIPFoundation

/// Plausible plans of any size, built from the phrasing of the samples: sections of 20 rows,
/// a leader and coop cell merged down each section, lead units varying.
enum PlanGenerator {
    static let standards = [
        "地区生产总值增长6.5%左右。", "新认定高新技术企业100家、科技型中小企业250家。",
        "完成37个老旧小区改造任务，加装电梯20台以上。", "深化国企改革，完善组织架构、治理模式和主营方向。",
        "新增城镇就业1.3万人，城镇登记失业率控制在3%以内。", "建成投用区公卫中心，新增学位4770个。",
    ]
    static let leads = ["发改局", "财政局", "科技局", "住建局", "人社局", "教育局", "卫健局", "商务局"]
    static let leaders = ["张凯奇", "方  力", "李  军", "吴小红", "周爱娟"]

    static func tabText(rows: Int) -> String {
        var out = "附件1\n\n常州市某区2022年政府工作报告责任分解落实方案\n\n"
        for row in 0..<rows {
            if row % 20 == 0 {
                out += "\n\(row / 20 + 1)、第\(row / 20 + 1)组目标\n\n\t序号\n\t目标名称\n\t工作标准\n\t牵头领导\n\t牵头单位\n\t配合单位\n\n"
                out +=
                    "\t1\n\t目标\(row / 20 + 1)\n\t\(standards[row % standards.count])（第\(row)项）\n\t\(leaders[row / 20 % leaders.count])\n\t\(leads[row % leads.count])\n\t开发区、郑陆镇、各街道、\n\n区各有关部门\n\n"
            } else {
                out += "\t\n\t\n\t\(standards[row % standards.count])（第\(row)项）\n\t\n\t\(row % 3 == 0 ? "" : leads[row % leads.count])\n\t\n\n"
            }
        }
        return out
    }

    static func docx(rows: Int) throws -> Data {
        var body = "<w:p><w:r><w:t>附件1</w:t></w:r></w:p><w:tbl>"
        body += row(["序号", "目标名称", "工作标准", "牵头领导", "牵头单位", "配合单位"])
        for index in 0..<rows {
            let first = index % 20 == 0
            body += "<w:tr>"
            body += cell(first ? "\(index / 20 + 1)" : "", merge: first ? "restart" : "continue")
            body += cell(first ? "目标\(index / 20 + 1)" : "", merge: first ? "restart" : "continue")
            body += cell("\(standards[index % standards.count])（第\(index)项）")
            body += cell(first ? leaders[index / 20 % leaders.count] : "", merge: first ? "restart" : "continue")
            body += cell(leads[index % leads.count])
            body += cell(first ? "开发区、郑陆镇、各街道" : "", merge: first ? "restart" : "continue")
            body += "</w:tr>"
        }
        body += "</w:tbl>"
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let types = """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, text) in [("[Content_Types].xml", types), ("word/document.xml", document)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    private static func row(_ cells: [String]) -> String { "<w:tr>" + cells.map { cell($0) }.joined() + "</w:tr>" }

    private static func cell(_ text: String, merge: String? = nil) -> String {
        let props = merge.map { $0 == "restart" ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" : "<w:tcPr><w:vMerge/></w:tcPr>" } ?? ""
        return "<w:tc>\(props)<w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }
}
