import Foundation

/// The phrases that assign responsibility in prose.
enum InlineResponsibility {
    static let labels: [(String, ResponsibilityField)] = [
        ("牵头单位", .leadUnits), ("主办单位", .leadUnits), ("责任单位", .leadUnits), ("牵头部门", .leadUnits),
        ("配合单位", .coopUnits), ("协办单位", .coopUnits), ("配合部门", .coopUnits),
        ("分管领导", .leaders), ("牵头领导", .leaders), ("责任领导", .leaders), ("分管区领导", .leaders),
        ("完成时限", .deadline), ("完成时间", .deadline), ("时间节点", .deadline),
    ]

    /// `牵头单位：发改局` → (.leadUnits, ["发改局"]).
    static func labelLine(_ text: String) -> (ResponsibilityField, [String])? {
        for (label, field) in labels where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            guard let colon = rest.first, colon == "：" || colon == ":" else { continue }
            return (field, [String(rest.dropFirst())])
        }
        return nil
    }

    /// Splits `…（X牵头，Y配合）` into the item's text and what the parenthesis assigns.
    static func trailing(_ text: String) -> (String, [(ResponsibilityField, [String])]) {
        var body = text
        var trailingStop = ""
        while let last = body.last, "。；;".contains(last) {
            trailingStop = String(last) + trailingStop
            body.removeLast()
        }
        guard let close = body.last, close == "）" || close == ")",
              let open = body.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return (text, []) }
        let inner = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
        let assigned = parse(inner)
        guard !assigned.isEmpty else { return (text, []) }
        return (String(body[..<open]) + trailingStop, assigned)
    }

    /// The inside of the parenthesis: `牵头单位：X；配合单位：Y`, `X牵头，Y配合`, `X主办，Y协办`,
    /// `X负责`, `X牵头，Y按职责分工负责`.
    static func parse(_ inner: String) -> [(ResponsibilityField, [String])] {
        let clauses = inner.split(whereSeparator: { "；;，,".contains($0) }).map(String.init)
        var result: [(ResponsibilityField, [String])] = []
        var pendingNames: [String] = []
        for clause in clauses {
            if let labelled = labelLine(clause) {
                result.append(labelled)
                continue
            }
            let roles: [(String, ResponsibilityField)] = [
                ("按职责分工负责", .coopUnits), ("牵头负责", .leadUnits), ("牵头", .leadUnits), ("主办", .leadUnits),
                ("负责", .leadUnits), ("配合", .coopUnits), ("协办", .coopUnits), ("参与", .coopUnits),
            ]
            guard let (suffix, field) = roles.first(where: { clause.hasSuffix($0.0) }) else {
                // A name list continuing after a comma: `X、Y，Z牵头` is rare; keep it for the next clause.
                if UnitNames.looksLikeUnitLine(clause) { pendingNames.append(clause); continue }
                return []
            }
            let names = String(clause.dropLast(suffix.count))
            guard !names.isEmpty, UnitNames.looksLikeUnitLine(names) || names.count <= 12 else { return [] }
            result.append((field, pendingNames + [names]))
            pendingNames = []
        }
        return pendingNames.isEmpty ? result : []
    }

    /// `张三副区长牵头负责的工作` → ["张三"]; `区长负责的工作` → ["区长"].
    static func leaderHeading(_ text: String) -> [String]? {
        guard text.hasSuffix("负责的工作") || text.hasSuffix("分管的工作") || text.hasSuffix("牵头的工作") else { return nil }
        let pattern = #"^(.+?)(同志)?(常务副区长|副区长|区长|常务副市长|副市长|市长|副县长|县长)?(牵头)?(负责|分管|牵头)的工作$"#
        guard let match = Deadline.firstMatch(pattern, in: text) else { return nil }
        let who = match[0].isEmpty ? match[2] : match[0]
        let names = who.split(whereSeparator: { NameText.separators.contains($0) }).map(String.init)
        return names.isEmpty ? nil : names
    }
}
