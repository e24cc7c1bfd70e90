import DubanTestSupport
import Foundation

@testable import DubanDocuments

/// Fixture paths, gold counts and small hand-built Office files for the reader tests.
enum Fixture {
    static let root: URL = RepositoryRoot.url

    static func path(_ relative: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(relative)").path }

    static func read(_ relative: String) throws -> Document { try DocumentReader().read(path: path(relative)) }

    static func data(_ relative: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path(relative))) }

    /// The error a read throws, or nil when it succeeds.
    static func error(_ body: () throws -> Document) -> DocumentError? {
        do {
            _ = try body()
            return nil
        } catch let error as DocumentError {
            return error
        } catch {
            return .unknownFormat("unexpected \(error)")
        }
    }

    struct GoldTask: Decodable {
        var attachment: Int
        var path: [String]
        var label: String
        var text: String
        var leaders: [String]
        var leadUnits: [String]
        var coopUnits: [String]
        var deadline: String?
        var inherited: [String]
    }

    struct GoldPlan: Decodable {
        var government: String
        var tasks: [GoldTask]
    }

    static func gold(_ name: String) throws -> GoldPlan {
        try JSONDecoder().decode(GoldPlan.self, from: data("gold/\(name).gold.json"))
    }
}

extension Document {
    var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }
}

extension Table {
    /// The rows of one column: how many of them are merged from above.
    func mergedFromAbove(column: Int, rows range: Range<Int>? = nil) -> Int {
        (range.map { Array(rows[$0]) } ?? rows).filter { $0.cells[column].merge == .fromAbove }.count
    }
}

/// A minimal zip writer (stored entries), enough to hand-build .docx and .xlsx test files.
enum TestZip {
    static func make(_ entries: [(String, String)]) -> Data {
        make(entries.map { ($0.0, Data($0.1.utf8)) })
    }

    static func make(_ entries: [(String, Data)]) -> Data {
        var out = Data()
        var central = Data()
        for (name, content) in entries {
            let offset = UInt32(out.count)
            let nameBytes = Data(name.utf8)
            let crc = crc32(content)
            var local = Data()
            local.append(le32(0x0403_4B50))
            local.append(le16(20))
            local.append(le16(0))
            local.append(le16(0))
            local.append(le16(0))
            local.append(le16(0x21))
            local.append(le32(crc))
            local.append(le32(UInt32(content.count)))
            local.append(le32(UInt32(content.count)))
            local.append(le16(UInt16(nameBytes.count)))
            local.append(le16(0))
            out.append(local)
            out.append(nameBytes)
            out.append(content)

            central.append(le32(0x0201_4B50))
            central.append(le16(20))
            central.append(le16(20))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le16(0x21))
            central.append(le32(crc))
            central.append(le32(UInt32(content.count)))
            central.append(le32(UInt32(content.count)))
            central.append(le16(UInt16(nameBytes.count)))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le32(0))
            central.append(le32(offset))
            central.append(nameBytes)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32(0x0605_4B50))
        out.append(le16(0))
        out.append(le16(0))
        out.append(le16(UInt16(entries.count)))
        out.append(le16(UInt16(entries.count)))
        out.append(le32(UInt32(central.count)))
        out.append(le32(centralOffset))
        out.append(le16(0))
        return out
    }

    /// Rewrites the uncompressed size the central directory declares for `name`, as a forged
    /// zip bomb would.
    static func forgeDeclaredSize(_ data: Data, entry name: String, size: UInt32) -> Data {
        var bytes = [UInt8](data)
        let nameBytes = [UInt8](name.utf8)
        var index = 0
        while index + 46 < bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x01, bytes[index + 3] == 0x02 {
                let nameLength = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                if nameLength == nameBytes.count, Array(bytes[(index + 46)..<(index + 46 + nameLength)]) == nameBytes {
                    for shift in 0..<4 { bytes[index + 24 + shift] = UInt8((size >> (8 * UInt32(shift))) & 0xFF) }
                }
            }
            index += 1
        }
        return Data(bytes)
    }

    private static func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }

    private static func le32(_ value: UInt32) -> Data {
        Data([UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)])
    }

    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

/// Hand-built Word files: `body` is the inside of `<w:body>`.
enum TestDocx {
    static let namespaces =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#
        + #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#

    static func make(body: String) -> Data {
        TestZip.make([
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("word/document.xml", #"<?xml version="1.0" encoding="UTF-8"?><w:document \#(namespaces)><w:body>\#(body)</w:body></w:document>"#),
        ])
    }

    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

    static func cell(_ text: String, properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraph(text))</w:tc>"
    }

    static func table(grid: Int, rows: [String]) -> String {
        let columns = String(repeating: "<w:gridCol w:w=\"1000\"/>", count: grid)
        return "<w:tbl><w:tblPr/><w:tblGrid>\(columns)</w:tblGrid>" + rows.map { "<w:tr>\($0)</w:tr>" }.joined() + "</w:tbl>"
    }

    static func read(body: String) throws -> Document {
        try DocumentReader().read(data: make(body: body), name: "测试.docx")
    }
}

/// Hand-built Excel files: sheets as (name, sheetData + mergeCells XML).
enum TestXlsx {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func make(
        sheets: [(name: String, xml: String)], sharedStrings: [String]? = nil, styles: String? = nil,
        hidden: Set<String> = [], extraSheetEntries: String = ""
    ) -> Data {
        var workbookSheets = ""
        var rels = ""
        var parts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            let state = hidden.contains(sheet.name) ? #" state="hidden""# : ""
            workbookSheets += #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)"\#(state) r:id="rId\#(index + 1)"/>"#
            rels += #"<Relationship Id="rId\#(index + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
            parts.append(
                (
                    "xl/worksheets/sheet\(index + 1).xml",
                    #"<?xml version="1.0"?><worksheet xmlns="\#(main)">\#(sheet.xml)</worksheet>"#
                ))
        }
        rels += #"<Relationship Id="rIdS" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
        rels += #"<Relationship Id="rIdT" Type="\#(relationships)/styles" Target="/xl/styles.xml"/>"#
        parts.append(
            (
                "xl/workbook.xml",
                #"<?xml version="1.0"?><workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>\#(workbookSheets)\#(extraSheetEntries)</sheets></workbook>"#
            ))
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(rels)</Relationships>"#
            ))
        if let sharedStrings {
            parts.append(("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="\#(main)">\#(sharedStrings.joined())</sst>"#))
        }
        if let styles {
            parts.append(("xl/styles.xml", #"<?xml version="1.0"?><styleSheet xmlns="\#(main)">\#(styles)</styleSheet>"#))
        }
        return TestZip.make(parts)
    }

    static func read(_ data: Data) throws -> Document {
        try DocumentReader().read(data: data, name: "测试.xlsx")
    }
}
