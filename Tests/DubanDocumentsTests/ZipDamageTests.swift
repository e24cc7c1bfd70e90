import Foundation
import Testing

@testable import DubanDocuments

/// Damaged zips found by fuzzing (fuzz/, scripts/fuzz.sh) that once crashed, hung or leaked
/// inside ZIPFoundation: each is now refused as damaged. A small stored .docx, patched.
@Suite struct ZipDamageTests {
    static let word = "Word（.docx）"

    /// The central directory puts the part's local header past the end of the file: ZIPFoundation's
    /// in-memory archive read past its data and trapped (a crash of the server on upload).
    @Test func localHeaderPastTheEnd() throws {
        let data = try #require(
            Data(
                base64Encoded:
                    "UEsDBBQAAAAAAAOQhl0UHGcfkwAAAJMAAAARAAAAd29yZC9kb2N1bWVudC54bWw8dzpkb2N1bWVudCB4bWxuczp3PSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9ybWF0cy5vcmcvd29yZHByb2Nlc3NpbmdtbC8yMDA2L21haW4iPjx3OmJvZHk+PHc6cD48dzpyPjx3OnQ+eDwvdzp0PjwvdzpyPjwvdzpwPjwvdzpib2R5Pjwvdzpkb2N1bWVudD5QSwECFAMUAAAAAAADkIZdFBxnH5MAAACTAAAAEQAAAAAAAAAAAAAAgAEAABAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAEAAQA/AAAAwgAAAAAA"
            ))
        let error = Fixture.error { try DocumentReader().read(data: data, name: "a.docx") }
        #expect(error == .truncated(file: "a.docx", kind: Self.word) || error == .missingPart(file: "a.docx", part: "word/document.xml"))
    }

    /// The part claims 2 GB of compressed bytes in a 279-byte file: damaged, and refused as such
    /// before extraction (ZIPFoundation had read the part as if whole).
    @Test func compressedSizeBeyondTheFile() throws {
        let data = try #require(
            Data(
                base64Encoded:
                    "UEsDBBQAAAAAAAOQhl0UHGcf8P//f5MAAAARAAAAd29yZC9kb2N1bWVudC54bWw8dzpkb2N1bWVudCB4bWxuczp3PSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9ybWF0cy5vcmcvd29yZHByb2Nlc3NpbmdtbC8yMDA2L21haW4iPjx3OmJvZHk+PHc6cD48dzpyPjx3OnQ+eDwvdzp0PjwvdzpyPjwvdzpwPjwvdzpib2R5Pjwvdzpkb2N1bWVudD5QSwECFAMUAAAAAAADkIZdFBxnH/D//3+TAAAAEQAAAAAAAAAAAAAAgAEAAAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAEAAQA/AAAAwgAAAAAA"
            ))
        #expect(Fixture.error { try DocumentReader().read(data: data, name: "a.docx") } == .truncated(file: "a.docx", kind: Self.word))
    }

    /// No end-of-central-directory record: ZIPFoundation's in-memory archive threw without closing
    /// its stream, leaking a copy of the file; it is refused before ZIPFoundation sees it.
    @Test func noEndRecord() throws {
        let data = try #require(
            Data(
                base64Encoded:
                    "UEsDBBQAAAAAAAOQhl0UHGcfkwAAAJMAAAARAAAAd29yZC9kb2N1bWVudC54bWw8dzpkb2N1bWVudCB4bWxuczp3PSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9ybWF0cy5vcmcvd29yZHByb2Nlc3NpbmdtbC8yMDA2L21haW4iPjx3OmJvZHk+PHc6cD48dzpyPjx3OnQ+eDwvdzp0PjwvdzpyPjwvdzpwPjwvdzpib2R5Pjwvdzpkb2N1bWVudD4="
            ))
        #expect(!ZipParts.hasEndRecord(data))
        #expect(Fixture.error { try DocumentReader().read(data: data, name: "a.docx") } == .truncated(file: "a.docx", kind: Self.word))
        // A record whose comment would run past the end is no record either.
        var commented = [UInt8](
            try #require(
                Data(
                    base64Encoded:
                        "UEsDBBQAAAAAAAOQhl0UHGcfkwAAAJMAAAARAAAAd29yZC9kb2N1bWVudC54bWw8dzpkb2N1bWVudCB4bWxuczp3PSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9ybWF0cy5vcmcvd29yZHByb2Nlc3NpbmdtbC8yMDA2L21haW4iPjx3OmJvZHk+PHc6cD48dzpyPjx3OnQ+eDwvdzp0PjwvdzpyPjwvdzpwPjwvdzpib2R5Pjwvdzpkb2N1bWVudD5QSwECFAMUAAAAAAADkIZdFBxnH5MAAACTAAAAEQAAAAAAAAAAAAAAgAEAAAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAEAAQA/AAAAwgAAAAAA"
                )))
        #expect(ZipParts.hasEndRecord(Data(commented)))
        commented[commented.count - 2] = 0x10
        #expect(!ZipParts.hasEndRecord(Data(commented)))
    }

    /// A real .docx with a stretch of its document.xml's deflate stream overwritten (found by
    /// fuzzing): the stream never ends, and ZIPFoundation's inflate loop spun forever at the end of
    /// the file, a server thread lost for good per upload. Refused before extraction (ZipStreams).
    @Test(.timeLimit(.minutes(1))) func deflateStreamThatNeverEnds() throws {
        let path = Fixture.path("bad/deflate-never-ends.docx")
        #expect(Fixture.error { try DocumentReader().read(path: path) } == .truncated(file: path, kind: Self.word))
        #expect(!ZipStreams.deflatedPartsEnd(try Fixture.data("bad/deflate-never-ends.docx")))
        for file in ["office/tianning-2022.docx", "office/zhonglou-2022.docx", "office/tianning-2022.xlsx", "office/zhonglou-2022.xlsx"] {
            #expect(ZipStreams.deflatedPartsEnd(try Fixture.data(file)), "\(file)")
        }
    }

    /// The central directory says document.xml uses method 2048; its local header says deflate,
    /// and its stream never ends (found by fuzzing). ZIPFoundation goes by the local header, so
    /// checking only the parts the central directory calls deflated let it spin forever.
    @Test(.timeLimit(.minutes(1))) func centralAndLocalMethodsDisagree() throws {
        let path = Fixture.path("bad/method-mismatch.docx")
        #expect(!ZipStreams.deflatedPartsEnd(try Fixture.data("bad/method-mismatch.docx")))
        #expect(Fixture.error { try DocumentReader().read(path: path) } == .truncated(file: path, kind: Self.word))
    }

    /// A stored part whose central directory claims more bytes than the file holds: ZIPFoundation
    /// would read on at the end of the file.
    @Test(.timeLimit(.minutes(1))) func storedPartLongerThanTheFile() throws {
        var bytes = [UInt8](
            try #require(
                Data(
                    base64Encoded:
                        "UEsDBBQAAAAAAAOQhl0UHGcfkwAAAJMAAAARAAAAd29yZC9kb2N1bWVudC54bWw8dzpkb2N1bWVudCB4bWxuczp3PSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9ybWF0cy5vcmcvd29yZHByb2Nlc3NpbmdtbC8yMDA2L21haW4iPjx3OmJvZHk+PHc6cD48dzpyPjx3OnQ+eDwvdzp0PjwvdzpyPjwvdzpwPjwvdzpib2R5Pjwvdzpkb2N1bWVudD5QSwECFAMUAAAAAAADkIZdFBxnH5MAAACTAAAAEQAAAAAAAAAAAAAAgAEAAAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAEAAQA/AAAAwgAAAAAA"
                )))
        #expect(ZipStreams.deflatedPartsEnd(Data(bytes)), "the undamaged file passes")
        // The central directory starts at 0xC2; its uncompressed size at +24: 0x93 → 0x93 + 4096.
        bytes[0xC2 + 25] = 0x10
        #expect(!ZipStreams.deflatedPartsEnd(Data(bytes)))
        #expect(Fixture.error { try DocumentReader().read(data: Data(bytes), name: "a.docx") } == .truncated(file: "a.docx", kind: Self.word))
    }

    /// A part declaring another encoding crashed the process inside libxml2 once XMLParser aborted
    /// (found by fuzzing an .xlsx whose workbook.xml said `encoding="UTF-7"`): the declaration is
    /// dropped, the UTF-8 bytes parse as they are.
    @Test(arguments: ["UTF-7", "ISO-8859-1", "GB2312", "x-bogus"])
    func foreignEncodingDeclaration(encoding: String) throws {
        final class Names: XmlHandler {
            var names: [String] = []
            var failure: DocumentError?
            func start(_ name: String, _ attributes: [String: String]) { names.append(name) }
            func end(_ name: String) {}
            func text(_ text: String) {}
        }
        let xml = "<?xml version=\"1.0\" encoding=\"\(encoding)\" standalone=\"yes\"?>\n<workbook><sheets><sheet name=\"表\"/></sheets></workbook>"
        let names = Names()
        try XmlEvents.parse(Data(xml.utf8), part: "xl/workbook.xml", file: "a.xlsx", into: names)
        #expect(names.names == ["workbook", "sheets", "sheet"])
    }

    /// Two more parts that crashed the process inside the XML parser, found by fuzzing .docx and
    /// .xlsx package relationships: an instruction with no data (FoundationXML read its missing
    /// data as a C string), and a NUL byte. The first part reads, the instruction dropped; the
    /// second is broken XML, refused as such.
    @Test func instructionWithoutDataIsDropped() throws {
        let names = ElementNames()
        let xml = "<?xml version=\"1.0\"?>\n<?xmkboo?>\n<Relationships><?app?><Relationship Id=\"r1\"/></Relationships>"
        try XmlEvents.parse(Data(xml.utf8), part: "_rels/.rels", file: "a.xlsx", into: names)
        #expect(names.names == ["Relationships", "Relationship"])
        #expect(XmlEvents.withoutInstructions(Data("<a>x</a><?never closed".utf8)) == Data("<a>x</a>".utf8))
    }

    @Test func nulByteIsBrokenXML() {
        let xml = Data("<Relationships>".utf8) + Data([0, 0, 0]) + Data("<Relationship/></Relationships>".utf8)
        #expect(throws: DocumentError.badXML(file: "a.docx", part: "_rels/.rels")) {
            try XmlEvents.parse(xml, part: "_rels/.rels", file: "a.docx", into: ElementNames())
        }
    }

    /// The same file undamaged reads, so the checks refuse only damage.
    @Test func undamagedReads() throws {
        let data = try #require(
            Data(
                base64Encoded:
                    "UEsDBBQAAAAAAAOQhl0UHGcfkwAAAJMAAAARAAAAd29yZC9kb2N1bWVudC54bWw8dzpkb2N1bWVudCB4bWxuczp3PSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9ybWF0cy5vcmcvd29yZHByb2Nlc3NpbmdtbC8yMDA2L21haW4iPjx3OmJvZHk+PHc6cD48dzpyPjx3OnQ+eDwvdzp0PjwvdzpyPjwvdzpwPjwvdzpib2R5Pjwvdzpkb2N1bWVudD5QSwECFAMUAAAAAAADkIZdFBxnH5MAAACTAAAAEQAAAAAAAAAAAAAAgAEAAAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAEAAQA/AAAAwgAAAAAA"
            ))
        let document = try DocumentReader().read(data: data, name: "a.docx")
        #expect(document.lines.map(\.text) == ["x"])
    }
}

/// Collects the element names a part's parse reports.
final class ElementNames: XmlHandler {
    var names: [String] = []
    var failure: DocumentError?
    func start(_ name: String, _ attributes: [String: String]) { names.append(name) }
    func end(_ name: String) {}
    func text(_ text: String) {}
}
