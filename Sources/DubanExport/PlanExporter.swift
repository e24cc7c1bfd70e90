import DubanCore
import Foundation

/// Plan → file bytes in the chosen format. The three table formats share one layout
/// (`IssuedLayout`), so a Word table, a workbook and a CSV say the same thing.
public struct PlanExporter: Sendable {
    public init() {}

    public func export(_ plan: Plan, as format: ExportFormat) throws -> Data {
        switch format {
        case .docx: try DocxWriter.write(IssuedLayout(plan: plan))
        case .xlsx: try XlsxWriter.write(IssuedLayout(plan: plan))
        // A CSV holds one table, so every attachment gets the same columns.
        case .csv: CsvWriter.write(IssuedLayout(plan: plan, sameColumnsEverywhere: true))
        case .json: Data(try PlanJSON.encode(plan).utf8)
        }
    }
}
