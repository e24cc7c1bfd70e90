import Foundation

/// Word (.docx) → `Document`: the body's paragraphs and tables in reading order.
enum DocxReader {
    static let kind = "Word（.docx）"

    static func read(data: Data, file: String) throws -> Document {
        try read(data: data, file: file, limits: .standard)
    }

    static func read(data: Data, file: String, limits: XmlPackage.Limits) throws -> Document {
        let package = try XmlPackage(data: data, file: file, kind: kind, limits: limits)
        let partPath = try package.mainPart(typeSuffix: "/officeDocument", fallback: "word/document.xml")
        guard let xml = try package.part(partPath) else {
            throw DocumentError.missingPart(file: file, part: "word/document.xml")
        }
        let body = DocxBody(file: file, cellLimit: limits.cells)
        try XmlEvents.parse(xml, part: partPath, file: file, into: body)
        guard body.blocks.contains(where: { if case .table = $0 { true } else { false } }) else {
            // A plan written as paragraphs: its lines, for the prose reader to try.
            let paragraphs = body.blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
            let lines = paragraphs.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element.text) }
            return Document(format: .docx, blocks: body.blocks, lines: PageFurniture.removing(lines))
        }
        return Document(format: .docx, blocks: body.blocks)
    }
}
