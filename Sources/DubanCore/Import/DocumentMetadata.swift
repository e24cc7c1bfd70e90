import DubanDocuments
import DubanStrings

/// The issuing government and the year, read from the document's own lines: the issuing-body
/// line, the title, the date. Never invented: what is only inferred is said so.
struct DocumentMetadata {
    var government: String?
    var year: Int?
    var warnings: [ImportWarning] = []

    init(paragraphs: [Paragraph]) {
        let texts = paragraphs.map { (NameText.removingWhitespace($0.text), $0.location) }
        for (text, _) in texts where text.count <= 24 && !text.contains("《") {
            if let range = text.range(of: "人民政府", options: .backwards), text[range.upperBound...].allSatisfy({ "办公室".contains($0) }) {
                government = String(text[..<range.upperBound])
                break
            }
        }
        for (text, _) in texts where year == nil {
            if let match = Deadline.firstMatch(#"(\d{4})年.{0,2}《?政府工作报告"#, in: text) ?? Deadline.firstMatch(#"(\d{4})年.{0,12}(责任分解|目标任务|民生实事)"#, in: text) {
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
}
