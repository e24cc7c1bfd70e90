/// Reads the measurable targets of a work standard (`../gold/INDICATORS.md`) and says whether
/// the standard is quantitative, a milestone, or qualitative.
///
///     IndicatorExtractor().analyse("新增上市企业确保2家、力争3家,上市企业总市值突破500亿元。")
///     // quantitative: 2家 (committed), 3家 (stretch), 50000000000元 (>)
public struct IndicatorExtractor: Sendable {
    public init() {}

    public func analyse(_ text: String) -> StandardAnalysis {
        let s = IndicatorText(text)
        let indicators = IndicatorReader(s: s).read()
        if !indicators.isEmpty { return StandardAnalysis(kind: .quantitative, indicators: indicators) }
        return StandardAnalysis(kind: TaskKindReader.kind(of: s.t), indicators: [])
    }
}
