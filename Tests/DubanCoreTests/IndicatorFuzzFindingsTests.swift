import Testing

@testable import DubanCore

/// Inputs the fuzzer (fuzz/, scripts/fuzz.sh) found crashing the indicator reader: each is now
/// analysed without trapping.
@Suite struct IndicatorFuzzFindingsTests {
    /// `3,321` reads as one number across the comma that starts the clause, so the clause began
    /// after the value and the metric's range ran backwards (Range requires lowerBound <= upperBound).
    @Test(arguments: ["3,321-8996%", "增长3,321-8996%", "3，321-8996%"])
    func numberAcrossTheClauseComma(text: String) {
        let analysis = IndicatorExtractor().analyse(text)
        #expect(analysis.indicators.count <= 2)
    }
}
