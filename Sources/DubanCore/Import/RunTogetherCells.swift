import DubanStrings

/// Cells whose boundaries were lost when the table was copied: `…控制在3%以内何海平人社局高新园(邹区镇)各街道`
/// is a standard, a leader and two unit cells on one line. The names are peeled off the end of
/// the text where each stands alone elsewhere in the same document; every such split is flagged.
struct RunTogetherCells {
    var units: Set<String>
    var leaders: Set<String>

    struct Split: Equatable {
        var text: String
        var leaders: [String]
        var units: [String]
    }

    func split(_ text: String) -> Split? {
        // Run-together cells end in a name; a standard ends as sentences end.
        guard let end = text.last, !"。；;，,：:！？".contains(end), text.count >= 12 else { return nil }
        var rest = Substring(text)
        var peeledUnits: [String] = []
        var peeledLeaders: [String] = []
        // Units come last in the row, leaders before them: peel units, then leaders.
        while let name = longestKnown(suffixOf: rest, in: units), peeledLeaders.isEmpty {
            peeledUnits.insert(name, at: 0)
            rest = rest.dropLast(name.count)
            while let last = rest.last, NameText.separators.contains(last) { rest = rest.dropLast() }
        }
        while let name = longestKnown(suffixOf: rest, in: leaders) {
            peeledLeaders.insert(name, at: 0)
            rest = rest.dropLast(name.count)
        }
        // One trailing name alone may be the standard's own words (`…移交区城管局`).
        guard !peeledUnits.isEmpty, !peeledLeaders.isEmpty || peeledUnits.count >= 2, rest.count >= 8, let last = rest.last, !NameText.separators.contains(last)
        else { return nil }
        return Split(text: String(rest), leaders: peeledLeaders, units: peeledUnits)
    }

    private func longestKnown(suffixOf text: Substring, in names: Set<String>) -> String? {
        var best: String?
        for length in stride(from: min(20, text.count - 1), through: 2, by: -1) {
            let candidate = String(text.suffix(length))
            if names.contains(candidate) {
                best = candidate
                break
            }
        }
        return best
    }
}

extension RunTogetherCells {
    /// Rows that printed nothing after their standard, read again for cells run into the text.
    static func splitting(_ rows: [RowDraft]) -> [RowDraft] {
        var units: Set<String> = []
        var leaders: Set<String> = []
        for row in rows {
            for value in [row.leadUnits, row.coopUnits] {
                if case .lines(let lines) = value { units.formUnion(lines.flatMap(NameText.splitNames)) }
            }
            if case .lines(let lines) = row.leaders { leaders.formUnion(lines.flatMap(LeaderNames.split)) }
        }
        let splitter = RunTogetherCells(units: units, leaders: leaders)
        return rows.map { row in
            guard case .sameAsAbove(.missingLine) = row.leadUnits, let split = splitter.split(NameText.removingWhitespace(row.text)) else { return row }
            var row = row
            row.text = split.text
            if !split.leaders.isEmpty { row.leaders = .lines(split.leaders) }
            row.leadUnits = .lines([split.units[0]])
            row.coopUnits = .lines(split.units.count > 1 ? [split.units.dropFirst().joined(separator: "、")] : [])
            let cells = split.leaders + split.units
            row.warnings.append(ImportWarning(.splitName, Strings.Import.splitCells(cells), at: row.location))
            return row
        }
    }
}
