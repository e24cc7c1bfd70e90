import DubanDocuments
import DubanStrings

/// The issuing government and the year, read from the document's own lines: the signature
/// (`广东省人民政府`), the title (`咸阳市人民政府关于…`), the date. Never invented and never a web
/// site's name: what is only inferred is said so, and a document that names no one gives nil.
struct DocumentMetadata {
    var government: String?
    var year: Int?
    var warnings: [ImportWarning] = []

    init(paragraphs: [Paragraph]) {
        let texts = paragraphs.map { (NameText.removingWhitespace($0.text), $0.location) }
        government = Self.issuingBody(texts.map(\.0))
        for (text, _) in texts where year == nil && text.contains("年") {
            if let match = Deadline.firstMatch(#"(\d{4})年.{0,2}《?政府工作报告"#, in: text)
                ?? Deadline.firstMatch(#"(\d{4})年.{0,16}(责任分解|目标任务|民生实事|重点工作|重点任务|工作要点|部门分工|任务分工)"#, in: text) {
                year = Int(match[0])
            }
        }
        if year == nil {
            for (text, _) in texts {
                if let match = Deadline.firstMatch(#"^(\d{4})年\d{1,2}月\d{1,2}日$"#, in: text) {
                    year = Int(match[0])
                    break
                }
            }
        }
        if government == nil {
            for (text, location) in texts where text.contains("政府工作报告") || text.contains("责任分解") || text.contains("民生实事") {
                if let match = Deadline.firstMatch(#"^([\p{Han}]{2,12}?[省市区县旗])(\d{4})年"#, in: text) {
                    let name = match[0] + "人民政府"
                    government = name
                    warnings.append(ImportWarning(.inferredGovernment, Strings.Import.inferredGovernment(name, from: text), at: location))
                    break
                }
            }
        }
        let place = paragraphs.first?.location ?? SourceLocation()
        if government == nil { warnings.append(ImportWarning(.missingGovernment, Strings.Import.missingGovernment, at: place)) }
        if year == nil { warnings.append(ImportWarning(.missingYear, Strings.Import.missingYear, at: place)) }
    }

    /// The body that issued the document: a signature line, or the subject of the title
    /// (`X关于印发…`), its office (办公室, 办公厅) folded into the government. A name with a place
    /// (`蔡甸区人民政府`) wins over a bare one (`区人民政府`).
    static func issuingBody(_ texts: [String]) -> String? {
        var found: [String] = []
        for text in texts where text.count <= 60 && (text.contains("人民政府") || text.contains("国务院")) {
            if let match = Deadline.firstMatch(#"^([\p{Han}]{1,16}?人民政府|国务院)(办公室|办公厅)?$"#, in: text) {
                found.append(match[0])
            } else if let match = Deadline.firstMatch(#"^([\p{Han}]{1,16}?人民政府|国务院)(办公室|办公厅)?关于"#, in: text) {
                found.append(match[0])
            }
        }
        let bare: Set<String> = ["人民政府", "区人民政府", "市人民政府", "县人民政府", "省人民政府", "镇人民政府", "乡人民政府"]
        return found.first { !bare.contains($0) } ?? found.first
    }
}
