import DubanDocuments
import DubanStrings

/// Reads the rows of one table in the one-cell-per-line layout.
struct BodyReader {
    let attachment: Int
    let table: Int
    let header: LineLayoutRecognizer.Header

    private(set) var rows: [RowDraft] = []
    private(set) var warnings: [ImportWarning] = []

    private enum Phase { case titles, text, leaders, units }
    private var phase = Phase.titles
    private var zone = TitleZone()
    private var top: String?
    private var sub: String?
    /// Seen a numbered group with a goal and a sub-group: un-numbered titles are sub-groups.
    private var twoLevels = false
    private var current: Pending?

    private struct Pending {
        var label: String
        var text: [String]
        var lastPoint: Int?
        var leaders: [String] = []
        var units: [String] = []
        var location: SourceLocation
        var warnings: [ImportWarning] = []
    }

    init(attachment: Int, table: Int, header: LineLayoutRecognizer.Header) {
        self.attachment = attachment
        self.table = table
        self.header = header
    }

    var hasLeaderColumn: Bool { header.roles.contains(.leader) }

    mutating func read(_ lines: ArraySlice<SourceLine>) {
        let all = Array(lines)
        for (index, line) in all.enumerated() {
            let text = NameText.removingWhitespace(line.text)
            let next = index + 1 < all.count ? NameText.removingWhitespace(all[index + 1].text) : nil
            switch LineShape.of(text) {
            case .groupNumber:
                finishRow()
                zone = TitleZone(fragments: [], numbered: true)
                phase = .titles
            case .labelledText(let label, let rest):
                finishRow()
                startRow(label: label, text: rest, point: nil, at: line)
            case .numberedPoint(let number):
                if phase == .text, var row = current, let last = row.lastPoint, number == last + 1 {
                    row.text.append(text)
                    row.lastPoint = number
                    current = row
                } else {
                    finishRow()
                    startRow(label: "", text: text, point: number, at: line)
                }
            case .sentence:
                if phase == .text, var row = current, !row.label.isEmpty {
                    // A labelled standard that wrapped: the line continues it.
                    row.text.append(text)
                    row.warnings.append(ImportWarning(.unplacedLine, Strings.Import.continuationLine(text), at: .line(line.number)))
                    current = row
                } else {
                    finishRow()
                    startRow(label: "", text: text, point: nil, at: line)
                }
            case .unitList:
                placeShort(text, next: next, line: line, unitShaped: true)
            case .short:
                placeShort(text, next: next, line: line, unitShaped: UnitNames.looksLikeUnitLine(text))
            }
        }
        finishRow()
    }

    /// A short line's column follows from where the row is: titles before the standard,
    /// leaders right after it, then units; a title-shaped line after the units opens a sub-group.
    private mutating func placeShort(_ text: String, next: String?, line: SourceLine, unitShaped: Bool) {
        switch phase {
        case .titles:
            zone.fragments.append(text)
        case .text, .leaders:
            if hasLeaderColumn && LeaderNames.looksLikeLeaderLine(text) && !unitShaped {
                current?.leaders.append(text)
                phase = .leaders
            } else if unitShaped || wrapsIntoUnit(text, next: next) {
                current?.units.append(text)
                phase = .units
            } else {
                finishRow()
                zone = TitleZone(fragments: [text], numbered: false)
                phase = .titles
            }
        case .units:
            let previous = current?.units.last ?? ""
            if unitShaped || NameText.endsWithSeparator(previous) || !UnitListSplitter().isComplete(lastName(previous))
                || wrapsIntoUnit(text, next: next) {
                current?.units.append(text)
            } else {
                finishRow()
                zone = TitleZone(fragments: [text], numbered: false)
                phase = .titles
            }
        }
    }

    /// `退役军人` followed by `事务局`: the first half of a unit name wrapped over two lines.
    private func wrapsIntoUnit(_ text: String, next: String?) -> Bool {
        guard let next, text.count <= 6, LineShape.of(next) == .short else { return false }
        return !UnitNames.hasUnitSuffix(text) && UnitNames.hasUnitSuffix(next) && UnitNames.hasUnitSuffix(text + next)
    }

    private func lastName(_ text: String) -> String {
        String(text.split(whereSeparator: { NameText.separators.contains($0) }).last ?? "")
    }

    private mutating func startRow(label: String, text: String, point: Int?, at line: SourceLine) {
        applyTitles()
        current = Pending(label: label, text: [text], lastPoint: point, location: .line(line.number))
        phase = .text
    }

    private mutating func applyTitles() {
        guard !zone.isEmpty else { return }
        if zone.numbered {
            let titles = zone.titles()
            top = titles.first
            sub = titles.count > 1 ? titles.dropFirst().joined() : nil
            if titles.count > 1 { twoLevels = true }
        } else if twoLevels {
            sub = zone.fragments.joined()
        } else {
            top = zone.fragments.joined()
            sub = nil
        }
        zone = TitleZone()
    }

    private mutating func finishRow() {
        guard let row = current else { return }
        current = nil
        var draft = RowDraft(
            attachment: attachment, table: table, path: [top, sub].compactMap { $0 },
            label: row.label, text: row.text.joined(),
            leaders: row.leaders.isEmpty ? .sameAsAbove(.missingLine) : .lines(row.leaders),
            leadUnits: .sameAsAbove(.missingLine), coopUnits: .sameAsAbove(.missingLine),
            deadline: header.roles.contains(.deadline) ? .sameAsAbove(.missingLine) : .empty,
            location: row.location, warnings: row.warnings)
        if !hasLeaderColumn { draft.leaders = .empty }
        let cells = UnitListSplitter().cells(lines: row.units)
        if let lead = cells.first {
            draft.leadUnits = .lines(lead)
            let leadText = lead.joined()
            if cells.count > 1 {
                draft.coopUnits = .lines(cells.dropFirst().flatMap { $0 })
                if cells.count > 2 {
                    draft.warnings.append(ImportWarning(.ambiguousUnits, Strings.Import.manyUnitCells(lead: leadText, count: cells.count), at: row.location))
                }
            } else if header.roles.contains(.coop) {
                draft.warnings.append(ImportWarning(.ambiguousUnits, Strings.Import.singleUnitCell(leadText), at: row.location))
            }
            if !header.roles.contains(.lead) && !header.roles.contains(.coop) {
                draft.warnings.append(ImportWarning(.unitsWithoutColumn, Strings.Import.unitsWithoutColumn(leadText), at: row.location))
            }
        }
        rows.append(draft)
        phase = .text
    }
}
