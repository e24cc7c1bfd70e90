/// Text → `Document` for each text layout.
enum TextLayouts {
    static func read(_ text: String, layout: DocumentFormat, file: String) throws -> Document {
        let lines = numberedLines(text)
        switch layout {
        case .tabs:
            return try TabLayoutReader.read(lines, file: file)
        case .pipes:
            return try PipeLayoutReader.read(lines, file: file)
        case .csv, .tsv:
            return try DelimitedReader.read(text: text, separator: layout == .tsv ? "\t" : ",", file: file)
        case .lines, .inline:
            return Document(format: layout, lines: lines)
        case .docx, .xlsx, .json:
            throw DocumentError.binary(file: file)
        }
    }

    /// The file's lines, numbered as an editor shows them, without page and site furniture.
    static func numberedLines(_ text: String) -> [SourceLine] {
        PageFurniture.removing(
            text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                SourceLine(number: $0.offset + 1, text: String($0.element))
            })
    }
}
