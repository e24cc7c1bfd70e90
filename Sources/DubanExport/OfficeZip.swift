import Foundation
import ZIPFoundation

/// An Office file is a zip of XML parts. Built in memory, parts in the order given (the content
/// types first, as Office writes them), with a fixed date so the same plan gives the same bytes.
enum OfficeZip {
    /// 1980-01-01, the earliest date a zip entry can hold.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    static func archive(_ parts: [(path: String, xml: String)]) throws -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: fixedDate, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw ExportError.cannotPackage("no data") }
            return data
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError.cannotPackage(String(describing: error))
        }
    }

    /// A Word file of one document part and its styles: all a plan or a bulletin needs.
    static func wordDocument(_ document: String, styles: String) throws -> Data {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return try archive([
            (
                "[Content_Types].xml",
                contentTypes([
                    ("/word/document.xml", "\(main).document.main+xml"),
                    ("/word/styles.xml", "\(main).styles+xml"),
                ])
            ),
            ("_rels/.rels", relationships([("rId1", officeDocumentType, "word/document.xml")])),
            ("word/_rels/document.xml.rels", relationships([("rId1", relationshipBase + "styles", "styles.xml")])),
            ("word/styles.xml", styles),
            ("word/document.xml", document),
        ])
    }

    /// Times New Roman for Latin and `chineseFont` for Chinese, 10.5 pt (五号), single spacing,
    /// tables with Word's usual cell margins: the defaults every document here starts from.
    static func wordStyles(chineseFont: String) -> String {
        xmlHeader + """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" \
            w:eastAsia="\(chineseFont)" w:cs="Times New Roman"/><w:sz w:val="21"/><w:szCs w:val="21"/>\
            <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
            <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>\
            </w:tblCellMar></w:tblPr></w:style></w:styles>
            """
    }

    static let relationshipsType = "application/vnd.openxmlformats-package.relationships+xml"
    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        var xml = xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"\(relationshipsType)\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for item in overrides {
            xml += "<Override PartName=\"\(item.part)\" ContentType=\"\(item.type)\"/>"
        }
        return xml + "</Types>"
    }

    static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        var xml = xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for item in items {
            xml += "<Relationship Id=\"\(item.id)\" Type=\"\(item.type)\" Target=\"\(XmlText.escape(item.target))\"/>"
        }
        return xml + "</Relationships>"
    }

    static let officeDocumentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
}
