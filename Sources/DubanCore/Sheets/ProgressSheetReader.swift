import DubanDocuments
import DubanStrings
import Foundation

/// A filled progress sheet (its worksheets) → `SheetReading`. Columns are found by their titles
/// and rows by their sealed keys, so a clerk may re-sort rows or move columns; the seal makes a
/// sheet from another unit or period, or an edited key, recognisable.
public enum ProgressSheetReader {
    /// A plan has a few hundred tasks; all its units' rows stay in the low thousands. Beyond this
    /// a file is not a sheet Duban made, and is refused before any row is judged.
    public static let rowLimit = 5_000
    /// What the file may hold around its task rows (title, banner, header, a clerk's notes) before
    /// it is refused unparsed (`WorkbookReader`'s `rowLimit`).
    public static let fileRowLimit = rowLimit + 50

    public enum Failure: Error, Equatable, Sendable {
        /// No sealed identity line: not a Duban sheet (or its hidden sheet was removed).
        case notASheet
        /// An identity line whose seal does not match: edited, or made by another installation.
        case sealBroken
        case noHeader
        case tooManyRows(Int)

        public var message: String {
            switch self {
            case .notASheet: Strings.Sheets.notASheet
            case .sealBroken: Strings.Sheets.sealBroken
            case .noHeader: Strings.Sheets.noHeader
            case .tooManyRows(let count): Strings.Sheets.tooManyRows(count, limit: ProgressSheetReader.rowLimit)
            }
        }
    }

    public static func read(_ sheets: [WorkbookSheet], seal: SheetSeal) throws(Failure) -> SheetReading {
        guard let line = identityLine(in: sheets) else { throw .notASheet }
        guard let identity = seal.identity(from: line) else { throw .sealBroken }
        guard let (sheet, headerRow, columns) = header(in: sheets) else { throw .noHeader }
        let rowNumbers = sheet.rows.keys.filter { $0 > headerRow }.sorted()
        guard rowNumbers.count <= rowLimit else { throw .tooManyRows(rowNumbers.count) }

        var entries: [SheetEntry] = []
        var problems: [SheetProblem] = []
        var blank = 0
        var seen: [String: Int] = [:]
        for number in rowNumbers {
            let cells = sheet.rows[number] ?? [:]
            func cell(_ column: SheetColumn) -> WorkbookCell? { columns[column].flatMap { cells[$0] } }
            func text(_ column: SheetColumn) -> String { uninert(cell(column)?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") }
            func place(_ column: SheetColumn) -> String {
                columns[column].map { Strings.Sheets.cell(letter: columnLetters($0), title: column.title) } ?? column.title
            }

            let key = text(.key)
            let filled = columns.keys.filter(\.isFilled).contains { !text($0).isEmpty }
            if key.isEmpty {
                // A note a clerk added below the table, or a row inserted by hand: nothing Duban made.
                if filled { problems.append(SheetProblem(sheet: sheet.name, row: number, message: Strings.Sheets.rowWithoutKey)) }
                continue
            }
            guard let (taskID, unitID) = seal.row(from: key, identity: identity) else {
                problems.append(SheetProblem(sheet: sheet.name, row: number, column: place(.key), message: Strings.Sheets.keyBroken))
                continue
            }
            if let first = seen[key] {
                problems.append(SheetProblem(sheet: sheet.name, row: number, message: Strings.Sheets.duplicateRow(first)))
                continue
            }
            seen[key] = number
            guard filled else {
                blank += 1
                continue
            }

            var rowProblems: [SheetProblem] = []
            func numeric(_ column: SheetColumn) -> Double? {
                let raw = text(column)
                guard !raw.isEmpty else { return nil }
                guard let value = parseNumber(raw, percent: column == .percent) else {
                    rowProblems.append(SheetProblem(sheet: sheet.name, row: number, column: place(column), message: Strings.Sheets.notANumber(raw)))
                    return nil
                }
                return value
            }
            var entry = SheetEntry(
                sheet: sheet.name, row: number, taskID: taskID, unitID: unitID, narrative: text(.narrative),
                problems: text(.problems), nextSteps: text(.nextSteps), evidenceNote: text(.evidenceNote))
            for column in columns.keys {
                guard case .indicatorValue(let index) = column, let value = numeric(column) else { continue }
                entry.values[index] = value
                entry.valueColumns[index] = place(column)
            }
            if let percent = numeric(.percent) {
                if (0...100).contains(percent) {
                    entry.percentComplete = percent
                } else {
                    rowProblems.append(SheetProblem(sheet: sheet.name, row: number, column: place(.percent), message: Strings.Sheets.percentRange))
                }
            }
            if entry.narrative.isEmpty {
                rowProblems.append(SheetProblem(sheet: sheet.name, row: number, column: place(.narrative), message: Strings.Sheets.narrativeRequired))
            }
            if rowProblems.isEmpty { entries.append(entry) } else { problems += rowProblems }
        }
        return SheetReading(identity: identity, entries: entries, problems: problems, blankRows: blank)
    }

    /// The sealed line, wherever the file keeps it: the hidden sheet of an .xlsx, the first row of a CSV.
    static func identityLine(in sheets: [WorkbookSheet]) -> String? {
        for sheet in sheets {
            for number in sheet.rows.keys.sorted().prefix(20) {
                for cell in (sheet.rows[number] ?? [:]).values where cell.text.hasPrefix(SheetSeal.format) {
                    return cell.text
                }
            }
        }
        return nil
    }

    /// The sheet whose header names the key and progress columns, its header row, and where each
    /// known column is.
    static func header(in sheets: [WorkbookSheet]) -> (WorkbookSheet, Int, [SheetColumn: Int])? {
        let known = ProgressSheet.header(indicatorColumns: 50)
        let byTitle = Dictionary(known.map { (normalised($0.title), $0) }, uniquingKeysWith: { first, _ in first })
        for sheet in sheets {
            for number in sheet.rows.keys.sorted().prefix(30) {
                var columns: [SheetColumn: Int] = [:]
                for (column, cell) in sheet.rows[number] ?? [:] {
                    if let known = byTitle[normalised(cell.text)], columns[known] == nil { columns[known] = column }
                }
                if columns[.key] != nil && columns[.narrative] != nil { return (sheet, number, columns) }
            }
        }
        return nil
    }

    /// Titles compared without spaces or the required-field mark, so `进展情况 *` still matches.
    static func normalised(_ title: String) -> String {
        String(title.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "*" && $0 != "＊" })
    }

    /// A number as a clerk types it: `1,234.5`, `１２`, `35%` (a percentage cell Excel shows as 35%).
    static func parseNumber(_ raw: String, percent: Bool) -> Double? {
        // Folded: full-width digits, comma and percent sign (１２，３４５％) read as their ASCII forms.
        var text = FoldedText(raw).string(0..<raw.unicodeScalars.count).replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        if percent, text.hasSuffix("%") { text.removeLast() }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The apostrophe a CSV writer puts before `=`, `+`, `-` or `@` so that text is not run as a
    /// formula (`CSVTable.inert`), taken off again.
    static func uninert(_ text: String) -> String {
        guard text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@".contains(next) else { return text }
        return String(text.dropFirst())
    }
}
