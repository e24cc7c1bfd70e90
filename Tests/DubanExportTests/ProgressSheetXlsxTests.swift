import DubanCore
import DubanDocuments
import DubanStrings
import Foundation
import Testing
import ZIPFoundation

@testable import DubanExport

/// A small progress sheet with two units' rows, some prefilled as if already reported.
enum ProgressSheetFixture {
    static let seal = SheetSeal { text in
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        return String(format: "%016llx%016llx", hash, hash &* 31)
    }

    static func filled() -> ProgressSheet {
        let identity = ProgressSheet.Identity(governmentID: 2, planID: 5, periodNumber: 3, unitID: nil)
        func row(_ task: Int, _ unit: Int, indicators: [Int], filled: ProgressSheet.Filled) -> ProgressSheet.Row {
            ProgressSheet.Row(
                taskID: task, unitID: unit, unitName: unit == 1 ? "发改局" : "住建局", role: unit == 1 ? .lead : .coop, label: "(\(task))",
                text: "完成老旧小区改造任务37个，新开工保障性住房1200套。", light: "黄灯",
                indicators: indicators.map { ProgressSheet.Indicator(id: $0, caption: "指标\($0)（目标≥37个）") }, filled: filled,
                key: seal.rowKey(taskID: task, unitID: unit, identity: identity))
        }
        return ProgressSheet(
            identity: identity, identityLine: seal.identityLine(identity), title: "2022年方案　2022年3月进展填报表（全部单位）",
            rows: [
                row(
                    10, 1, indicators: [100, 101],
                    filled: .init(
                        narrative: "已完成20个，=超过序时进度", values: [100: 20, 101: 1234.56], percentComplete: 55, problems: "-资金未到位",
                        nextSteps: "加快推进")),
                row(10, 2, indicators: [100, 101], filled: .init()),
                row(11, 1, indicators: [], filled: .init(narrative: "按计划推进")),
            ])
    }

    /// What reading the sheet back must give: each prefilled row, its values by indicator place.
    static func expectedEntries(_ sheet: ProgressSheet, sheetName: String = Strings.Sheets.sheetName) -> [SheetEntry] {
        sheet.rows.enumerated().compactMap { offset, row in
            guard !row.filled.narrative.isEmpty else { return nil }
            var values: [Int: Double] = [:]
            var columns: [Int: String] = [:]
            for (place, indicator) in row.indicators.enumerated() {
                guard let value = row.filled.values[indicator.id] else { continue }
                values[place] = value
                columns[place] = Strings.Sheets.cell(letter: columnLetters(9 + place * 2), title: Strings.Sheets.Columns.indicatorValue(place + 1))
            }
            return SheetEntry(
                sheet: sheetName, row: 4 + offset, taskID: row.taskID, unitID: row.unitID, narrative: row.filled.narrative, values: values,
                valueColumns: columns, percentComplete: row.filled.percentComplete, problems: row.filled.problems, nextSteps: row.filled.nextSteps)
        }
    }
}

@Suite struct ProgressSheetXlsxTests {
    func part(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var out = Data()
        _ = try archive.extract(try #require(archive[path])) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func whatDubanWroteIsLockedAndWhatTheClerkFillsIsNot() throws {
        let data = try ProgressSheetXlsx.write(ProgressSheetFixture.filled())
        let workbook = try part(data, "xl/workbook.xml")
        #expect(workbook.contains("name=\"duban\" sheetId=\"3\" state=\"hidden\""))
        #expect(workbook.contains("name=\"\(Strings.Sheets.instructionsName)\""))
        let sheet = try part(data, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<sheetProtection sheet=\"1\""))
        #expect(sheet.contains("sort=\"0\""))
        // The key column is hidden; the percentage column offers its list.
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"14.0\" customWidth=\"1\" hidden=\"1\"/>"))
        #expect(sheet.contains("type=\"list\"") && sheet.contains(Strings.Sheets.percentChoices))
        let styles = try part(data, "xl/styles.xml")
        #expect(styles.components(separatedBy: "<protection locked=\"0\"/>").count - 1 == 2)
        // Row 4: the standard (C) locked, the progress (G) and the first value (I) open to fill.
        let locked = ProgressSheetXlsx.Style.locked.rawValue
        let open = ProgressSheetXlsx.Style.open.rawValue
        #expect(sheet.contains("<c r=\"C4\" s=\"\(locked)\""))
        #expect(sheet.contains("<c r=\"G4\" s=\"\(open)\""))
        #expect(sheet.contains("<c r=\"I4\" s=\"\(ProgressSheetXlsx.Style.openNumber.rawValue)\"><v>20.0</v>"))
        // Task 11 has no indicators: its value cells are locked, not offered.
        #expect(sheet.contains("<c r=\"I6\" s=\"\(locked)\"/>"))
        let instructions = try part(data, "xl/worksheets/sheet2.xml")
        #expect(instructions.contains(Strings.Sheets.instructions[1]))
    }

    @Test func anUntouchedSheetReadsBackAsWhatWasReported() throws {
        let sheet = ProgressSheetFixture.filled()
        let reading = try ProgressSheetReader.read(
            try WorkbookReader.sheets(data: try ProgressSheetXlsx.write(sheet), name: "填报表.xlsx"), seal: ProgressSheetFixture.seal)
        #expect(reading.identity == sheet.identity)
        #expect(reading.problems.isEmpty)
        #expect(reading.blankRows == 1)
        #expect(reading.entries == ProgressSheetFixture.expectedEntries(sheet))
    }

    @Test func theCSVRoundTripKeepsEveryDigitAndEveryLeadingSign() throws {
        let sheet = ProgressSheetFixture.filled()
        let csv = ProgressSheetCSV.write(sheet)
        let text = String(decoding: csv, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}" + sheet.identityLine))
        #expect(text.contains("1234.56"))
        let reading = try ProgressSheetReader.read(try WorkbookReader.sheets(data: csv, name: "sheet.csv"), seal: ProgressSheetFixture.seal)
        let expected = ProgressSheetFixture.expectedEntries(sheet, sheetName: "sheet")
        #expect(reading.entries.map(\.narrative) == expected.map(\.narrative))
        #expect(reading.entries.map(\.values) == expected.map(\.values))
        #expect(reading.entries.map(\.problems) == ["-资金未到位", ""])
        #expect(reading.entries.first?.percentComplete == 55)
    }

    @Test func aCSVSavedAgainAsGB18030StillReads() throws {
        let sheet = ProgressSheetFixture.filled()
        let text = String(decoding: ProgressSheetCSV.write(sheet), as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
        let gb = try GB18030.encode(text)
        #expect(gb != Data(text.utf8))
        let reading = try ProgressSheetReader.read(try WorkbookReader.sheets(data: gb, name: "sheet.csv"), seal: ProgressSheetFixture.seal)
        #expect(reading.entries.map(\.taskID) == [10, 11])
    }
}

/// Text as a Chinese Excel saves a CSV: GB18030, through iconv(1).
enum GB18030 {
    static func encode(_ text: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}

@Suite struct ProgressSheetLimitTests {
    /// A runaway sheet is refused for what it is, not read row by row into memory.
    @Test func tenThousandRowsAreRefusedAsTooMany() throws {
        var sheet = ProgressSheetFixture.filled()
        let row = sheet.rows[0]
        sheet.rows = (0..<10_000).map { index in
            var copy = row
            copy.taskID = index
            return copy
        }
        let data = try ProgressSheetXlsx.write(sheet)
        #expect(throws: DocumentError.tooManyRows(file: "huge.xlsx", limitRows: ProgressSheetReader.fileRowLimit)) {
            try WorkbookReader.sheets(data: data, name: "huge.xlsx", rowLimit: ProgressSheetReader.fileRowLimit)
        }
        // Below the file's limit but above the rows a sheet may hold: the reader refuses it.
        sheet.rows = Array(sheet.rows.prefix(ProgressSheetReader.rowLimit + 1))
        let over = try WorkbookReader.sheets(data: try ProgressSheetXlsx.write(sheet), name: "over.xlsx", rowLimit: ProgressSheetReader.fileRowLimit)
        #expect(throws: ProgressSheetReader.Failure.tooManyRows(ProgressSheetReader.rowLimit + 1)) {
            try ProgressSheetReader.read(over, seal: ProgressSheetFixture.seal)
        }
    }
}
