import Foundation
import MultipartKit

/// The fields of DubanWeb's `ReportForm.FormBody`, with an uploaded file as MultipartKit's part
/// instead of Vapor's `File` (this package builds without Vapor).
struct ReportFormBody: Decodable {
    var period: Int?
    var narrative: String
    var percentComplete: String?
    var problems: String?
    var nextSteps: String?
    var files: [UploadedFile]?
}

/// Vapor's `File` as it comes out of a form part: its filename, content type and bytes.
struct UploadedFile: Decodable, MultipartPartConvertible {
    var filename: String
    var contentType: String?
    var data: Data

    var multipart: MultipartPart? { nil }

    init?(multipart: MultipartPart) {
        filename = multipart.headers.first(name: "Content-Disposition").flatMap { Self.parameter("filename", in: $0) } ?? ""
        contentType = multipart.headers.first(name: "Content-Type")
        data = Data(multipart.body.readableBytesView)
    }

    /// `form-data; name="files"; filename="a.pdf"` → `a.pdf` (MultipartKit's own reader is internal).
    static func parameter(_ name: String, in header: String) -> String? {
        for item in header.split(separator: ";") {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            return value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") ? String(value.dropFirst().dropLast()) : value
        }
        return nil
    }

    /// A field that is not a single part (a nested form): read as Vapor's `File` reads JSON.
    private enum CodingKeys: String, CodingKey { case filename, contentType, data }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        filename = try container.decode(String.self, forKey: .filename)
        contentType = try container.decodeIfPresent(String.self, forKey: .contentType)
        data = Data(try container.decode(String.self, forKey: .data).utf8)
    }
}

/// A form field read as text if it is text, and as nothing otherwise, as DubanWeb's `LooseText`.
struct LooseText: Decodable {
    var text: String?

    init(from decoder: any Decoder) throws {
        text = try? decoder.singleValueContainer().decode(String.self)
    }
}
