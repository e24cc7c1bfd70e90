import DubanDocuments
import DubanStrings

/// Reads the rows of one table in the one-cell-per-line layout.
struct BodyReader {
    let attachment: Int
    let table: Int
    let header: LineLayoutRecognizer.Header

    private(set) var rows: [RowDraft] = []
    private(set) var warnings: [ImportWarning] = []

    private enum Phase { case titles, text, note, leaders, units }
    private var phase = Phase.titles
    private var zone = TitleZone()
    private var top: String?
    private var sub: String?
    /// Seen a numbered group with a goal and a sub-group: un-numbered titles are sub-groups.
    private var twoLevels = false
    private var current: Pending?
    /// A 序号 in a table without a name column numbers the next row itself.
    private var pendingLabel: String?
    /// Leaders a section row names (`一、…（牵头领导：成坤、柯相国）`) for the rows under it.
    private var sectionLeaders: [String] = []
    /// The file ends inside this table's last row.
    var endsAbruptly = false
    private(set) var positionalRows = 0
    /// A row above printed cooperating units, so a row with one unit cell may be taking them over.
    private var coopAbove = false

    private struct Pending {
        var label: String
        /// The label came from a 序号 line of its own: the row runs to the next number, so a
        /// second sentence before the units is the same cell wrapped, not a guess.
        var numberedRow = false
        var text: [String]
        var lastPoint: Int?
        var leaders: [String] = []
        var units: [String] = []
        var deadline: String?
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
            // The header printed again at the top of a page.
            if header.words.contains(text) { continue }
            if header.roles.contains(.deadline), phase != .titles, current != nil, current?.deadline == nil, Self.isDeadlineCell(text) {
                current?.deadline = text
                continue
            }
            if let marker = OutlineMarker.parse(text), marker.rank == 0 {
                openSection(marker.rest)
                continue
            }
            if let label = pendingLabel, current == nil, LineShape.of(text) != .groupNumber {
                // The row's own number was the line before: this is its standard, whatever its length.
                pendingLabel = nil
                startRow(label: label, text: text, point: nil, at: line)
                current?.numberedRow = true
                continue
            }
            switch LineShape.of(text) {
            case .groupNumber:
                finishRow()
                if header.hasGoalColumn {
                    zone = TitleZone(fragments: [], numbered: true)
                } else {
                    pendingLabel = text
                }
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
                if phase == .text, header.hasNoteColumn, current != nil {
                    // The standard is written; a second running text is the 进展情况 cell.
                    phase = .note
                } else if phase == .note, header.roles.contains(.number) {
                    // Rows open with their number: until it comes, the note goes on.
                } else if phase == .text, var row = current, !row.label.isEmpty {
                    // A labelled standard that wrapped: the line continues it.
                    row.text.append(text)
                    if !row.numberedRow {
                        row.warnings.append(ImportWarning(.unplacedLine, Strings.Import.continuationLine(text), at: .line(line.number)))
                    }
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
        if endsAbruptly, let last = rows.indices.last { markTruncated(last) }
    }

    /// The file ends inside the last row: what it prints is kept as printed, the row's own
    /// guesses give way to one plan warning that it may be incomplete.
    private mutating func markTruncated(_ index: Int) {
        rows[index].checksUnitShapes = false
        rows[index].warnings.removeAll { $0.code == .ambiguousUnits }
        let row = rows[index]
        warnings.append(ImportWarning(.truncated, Strings.Import.truncatedLast(ItemRecognizer.shortName(label: row.label, text: row.text)), at: row.location))
    }

    /// `一、主要预期指标` across the table: a section, whose title heads the path of its rows.
    private mutating func openSection(_ title: String) {
        finishRow()
        if let (bare, leaders) = LeaderHeading.trailingLeaders(title) {
            top = bare
            sectionLeaders = leaders
        } else {
            top = title
            sectionLeaders = LeaderHeading.leaders(title) ?? []
        }
        sub = nil
        zone = TitleZone()
        phase = .titles
        pendingLabel = nil
    }

    /// A short line's column follows from where the row is: titles before the standard,
    /// leaders right after it, then units; a title-shaped line after the units opens a sub-group.
    private mutating func placeShort(_ text: String, next: String?, line: SourceLine, unitShaped: Bool) {
        switch phase {
        case .titles:
            zone.fragments.append(text)
        case .note:
            // The units follow the 进展情况 cell: a short line here is a unit, whatever its shape.
            current?.units.append(text)
            phase = .units
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
                || wrapsIntoUnit(text, next: next)
            {
                current?.units.append(text)
            } else if header.leadersAfterUnits && LeaderNames.looksLikeLeaderLine(text) {
                // 责任领导 printed after the unit columns.
                current?.leaders.append(text)
                phase = .leaders
            } else {
                finishRow()
                zone = TitleZone(fragments: [text], numbered: false)
                phase = .titles
            }
        }
    }

    /// `2023年12月`, `6月底前`, `年底前`, `长期`: a 完成时限 cell, not a title or a unit.
    static func isDeadlineCell(_ text: String) -> Bool {
        guard text.count <= 16, !UnitNames.looksLikeUnitLine(text) else { return false }
        return Deadline.parse(text, planYear: 2000) != nil || Deadline.isOngoing(text)
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
        guard var row = current else { return }
        current = nil
        // `1. 生产总值增长7.5%以上。` alone in a table with no name column: the number is the row's.
        if !header.hasGoalColumn, row.label.isEmpty, row.text.count == 1, row.lastPoint != nil,
            let marker = OutlineMarker.parse(row.text[0]), marker.rank == 2
        {
            row.label = marker.label
            row.text = [marker.rest]
        }
        var draft = RowDraft(
            attachment: attachment, table: table, path: [top, sub].compactMap { $0 },
            label: row.label, text: row.text.joined(),
            leaders: row.leaders.isEmpty ? .sameAsAbove(.missingLine) : .lines(row.leaders),
            leadUnits: .sameAsAbove(.missingLine), coopUnits: .sameAsAbove(.missingLine),
            deadline: row.deadline.map { .lines([$0]) } ?? (header.roles.contains(.deadline) ? .sameAsAbove(.missingLine) : .empty),
            location: row.location, warnings: row.warnings)
        if !hasLeaderColumn { draft.leaders = .empty }
        if row.leaders.isEmpty && !sectionLeaders.isEmpty { draft.leaders = .lines(sectionLeaders) }
        let cells = UnitListSplitter().cells(lines: row.units)
        if header.responsibleOnly, !cells.isEmpty {
            // One 责任单位 cell: listed first leads, the rest cooperate (the plan's note says so).
            let read = ResponsibleList.split(UnitListSplitter().split(lines: cells.flatMap { $0 }).names)
            draft.leadUnits = .lines(read.lead.isEmpty ? [] : [read.lead.joined(separator: "、")])
            draft.coopUnits = .lines(read.coop.isEmpty ? [] : [read.coop.joined(separator: "、")])
            if read.byPosition { positionalRows += 1 }
        } else if let lead = cells.first {
            draft.leadUnits = .lines(lead)
            let leadText = lead.joined()
            if cells.count > 1 {
                coopAbove = true
                draft.coopUnits = .lines(cells.dropFirst().flatMap { $0 })
                if cells.count > 2 {
                    draft.warnings.append(ImportWarning(.ambiguousUnits, Strings.Import.manyUnitCells(lead: leadText, count: cells.count), at: row.location))
                }
            } else if header.roles.contains(.coop) && coopAbove {
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
