import DubanCore
import DubanTestSupport
import Foundation
import Testing

/// `vary-plan` rewrites a document without changing what it says (punctuation width, CRLF,
/// odd spaces, spaced headers, header synonyms, page furniture, no preamble): the score of
/// every corpus document and sample must stay within 0.01 of the plain document's.
@Suite(.serialized, .tags(.scorer, .corpus), .unlessSkipped(.scorer, .corpus)) struct MetamorphicImportTests {
    static let variants = [
        "halfwidth", "fullwidth", "crlf", "wide-spaces", "spaced-headers", "synonyms", "page-furniture", "no-preamble",
        "halfwidth,crlf,wide-spaces,spaced-headers,page-furniture",
        "fullwidth,synonyms,page-furniture,no-preamble,crlf",
        "halfwidth,spaced-headers,synonyms,wide-spaces,no-preamble,page-furniture",
    ]

    @Test(arguments: ImportScoring.documents.map(\.name))
    func everyVariantScoresAsThePlainDocument(name: String) throws {
        let document = try #require(ImportScoring.documents.first { $0.name == name })
        let plain = try ImportScoring.score(file: document.file, gold: document.gold).score
        for variant in Self.variants {
            let file = try ImportScoring.variant(of: document.file, variant)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let varied = try ImportScoring.score(file: file, gold: document.gold)
            #expect(abs(varied.score - plain) <= 0.01, "\(name) under \(variant): \(plain) → \(varied.score)\n\(varied)")
        }
    }
}
