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
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
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
            ("[Content_Types].xml", contentTypes([
                ("/word/document.xml", "\(main).document.main+xml"),
                ("/word/styles.xml", "\(main).styles+xml"),
            ])),
            ("_rels/.rels", relationships([("rId1", officeDocumentType, "word/document.xml")])),
            ("word/_rels/document.xml.rels", relationships([("rId1", relationshipBase + "styles", "styles.xml")])),
            ("word/styles.xml", styles),
            ("word/document.xml", document),
        ])
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
