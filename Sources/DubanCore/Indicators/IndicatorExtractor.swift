/// Reads the measurable targets of a work standard. (Placeholder until the extractor lands.)
public struct IndicatorExtractor: Sendable {
    public init() {}

    public func analyse(_ text: String) -> StandardAnalysis {
        StandardAnalysis(kind: .qualitative, indicators: [])
    }
}
