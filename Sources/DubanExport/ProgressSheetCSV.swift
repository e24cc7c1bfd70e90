import DubanCore
import DubanDocuments
import DubanStrings
import Foundation

/// `ProgressSheet` → CSV for offices whose tools read nothing else: the sealed identity on the
/// first line, then the same header and rows as the .xlsx. Nothing can be locked or hidden in a
/// CSV, so the key column is visible; the seal still refuses an edited key.
public enum ProgressSheetCSV {
    public static func write(_ sheet: ProgressSheet) -> Data {
        let columns = ProgressSheet.header(indicatorColumns: sheet.indicatorColumns)
        var rows: [[String]] = [[sheet.identityLine], [sheet.title], columns.map(\.title)]
        for task in sheet.rows {
            rows.append(
                columns.map { column in
                    switch column {
                    case .key: task.key
                    case .label: task.label
                    case .text: task.text
                    case .unit: task.unitName
                    case .role: task.role == .lead ? Strings.Sheets.roleLead : Strings.Sheets.roleCoop
                    case .light: task.light
                    case .narrative: task.filled.narrative
                    case .indicatorCaption(let place): place < task.indicators.count ? task.indicators[place].caption : ""
                    case .indicatorValue(let place):
                        place < task.indicators.count ? (task.filled.values[task.indicators[place].id].map(spreadsheetNumber) ?? "") : ""
                    case .percent: task.filled.percentComplete.map(spreadsheetNumber) ?? ""
                    case .problems: task.filled.problems
                    case .nextSteps: task.filled.nextSteps
                    case .evidenceNote: ""
                    }
                })
        }
        return CSVTable.data(rows)
    }
}
