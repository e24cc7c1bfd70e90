import Foundation

/// The front door: a file (or bytes) in, a `Document` out, the layout detected unless forced.
public struct DocumentReader: Sendable {
    /// Plans are a few hundred kilobytes; 50 MB leaves room for embedded images in a .docx
    /// while refusing what would exhaust a small server.
    public static let defaultSizeLimit = 50_000_000

    public var sizeLimit: Int

    public init(sizeLimit: Int = DocumentReader.defaultSizeLimit) {
        self.sizeLimit = sizeLimit
    }

    public func read(path: String, format: DocumentFormat? = nil) throws -> Document {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError.missing(file: path)
        }
        if isDirectory.boolValue { throw DocumentError.isDirectory(file: path) }
        // Check the size before reading, so a huge file is refused without loading it.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > sizeLimit {
            throw DocumentError.tooLarge(file: path, limitBytes: sizeLimit)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError.missing(file: path)
        }
        return try read(data: data, name: path, format: format)
    }

    /// `name` is what error messages call the file; its extension helps detection.
    public func read(data: Data, name: String, format: DocumentFormat? = nil) throws -> Document {
        if data.count > sizeLimit { throw DocumentError.tooLarge(file: name, limitBytes: sizeLimit) }
        if data.isEmpty { throw DocumentError.empty(file: name) }
        let ext = (name as NSString).pathExtension.lowercased()
        let chosen = format ?? Self.formatFromExtension(ext)
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])

        switch chosen {
        case .docx:
            guard isZip else { throw DocumentError.notZip(file: name, kind: "Word（.docx）") }
            return try DocxReader.read(data: data, file: name)
        case .xlsx:
            guard isZip else { throw DocumentError.notZip(file: name, kind: "Excel（.xlsx）") }
            return try XlsxReader.read(data: data, file: name)
        default:
            break
        }
        if isZip && format == nil {
            return try OfficeDetector.read(data: data, file: name)
        }
        let text = try TextDecoding.decode(data, file: name)
        let layout = chosen ?? LayoutDetector.detect(text)
        let document = try TextLayouts.read(text, layout: layout, file: name)
        return document
    }

    static func formatFromExtension(_ ext: String) -> DocumentFormat? {
        switch ext {
        case "docx": .docx
        case "xlsx", "xlsm": .xlsx
        case "csv": .csv
        case "tsv": .tsv
        case "md", "markdown": .pipes
        default: nil
        }
    }
}

/// A zip with an unhelpful name: decide from the parts inside.
enum OfficeDetector {
    static func read(data: Data, file: String) throws -> Document {
        if ZipParts.contains(data, entry: "word/document.xml") { return try DocxReader.read(data: data, file: file) }
        if ZipParts.contains(data, entry: "xl/workbook.xml") { return try XlsxReader.read(data: data, file: file) }
        throw DocumentError.binary(file: file)
    }
}
