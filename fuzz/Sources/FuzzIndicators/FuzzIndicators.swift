import DubanCore
import Foundation

/// Arbitrary text through `duban indicators --document`: each line analysed as a work standard
/// (kind, metrics, values, units, comparators), each line's JSON and the document's JSON written.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) -> CInt {
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let extractor = IndicatorExtractor()
    var tasks: [(text: String, analysis: StandardAnalysis)] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let line = String(line)
        let analysis = extractor.analyse(line)
        var w = JSONWriter()
        analysis.write(text: line, to: &w)
        tasks.append((line, analysis))
    }
    _ = IndicatorDocument.json(tasks)
    return 0
}
