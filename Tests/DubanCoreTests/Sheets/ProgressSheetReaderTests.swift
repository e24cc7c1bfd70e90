import DubanDocuments
import DubanStrings
import Foundation
import Testing

@testable import DubanCore

/// Reading a filled progress sheet as cells: columns found by title, rows by sealed key, every
/// problem placed where a clerk finds it in Excel.
@Suite struct ProgressSheetReaderTests {
    static let seal = SheetSeal { text in
        // A stand-in keyed hash: deterministic, and different for every input that matters here.
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        return String(format: "%016llx%016llx", hash, hash &* 31)
    }
    static let identity = ProgressSheet.Identity(governmentID: 1, planID: 3, periodNumber: 8, unitID: 7)

    /// A sheet as the clerk sent it back: the identity on a hidden sheet, a header on row 3.
    static func workbook(_ rows: [[String: String]], header: [String]? = nil, identity: ProgressSheet.Identity = identity) -> [WorkbookSheet] {
        let titles = header ?? ["行标识", "序号", "工作标准", "进展情况", "指标1", "指标1本期值", "完成百分比", "存在问题", "下步打算", "佐证材料说明"]
        var cells: [Int: [Int: WorkbookCell]] = [1: [2: WorkbookCell(text: "某方案 8月进展填报表")]]
        cells[3] = Dictionary(uniqueKeysWithValues: titles.enumerated().map { ($0.offset + 1, WorkbookCell(text: $0.element)) })
        for (offset, row) in rows.enumerated() {
            var line: [Int: WorkbookCell] = [:]
            for (title, text) in row {
                guard let column = titles.firstIndex(of: title) else { continue }
                line[column + 1] = WorkbookCell(text: text, isNumber: Double(text) != nil)
            }
            cells[4 + offset] = line
        }
        return [
            WorkbookSheet(name: "填报表", rows: cells),
            WorkbookSheet(name: "duban", hidden: true, rows: [1: [1: WorkbookCell(text: seal.identityLine(identity))]]),
        ]
    }

    static func key(_ task: Int, unit: Int = 7) -> String { seal.rowKey(taskID: task, unitID: unit, identity: identity) }

    @Test func filledRowsBecomeEntriesAndBlankRowsAreCounted() throws {
        let reading = try ProgressSheetReader.read(
            Self.workbook([
                ["行标识": Self.key(11), "进展情况": "已完成20个", "指标1本期值": "20", "完成百分比": "55", "存在问题": "资金未到位"],
                ["行标识": Self.key(12)],
                ["行标识": Self.key(13), "进展情况": "推进中", "佐证材料说明": "见会议纪要"],
            ]), seal: Self.seal)
        #expect(reading.identity == Self.identity)
        #expect(reading.blankRows == 1)
        #expect(reading.problems.isEmpty)
        #expect(reading.entries.map(\.taskID) == [11, 13])
        let first = try #require(reading.entries.first)
        #expect(first.row == 4 && first.unitID == 7 && first.values == [0: 20] && first.percentComplete == 55 && first.problems == "资金未到位")
        #expect(reading.entries[1].reportNarrative == "推进中\n" + Strings.Sheets.evidenceNoteLine("见会议纪要"))
    }

    @Test func columnsAreFoundByTitleWhereverTheClerkMovedThem() throws {
        let moved = ["完成百分比", "进展情况 *", "行标识", "指标1本期值"]
        let reading = try ProgressSheetReader.read(
            Self.workbook([["行标识": Self.key(5), "进展情况 *": "完成", "完成百分比": "100"]], header: moved), seal: Self.seal)
        #expect(reading.entries.first?.percentComplete == 100)
        #expect(reading.entries.first?.narrative == "完成")
    }

    @Test func numbersAreReadAsClerksTypeThem() {
        #expect(ProgressSheetReader.parseNumber("1,234.5", percent: false) == 1234.5)
        #expect(ProgressSheetReader.parseNumber("１２", percent: false) == 12)
        #expect(ProgressSheetReader.parseNumber("35%", percent: true) == 35)
        #expect(ProgressSheetReader.parseNumber("35%", percent: false) == nil)
        #expect(ProgressSheetReader.parseNumber("约120万", percent: false) == nil)
        #expect(ProgressSheetReader.parseNumber("nan", percent: false) == nil)
    }

    @Test func everyProblemNamesItsRowAndColumn() throws {
        let reading = try ProgressSheetReader.read(
            Self.workbook([
                ["行标识": Self.key(1), "进展情况": "进展", "指标1本期值": "约120万"],
                ["行标识": Self.key(2), "进展情况": "进展", "完成百分比": "150"],
                ["行标识": Self.key(3), "存在问题": "只写了问题"],
                ["行标识": Self.key(4).replacingOccurrences(of: "4-7-", with: "4-8-"), "进展情况": "改了单位号"],
                ["行标识": Self.key(1), "进展情况": "同一任务又一行"],
                ["进展情况": "手工加的一行"],
            ]), seal: Self.seal)
        #expect(reading.entries.isEmpty)
        let texts = reading.problems.map(\.description)
        #expect(texts.contains("「填报表」第4行 F列（指标1本期值）：" + Strings.Sheets.notANumber("约120万")))
        #expect(texts.contains("「填报表」第5行 G列（完成百分比）：" + Strings.Sheets.percentRange))
        #expect(texts.contains("「填报表」第6行 D列（进展情况）：" + Strings.Sheets.narrativeRequired))
        #expect(texts.contains("「填报表」第7行 A列（行标识）：" + Strings.Sheets.keyBroken))
        #expect(texts.contains("「填报表」第8行：" + Strings.Sheets.duplicateRow(4)))
        #expect(texts.contains("「填报表」第9行：" + Strings.Sheets.rowWithoutKey))
    }

    @Test func aSheetWithoutOrWithABrokenSealIsRefusedWhole() {
        var unsealed = Self.workbook([["行标识": Self.key(1), "进展情况": "进展"]])
        unsealed.removeLast()
        #expect(throws: ProgressSheetReader.Failure.notASheet) { try ProgressSheetReader.read(unsealed, seal: Self.seal) }

        var edited = Self.workbook([["行标识": Self.key(1), "进展情况": "进展"]])
        // Another unit's number typed over this one's: the seal no longer matches.
        edited[1].rows[1]?[1]?.text = Self.seal.identityLine(Self.identity).replacingOccurrences(of: "unit=7", with: "unit=9")
        #expect(throws: ProgressSheetReader.Failure.sealBroken) { try ProgressSheetReader.read(edited, seal: Self.seal) }

        // Another installation's sheet: its seal is not ours.
        let foreign = SheetSeal { _ in String(repeating: "0", count: 64) }
        #expect(throws: ProgressSheetReader.Failure.sealBroken) { try ProgressSheetReader.read(Self.workbook([]), seal: foreign) }
    }

    @Test func aRowFromAnotherUnitsSheetDoesNotMatchThisOne() throws {
        let other = ProgressSheet.Identity(governmentID: 1, planID: 3, periodNumber: 8, unitID: 9)
        let pasted = Self.seal.rowKey(taskID: 1, unitID: 9, identity: other)
        let reading = try ProgressSheetReader.read(Self.workbook([["行标识": pasted, "进展情况": "抄来的"]]), seal: Self.seal)
        #expect(reading.entries.isEmpty)
        #expect(reading.problems.map(\.message) == [Strings.Sheets.keyBroken])
    }

    @Test func tooManyRowsAreRefusedBeforeAnyIsJudged() {
        let rows = (0...ProgressSheetReader.rowLimit).map { ["行标识": Self.key($0), "进展情况": "x"] }
        #expect(throws: ProgressSheetReader.Failure.tooManyRows(ProgressSheetReader.rowLimit + 1)) {
            try ProgressSheetReader.read(Self.workbook(rows), seal: Self.seal)
        }
    }

    @Test func theCSVWritersApostropheIsTakenOffAgain() {
        #expect(ProgressSheetReader.uninert("'-3项未完成") == "-3项未完成")
        #expect(ProgressSheetReader.uninert("'引号开头") == "'引号开头")
    }
}
