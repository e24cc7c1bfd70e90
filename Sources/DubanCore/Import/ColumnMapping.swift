import DubanDocuments

/// What each column of a table holds, as a clerk said it when the reader was unsure. Kept per
/// government under the header's words, so next year's document with the same header is
/// offered the same answer.
public struct ColumnMapping: Codable, Sendable, Equatable {
    public enum Role: String, Codable, Sendable, CaseIterable {
        case number, goal, standard, leader, lead, coop, responsible, deadline, ignore
    }

    public var roles: [Role]

    public init(roles: [Role]) {
        self.roles = roles
    }

    var columnRoles: [ColumnRole] {
        roles.map { role in
            switch role {
            case .number: .number
            case .goal: .goal
            case .standard: .standard
            case .leader: .leader
            case .lead, .responsible: .lead
            case .coop: .coop
            case .deadline: .deadline
            case .ignore: .other
            }
        }
    }

    /// A plain 责任单位 column: its first unit leads, the rest cooperate.
    var responsibleOnly: Bool { roles.contains(.responsible) && !roles.contains(.lead) && !roles.contains(.coop) }

    /// The reader's own reading of a header, in these terms.
    static func guess(headers: [String], roles: [ColumnRole]) -> [Role] {
        let responsibleOnly = TableRecognizer.responsibleOnly(headers: headers, roles: roles)
        return roles.map { role in
            switch role {
            case .number: .number
            case .theme, .goal, .subgoal: .goal
            case .standard: .standard
            case .leader: .leader
            case .lead: responsibleOnly ? .responsible : .lead
            case .coop: .coop
            case .deadline: .deadline
            case .note, .other: .ignore
            }
        }
    }
}

/// A table whose columns the reader could not all name: its header (if any), its first rows,
/// the reader's guess, and the words a remembered answer is kept under.
public struct ColumnQuestion: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]
    public var guess: ColumnMapping
    /// The header's words, white space removed, joined; for a table with no header, its width.
    public var key: String
    public var reason: Reason

    public enum Reason: String, Sendable {
        /// No row of the table reads as a header.
        case noHeader
        /// Header words the lexicon does not know, or no standard or unit column among them.
        case unknownColumns
    }

    /// The first cell-delimited table of the document the reader is unsure about, if any.
    public static func of(_ document: Document) -> ColumnQuestion? {
        for table in document.tables where table.rows.count >= 2 {
            let width = table.rows.map(\.cells.count).max() ?? 0
            guard width >= 2 else { continue }
            func texts(_ row: TableRow) -> [String] {
                (0..<width).map { $0 < row.cells.count ? NameText.removingWhitespace(row.cells[$0].text) : "" }
            }
            guard let headerIndex = table.rows.firstIndex(where: TableRecognizer.looksLikeHeader) else {
                let sample = table.rows.prefix(5).map(texts)
                let roles = sample.first.map { row in row.map { _ in ColumnMapping.Role.ignore } } ?? []
                return ColumnQuestion(header: [], rows: sample, guess: ColumnMapping(roles: roles), key: "width:\(width)", reason: .noHeader)
            }
            let header = texts(table.rows[headerIndex])
            let roles = ColumnRole.map(headers: header, spans: header.map { _ in false })
            let guess = ColumnMapping.guess(headers: header, roles: roles)
            let body = table.rows[(headerIndex + 1)...].prefix(5).map(texts)
            let unknown = header.indices.contains { index in
                guess[index] == .ignore && roles[index] == .other && body.contains { index < $0.count && !$0[index].isEmpty }
            }
            let unitsMissing = !guess.contains(where: { [.lead, .coop, .responsible].contains($0) })
            guard unknown || unitsMissing || !guess.contains(.standard) else { continue }
            return ColumnQuestion(
                header: header, rows: Array(body), guess: ColumnMapping(roles: guess),
                key: header.joined(separator: "|"), reason: .unknownColumns)
        }
        return nil
    }
}
