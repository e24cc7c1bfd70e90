import DubanDocuments
import DubanStrings

/// Every reading of a document that could apply, and the one kept: the reading that explains
/// most of the document. The layout guess orders the candidates and breaks ties; it does not
/// decide alone, so a plan whose layout was guessed wrong is still read.
enum PlanReadings {
    struct Reading {
        var format: DocumentFormat
        var rows: RecognizedRows
        var explained: Int
        var withResponsibility: Int
    }

    static func best(of document: Document, mapping: ColumnMapping? = nil) -> Reading {
        if let mapping, !document.tables.isEmpty {
            // The person said what the columns are: that reading, and no other.
            return reading(document.format, TableRecognizer(document: document, mapping: mapping).recognize())
        }
        let candidates = readings(of: document)
        guard var best = candidates.max(by: { $0.explained < $1.explained }) else {
            return Reading(format: document.format, rows: RecognizedRows(), explained: 0, withResponsibility: 0)
        }
        // The first candidate is the layout guess: keep it unless another explains clearly more.
        if let guess = candidates.first, guess.explained * 10 >= best.explained * 9 { best = guess }
        if let runnerUp = candidates.filter({ $0.format != best.format && !$0.rows.rows.isEmpty }).max(by: { $0.explained < $1.explained }),
            best.format != document.format || runnerUp.withResponsibility * 2 >= best.withResponsibility
        {
            let note = Strings.Import.reading(
                Strings.Import.layoutName(best.format.rawValue), tasks: best.withResponsibility,
                other: Strings.Import.layoutName(runnerUp.format.rawValue), otherTasks: runnerUp.withResponsibility)
            best.rows.warnings.append(ImportWarning(.reading, note, at: best.rows.rows.first?.location ?? SourceLocation()))
        }
        return best
    }

    /// Cell-delimited tables (TAB, pipes, CSV, Word, Excel) are read as tables; the cell
    /// boundaries are evidence enough. Text without them is read both as one cell per line and
    /// as prose items; a table format that yields nothing falls back to its lines.
    static func readings(of document: Document) -> [Reading] {
        var out: [Reading] = []
        switch document.format {
        case .lines, .inline:
            let lines = reading(.lines, LineLayoutRecognizer(document: document).recognize())
            let items = reading(.inline, ItemRecognizer(document: document).recognize())
            out = document.format == .lines ? [lines, items] : [items, lines]
        default:
            out = [reading(document.format, TableRecognizer(document: document).recognize())]
            if out[0].rows.rows.isEmpty && !document.lines.isEmpty {
                out.append(reading(.inline, ItemRecognizer(document: document).recognize()))
                out.append(reading(.lines, LineLayoutRecognizer(document: document).recognize()))
            }
        }
        return out
    }

    /// How much of the document a reading explains: the text of its rows, counted in full
    /// where the row found its responsibility and at a quarter where it found none, plus the
    /// names it read.
    static func reading(_ format: DocumentFormat, _ rows: RecognizedRows) -> Reading {
        var explained = 0
        var withResponsibility = 0
        for row in rows.rows {
            let names = [row.leaders, row.leadUnits, row.coopUnits].reduce(0) { total, value in
                if case .lines(let lines) = value { return total + lines.joined().count }
                return total + 4
            }
            let text = NameText.removingWhitespace(row.text).count
            if names > 0 {
                withResponsibility += 1
                explained += text + names
            } else {
                explained += text / 4
            }
        }
        return Reading(format: format, rows: rows, explained: explained, withResponsibility: withResponsibility)
    }
}
