import DubanDocuments
import DubanStrings
import Foundation

/// Tables with cell boundaries (TAB text, pipes, .docx, .xlsx, CSV) → row drafts.
struct TableRecognizer {
    let document: Document
    /// The columns as a person named them; otherwise read from each table's header.
    var mapping: ColumnMapping?
    /// Real merges (Word, Excel) are read; a blank in pasted text is only presumed merged.
    var mergesAreCertain: Bool { document.format == .docx || document.format == .xlsx }

    typealias Output = RecognizedRows

    func recognize() -> Output {
        var out = Output()
        var attachment = 1
        var sawMarker = false
        var section: String?
        var awaitingTitle = false
        var tableNumber = 0
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                out.paragraphs.append(paragraph)
                let text = NameText.removingWhitespace(paragraph.text)
                if text.isEmpty { continue }
                if let number = Headings.attachmentNumber(text) {
                    attachment = number
                    sawMarker = true
                    section = nil
                    awaitingTitle = true
                    out.attachments.append(Attachment(number: number, title: ""))
                } else if let title = Headings.sectionTitle(text) {
                    section = title
                    awaitingTitle = false
                } else if awaitingTitle, let last = out.attachments.indices.last {
                    out.attachments[last].title = text
                    awaitingTitle = false
                }
            case .table(let table):
                tableNumber += 1
                awaitingTitle = false
                var context = TableContext(attachment: attachment, section: section, number: tableNumber)
                recognize(table, context: &context, into: &out)
                if context.attachment != attachment {
                    attachment = context.attachment
                    sawMarker = true
                }
                section = context.section
            }
        }
        if !sawMarker && out.attachments.isEmpty { out.attachments = [] }
        return out
    }

    struct TableContext {
        var attachment: Int
        var section: String?
        var number: Int
    }

    private func recognize(_ table: Table, context: inout TableContext, into out: inout Output) {
        var positionalRows = 0
        defer {
            if positionalRows > 0 {
                out.warnings.insert(ImportWarning(.positionalSplit, Strings.Import.firstListedLeads(positionalRows), at: table.location), at: 0)
            }
        }
        let headerIndex: Int
        if let found = table.rows.firstIndex(where: isHeader) {
            headerIndex = found
        } else if mapping != nil {
            headerIndex = -1  // a table with no header row: every row is data, the person named the columns
        } else {
            if table.rows.count > 1 {
                out.warnings.append(ImportWarning(.unplacedLine, Strings.Import.noHeader(table: context.number), at: table.location))
            }
            return
        }
        // Rows above the header are titles printed inside the table (Excel sheets do this).
        for row in table.rows[..<max(headerIndex, 0)] {
            for cell in row.cells where cell.merge == .none && !cell.text.isBlank {
                out.paragraphs.append(Paragraph(text: cell.text, location: cell.location))
                if let number = Headings.attachmentNumber(cell.text) { context.attachment = number }
                if let title = Headings.sectionTitle(cell.text) { context.section = title }
            }
        }
        var header = headerIndex >= 0 ? table.rows[headerIndex] : TableRow(cells: [], location: table.location)
        var bodyStart = headerIndex + 1
        // A header over two rows (责任单位 spanning 牵头单位 | 配合单位): the lower row names those columns.
        if headerIndex >= 0, bodyStart < table.rows.count, let lower = Self.lowerHeader(table.rows[bodyStart], under: header) {
            header = lower
            bodyStart += 1
        }
        let width = table.rows.map(\.cells.count).max() ?? 0
        var roles = ColumnRole.map(headers: header.cells.map(\.text), spans: header.cells.map { $0.merge == .fromLeft })
        var responsibleOnly = Self.responsibleOnly(headers: header.cells.map(\.text), roles: roles)
        if let mapping {
            roles = (0..<max(width, mapping.roles.count)).map { $0 < mapping.roles.count ? mapping.columnRoles[$0] : .other }
            responsibleOnly = mapping.responsibleOnly
        }
        guard roles.contains(.standard) else {
            out.warnings.append(ImportWarning(.unplacedLine, Strings.Import.noStandardColumn(table: context.number), at: table.location))
            return
        }
        var above: [String] = Array(repeating: "", count: roles.count)
        var subheading: String?
        var segment = context.number * 1000
        let headerTexts = header.cells.map { NameText.removingWhitespace($0.text) }
        for row in table.rows[bodyStart...] {
            let texts = row.cells.map(\.text)
            if isHeader(row) {
                // The same header printed again at a page break continues the table; another
                // header starts a new one, and nothing is inherited across it.
                if texts.map(NameText.removingWhitespace) == headerTexts { continue }
                segment += 1
                above = Array(repeating: "", count: roles.count)
                continue
            }
            if let heading = spanningHeading(row, roles: roles) {
                // A full-width row: a section heading (一、…), an attachment marker, or a sub-group.
                if let number = Headings.attachmentNumber(heading) {
                    context.attachment = number
                    context.section = nil
                    subheading = nil
                } else if let title = Headings.sectionTitle(heading) {
                    context.section = title
                    subheading = nil
                } else {
                    subheading = heading
                }
                out.paragraphs.append(Paragraph(text: heading, location: row.location))
                continue
            }
            var values = above
            var merged = Array(repeating: false, count: roles.count)
            var spanned = Array(repeating: false, count: roles.count)
            for (index, cell) in row.cells.enumerated() where index < roles.count {
                switch cell.merge {
                case .none: values[index] = cell.text
                case .fromAbove: merged[index] = true
                case .fromLeft:
                    values[index] = index > 0 ? values[index - 1] : ""
                    spanned[index] = true
                }
            }
            if row.cells.count < roles.count {
                for index in row.cells.count..<roles.count { values[index] = "" }
            }
            defer { above = values }
            guard let standardIndex = roles.firstIndex(of: .standard) else { continue }
            // A standard cell merged from above is the same task continuing, not a new one.
            if merged[standardIndex] || texts.allSatisfy({ $0.isBlank }) { continue }
            var standard = values[standardIndex]
            var path: [String] = []
            if let section = context.section { path.append(section) }
            for role in [ColumnRole.theme, .goal, .subgoal] {
                if let index = roles.firstIndex(of: role) {
                    let title = NameText.removingWhitespace(values[index])
                    // A goal with no sub-groups spans both title columns: one title, not two.
                    if role == .subgoal && (spanned[index] || path.last == title) { continue }
                    if !title.isEmpty { path.append(title) }
                }
            }
            if let subheading { path.append(subheading) }
            if let (heading, rest) = StandardText.leadingSubheading(standard) {
                path.append(heading)
                standard = rest
            }
            if NameText.removingWhitespace(standard).isEmpty { continue }
            let hasGoal = roles.contains(.goal) || roles.contains(.theme)
            let numberText = roles.firstIndex(of: .number).map { NameText.removingWhitespace(values[$0]) } ?? ""
            var draft = RowDraft(
                attachment: context.attachment, table: segment, path: path,
                label: hasGoal || merged[roles.firstIndex(of: .number) ?? 0] ? "" : numberText,
                text: standard,
                leaders: field(.leader, roles, row, merged),
                leadUnits: field(.lead, roles, row, merged),
                coopUnits: field(.coop, roles, row, merged),
                deadline: field(.deadline, roles, row, merged),
                location: row.location)
            if !roles.contains(.lead) && !roles.contains(.coop) { draft.leadUnits = .empty }
            if responsibleOnly {
                draft.coopUnits = .empty
                if case .lines(let lines) = draft.leadUnits {
                    // One 责任单位 column: the unit listed first leads, the rest cooperate.
                    let read = ResponsibleList.split(UnitListSplitter().split(lines: lines).names)
                    draft.leadUnits = .lines(read.lead.isEmpty ? [] : [read.lead.joined(separator: "、")])
                    draft.coopUnits = .lines(read.coop.isEmpty ? [] : [read.coop.joined(separator: "、")])
                    if read.byPosition { positionalRows += 1 }
                } else {
                    draft.coopUnits = draft.leadUnits
                }
            }
            out.rows.append(draft)
        }
    }

    /// The header row with the names the row below gives to the columns under a spanning cell,
    /// when that row holds header words only (`牵头单位`, `配合单位`) and no standard.
    static func lowerHeader(_ row: TableRow, under header: TableRow) -> TableRow? {
        let own = row.cells.filter { $0.merge == .none && !$0.text.isBlank }
        guard !own.isEmpty, own.allSatisfy({ HeaderVocabulary.isHeaderWord($0.text) }),
            !own.contains(where: { ColumnRole.of(header: $0.text) == .standard })
        else { return nil }
        var merged = header
        for (index, cell) in row.cells.enumerated() where cell.merge == .none && !cell.text.isBlank {
            if index < merged.cells.count {
                merged.cells[index].text = cell.text
                merged.cells[index].merge = .none
            } else {
                merged.cells.append(cell)
            }
        }
        return merged
    }

    /// The only unit column is a plain 责任单位 (no 牵头, 主办 or 配合 beside it).
    static func responsibleOnly(headers: [String], roles: [ColumnRole]) -> Bool {
        let units = roles.indices.filter { roles[$0] == .lead || roles[$0] == .coop }
        guard units.count == 1, roles[units[0]] == .lead else { return false }
        let header = ScriptFolding.simplified(NameText.removingWhitespace(headers[units[0]]))
        return !["牵头", "主办", "主责"].contains(where: header.contains)
    }

    private func field(_ role: ColumnRole, _ roles: [ColumnRole], _ row: TableRow, _ merged: [Bool]) -> CellValue {
        guard let index = roles.firstIndex(of: role) else { return .sameAsAbove(.mergedCell) }
        if index < merged.count && merged[index] { return .sameAsAbove(mergesAreCertain ? .mergedCell : .blankCell) }
        guard index < row.cells.count else { return .empty }
        return .lines(NameText.lines(row.cells[index].text))
    }

    private func isHeader(_ row: TableRow) -> Bool { Self.looksLikeHeader(row) }

    static func looksLikeHeader(_ row: TableRow) -> Bool {
        let texts = row.cells.filter { $0.merge == .none }.map(\.text)
        guard HeaderVocabulary.isHeaderRow(texts) else { return false }
        let roles = texts.map(ColumnRole.of)
        if roles.contains(.standard) { return true }
        // No standard column by name: a name column stands in for it (序号 | 重点工作 | 责任单位).
        return roles.contains(.goal) && ColumnRole.map(headers: texts, spans: texts.map { _ in false }).contains(.standard)
    }

    /// A row whose one filled cell spans the whole width is a group heading (`市政设施`).
    /// CSV and TSV cannot merge cells: saved from a spreadsheet, a heading that spanned the row
    /// keeps its text in the first cell and leaves the others empty, so there such a row is a
    /// heading too, unless the first column holds the standards or the text is a bare number.
    private func spanningHeading(_ row: TableRow, roles: [ColumnRole]) -> String? {
        guard row.cells.count >= 3 else { return nil }
        let own = row.cells.filter { $0.merge == .none && !$0.text.isBlank }
        guard own.count == 1 else { return nil }
        let spans = row.cells.filter({ $0.merge == .fromLeft }).count >= row.cells.count - 1
        let text = NameText.removingWhitespace(own[0].text)
        let delimited =
            (document.format == .csv || document.format == .tsv) && !row.cells[0].text.isBlank
            && roles.first != .standard && !text.allSatisfy({ "0123456789()（）.．、一二三四五六七八九十".contains($0) })
        guard spans || delimited else { return nil }
        return text.hasSuffix("：") || text.hasSuffix(":") ? String(text.dropLast()) : text
    }
}
