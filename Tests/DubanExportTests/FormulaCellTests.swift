import DubanExport
import Foundation
import Testing

/// Low finding: open-data CSV must not carry formulas into a reader's spreadsheet.
@Suite struct FormulaCellTests {
    @Test func formulaLikeCellsAreMadeInert() {
        #expect(CSVTable.inert("=HYPERLINK(\"http://x\",\"点我\")") == "'=HYPERLINK(\"http://x\",\"点我\")")
        #expect(CSVTable.inert("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0")
        #expect(CSVTable.inert("@SUM(A1:A9)") == "'@SUM(A1:A9)")
        #expect(CSVTable.inert("-1+1") == "'-1+1")
        #expect(CSVTable.inert("\t=1") == "'\t=1")
        #expect(CSVTable.inert("-3.5") == "-3.5", "a negative number stays a number")
        #expect(CSVTable.inert("地区生产总值增长6.5%") == "地区生产总值增长6.5%")
        let text = String(decoding: CSVTable.data([["标准", "值"], ["=1+1", "-2"]]), as: UTF8.self)
        #expect(text.contains("'=1+1,-2"))
    }
}
