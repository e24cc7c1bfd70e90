import DubanDocuments

/// A row as a layout recognizer saw it, before names are split and merged cells resolved.
/// Every layout (tables, one cell per line, inline) produces these, so the rules that follow
/// (inheritance, name splitting, labels) are written once.
struct RowDraft: Sendable {
    var attachment: Int
    /// Rows of one table inherit from each other; never across tables.
    var table: Int
    var path: [String]
    var label: String
    var text: String
    var leaders: CellValue
    var leadUnits: CellValue
    var coopUnits: CellValue
    var deadline: CellValue
    var location: SourceLocation
    var warnings: [ImportWarning] = []
    /// Say so when a unit name has no unit's shape and stands nowhere else in the document;
    /// off for a last row cut off by the end of the file, which the plan's warning covers.
    var checksUnitShapes = true

    func value(_ field: ResponsibilityField) -> CellValue {
        switch field {
        case .leaders: leaders
        case .leadUnits: leadUnits
        case .coopUnits: coopUnits
        case .deadline: deadline
        }
    }
}

/// A responsibility cell: printed lines, or nothing printed because the cell is the one above.
enum CellValue: Sendable, Equatable {
    case lines([String])
    case sameAsAbove(Evidence)

    static let empty = CellValue.lines([])

    /// Why the value is taken from the row above; only a real merged cell is certain.
    enum Evidence: Sendable, Equatable {
        case mergedCell
        case blankCell
        case missingLine
    }
}

/// What every layout recognizer returns: the rows, and the paragraphs and attachments around them.
struct RecognizedRows {
    var rows: [RowDraft] = []
    var paragraphs: [Paragraph] = []
    var attachments: [Attachment] = []
    var warnings: [ImportWarning] = []
}
