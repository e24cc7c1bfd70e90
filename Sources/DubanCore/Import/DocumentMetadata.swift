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
                ?? Deadline.firstMatch(#"(\d{4})年.{0,16}(责任分解|目标任务|民生实事|重点工作|重点任务|工作要点|部门分工|任务分工)"#, in: text)
            {
                year = Int(match[0])
            }
        }
        if year == nil {
            // The date the document was signed or issued, its number (咸政发〔2022〕4号), a page's date.
            let patterns = [
                #"^[(（]?(\d{4})年\d{1,2}月\d{1,2}日[)）]?$"#, #"〔(\d{4})〕\d+号"#, #"\[(\d{4})\]\d+号"#,
                #"^(?:时间|日期|发布日期|成文日期)?[:：]?(\d{4})-\d{2}-\d{2}"#, #"^\d{2}\.\d{2}\.(\d{4})"#,
            ]
            search: for pattern in patterns {
                for (text, _) in texts where text.count <= 60 {
                    if let match = Deadline.firstMatch(pattern, in: text), let found = Int(match[0]), (1949...2200).contains(found) {
                        year = found
                        break search
                    }
                }
            }
        }
        if year == nil, let (found, location) = Self.mostMentionedYear(texts) {
            year = found
            warnings.append(ImportWarning(.inferredYear, Strings.Import.inferredYear(found), at: location))
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

    /// The year the text names most often (`2022年10月底前…`): a guess, said so.
    static func mostMentionedYear(_ texts: [(String, SourceLocation)]) -> (Int, SourceLocation)? {
        var counts: [Int: (count: Int, first: SourceLocation)] = [:]
        for (text, location) in texts where text.contains(Character("年")) {
            let scalars = Array(text.unicodeScalars)
            for index in scalars.indices.dropFirst(4) where scalars[index] == "年" {
                let digits = scalars[(index - 4)..<index]
                guard digits.allSatisfy({ ("0"..."9").contains($0) }), index < 5 || !("0"..."9").contains(scalars[index - 5]),
                    let value = Int(String(String.UnicodeScalarView(digits))), (1990...2100).contains(value)
                else { continue }
                counts[value, default: (0, location)].count += 1
            }
        }
        guard let best = counts.max(by: { $0.value.count < $1.value.count }) else { return nil }
        return (best.key, best.value.first)
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
