import DubanCore
import Foundation
import Testing

/// H3 and M8: what a report form may carry, checked the same on every edge.
@Suite struct EdgeInputTests {
    static let pdf = Data("%PDF-1.7\n".utf8)
    static let elf = Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0])

    @Test func everyEvidenceFileIsCheckedNotOnlyTheFirstEleven() {
        let limits = EvidencePolicy.Limits(maxBytes: 1_000, maxFiles: 20)
        var files = (1...11).map { EvidencePolicy.File(filename: "附件\($0).pdf", data: Self.pdf) }
        files.append(EvidencePolicy.File(filename: "第12个.pdf", data: Self.elf))
        #expect(throws: EvidencePolicy.Refusal.self) { try EvidencePolicy.validate(files, limits: limits) }
        files[11] = EvidencePolicy.File(filename: "第12个.pdf", data: Self.pdf + Data(repeating: 0x20, count: 2_000))
        #expect(throws: EvidencePolicy.Refusal.self, "size is checked on the 12th file too") {
            try EvidencePolicy.validate(files, limits: limits)
        }
        files[11] = EvidencePolicy.File(filename: "第12个.pdf", data: Self.pdf)
        #expect(throws: Never.self) { try EvidencePolicy.validate(files, limits: limits) }
    }

    @Test func moreFilesThanTheLimitAreRefusedNotTruncated() {
        let files = (1...11).map { EvidencePolicy.File(filename: "附件\($0).pdf", data: Self.pdf) }
        do {
            try EvidencePolicy.validate(files, limits: .standard)
            Issue.record("11 files passed a limit of 10")
        } catch {
            #expect(error.reason.contains("11") && error.reason.contains("10"))
        }
    }

    @Test(arguments: ["inf", "-inf", "nan", "NaN", "1e999", "-1e999", "infinity", "0x1p99999", "12abc", String(repeating: "9", count: 60)])
    func nonFiniteOrMalformedNumbersAreRefused(text: String) {
        #expect(throws: ReportFields.Refusal.self) { try ReportFields.number(text) }
        #expect(throws: ReportFields.Refusal.self) { try ReportFields.values(["value_3": text]) }
    }

    @Test func ordinaryNumbersAndBlanksAreRead() throws {
        #expect(try ReportFields.number(" 26.6 ") == 26.6)
        #expect(try ReportFields.number("-3") == -3)
        #expect(try ReportFields.number("") == nil)
        #expect(try ReportFields.values(["value_7": "120", "value_8": "", "narrative": "inf"]) == [7: 120])
        #expect(throws: ReportFields.Refusal.self) { try ReportFields.values(["value_x": "1"]) }
        #expect(throws: ReportFields.Refusal.self) { try ReportFields.requireFinite([1, .infinity]) }
    }
}
