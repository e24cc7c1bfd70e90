import Foundation
import Testing

@testable import DubanDocuments

/// Files that are not what they claim, damaged, empty or hostile: each gives the
/// `DocumentError` a user can act on, and none crashes or hangs.
@Suite struct BadInputTests {
    static let word = "Word（.docx）"
    static let excel = "Excel（.xlsx）"

    @Test func truncatedDocx() {
        let path = Fixture.path("bad/truncated.docx")
        #expect(Fixture.error { try DocumentReader().read(path: path) } == .truncated(file: path, kind: Self.word))
    }

    @Test func textNamedXlsx() {
        let path = Fixture.path("bad/text-named.xlsx")
        let error = Fixture.error { try DocumentReader().read(path: path) }
        #expect(error == .notZip(file: path, kind: Self.excel))
        #expect(error?.description.contains("不是有效的 Excel（.xlsx） 文件") == true)
    }

    /// A Word file with no table may still be a plan written as paragraphs: its lines are
    /// handed on (the importer refuses it when no item is there, see `CorpusImportTests`).
    @Test func docxWithoutTableGivesItsParagraphs() throws {
        let path = Fixture.path("bad/no-table.docx")
        let document = try DocumentReader().read(path: path)
        #expect(document.tables.isEmpty)
        #expect(document.lines.map(\.text).contains { $0.contains("主要目标任务责任分解表") })
    }

    @Test func binaryJunk() {
        let path = Fixture.path("bad/junk.bin")
        #expect(Fixture.error { try DocumentReader().read(path: path) } == .binary(file: path))
    }

    @Test func emptyFile() {
        let path = Fixture.path("bad/empty.txt")
        #expect(Fixture.error { try DocumentReader().read(path: path) } == .empty(file: path))
    }

    @Test func zipWithoutDocumentPart() {
        let data = TestZip.make([("word/styles.xml", "<w:styles/>")])
        #expect(
            Fixture.error { try DocumentReader().read(data: data, name: "缺.docx") }
                == .missingPart(file: "缺.docx", part: "word/document.xml"))
        let workbook = TestZip.make([("xl/styles.xml", "<styleSheet/>")])
        #expect(
            Fixture.error { try DocumentReader().read(data: workbook, name: "缺.xlsx") }
                == .missingPart(file: "缺.xlsx", part: "xl/workbook.xml"))
    }

    @Test func malformedXML() throws {
        let data = TestZip.make([("word/document.xml", "<w:document><w:body><w:tbl><w:tr></w:body>")])
        #expect(
            Fixture.error { try DocumentReader().read(data: data, name: "坏.docx") }
                == .badXML(file: "坏.docx", part: "word/document.xml"))
        // Trailing junk after the root element: libxml2 recovers, the reader still refuses.
        let junk = TestZip.make([("word/document.xml", "<w:document><w:body/></w:document>junk")])
        #expect(
            Fixture.error { try DocumentReader().read(data: junk, name: "坏.docx") }
                == .badXML(file: "坏.docx", part: "word/document.xml"))
        // A warning (XML 1.1 declared) is not an error.
        let body = TestDocx.table(grid: 2, rows: [TestDocx.cell("序号") + TestDocx.cell("名称")])
        let warned = TestZip.make([("word/document.xml", #"<?xml version="1.1"?><w:document \#(TestDocx.namespaces)><w:body>\#(body)</w:body></w:document>"#)])
        #expect(try DocumentReader().read(data: warned, name: "好.docx").tables.count == 1)
        // Bytes that are not UTF-8 (FoundationXML would trap on them in a name).
        var invalid = Data("<w:document><w:body><w:".utf8)
        invalid.append(contentsOf: [0xC3, 0x28])
        invalid.append(Data("/></w:body></w:document>".utf8))
        #expect(
            Fixture.error { try DocumentReader().read(data: TestZip.make([("word/document.xml", invalid)]), name: "坏.docx") }
                == .badXML(file: "坏.docx", part: "word/document.xml"))
        let sheet = TestXlsx.make(sheets: [("a", "<sheetData><row><c>")])
        #expect(Fixture.error { try TestXlsx.read(sheet) } == .badXML(file: "测试.xlsx", part: "xl/worksheets/sheet1.xml"))
    }

    /// Entity expansion ("billion laughs") is refused before the parser sees it.
    @Test func entityExpansionRefused() {
        var entities = #"<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">"#
        for level in 1...9 {
            entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [\(entities)]><w:document><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
        let data = TestZip.make([("word/document.xml", xml)])
        #expect(
            Fixture.error { try DocumentReader().read(data: data, name: "炸.docx") }
                == .badXML(file: "炸.docx", part: "word/document.xml"))
    }

    /// A part bigger than the limit is refused on its declared size, and, when the size is
    /// forged small, on the bytes that actually come out.
    @Test func partSizeLimit() throws {
        let data = try Fixture.data("office/zhonglou-2022.docx")
        var limits = XmlPackage.Limits()
        limits.part = 10_000
        #expect(
            Fixture.error { try DocxReader.read(data: data, file: "大.docx", limits: limits) }
                == .tooLarge(file: "大.docx", limitBytes: 10_000))
        let forged = TestZip.forgeDeclaredSize(data, entry: "word/document.xml", size: 100)
        #expect(forged != data)
        #expect(
            Fixture.error { try DocxReader.read(data: forged, file: "大.docx", limits: limits) }
                == .tooLarge(file: "大.docx", limitBytes: 10_000))
        // With room to spare the forged file still reads: the declared size is not trusted.
        #expect(try DocxReader.read(data: forged, file: "大.docx").tables.count == 2)
    }

    @Test func cellLimit() throws {
        var limits = XmlPackage.Limits()
        limits.cells = 100
        let docx = try Fixture.data("office/zhonglou-2022.docx")
        #expect(
            Fixture.error { try DocxReader.read(data: docx, file: "多.docx", limits: limits) }
                == .tableTooLarge(file: "多.docx", limitCells: 100))
        let xlsx = try Fixture.data("office/zhonglou-2022.xlsx")
        #expect(
            Fixture.error { try XlsxReader.read(data: xlsx, file: "多.xlsx", limits: limits) }
                == .tableTooLarge(file: "多.xlsx", limitCells: 100))
    }

    @Test func corruptedCompressedData() throws {
        var bytes = [UInt8](try Fixture.data("office/tianning-2022.docx"))
        // The middle of the file is word/document.xml's deflate stream.
        for offset in stride(from: bytes.count / 2, to: bytes.count / 2 + 64, by: 1) { bytes[offset] ^= 0x5A }
        let error = Fixture.error { try DocumentReader().read(data: Data(bytes), name: "损.docx") }
        #expect(
            error == .truncated(file: "损.docx", kind: Self.word)
                || error == .badXML(file: "损.docx", part: "word/document.xml"))
    }

    /// Random damage anywhere in real files: every outcome is a document or a `DocumentError`.
    @Test(arguments: ["office/zhonglou-2022.docx", "office/tianning-2022.xlsx"])
    func randomDamageNeverCrashes(file: String) throws {
        let original = [UInt8](try Fixture.data(file))
        var generator = SeededGenerator(seed: 20_220_210)
        for _ in 0..<25 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            if Bool.random(using: &generator) { bytes.removeLast(Int.random(in: 0..<bytes.count / 2, using: &generator)) }
            do {
                _ = try DocumentReader().read(data: Data(bytes), name: file)
            } catch is DocumentError {
            } catch {
                Issue.record("\(file): a damaged file gave \(error), not a DocumentError")
            }
        }
    }

    @Test func messagesNameTheFile() {
        let errors: [DocumentError] = [
            .truncated(file: "a.docx", kind: Self.word), .notZip(file: "a.docx", kind: Self.word),
            .missingPart(file: "a.docx", part: "word/document.xml"), .badXML(file: "a.docx", part: "word/document.xml"),
            .noTable(file: "a.docx"), .unclosedQuote(file: "a.docx", line: 3), .tableTooLarge(file: "a.docx", limitCells: 9),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("a.docx："))
        }
    }
}

/// SplitMix64: the same damage on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
