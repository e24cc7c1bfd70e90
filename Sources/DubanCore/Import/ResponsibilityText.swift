/// The phrases that assign responsibility in prose: label lines (`牵头单位：X`), labelled
/// clauses inside a parenthesis (`（牵头单位：X；责任单位：Y）`), and verb clauses (`X牵头，Y配合`,
/// `X主办，Y协办`, `X等负责`, `X牵头，Y按职责分工负责`). Matching runs on text folded to simplified
/// script, so a traditional-script copy (`牽頭`, `負責`) reads the same.
enum ResponsibilityText {
    enum Role: Sendable, Equatable {
        case leaders, lead, coop, responsible, division, deadline
    }

    /// Labels as printed before a colon, longest first within each role.
    static let labels: [(String, Role)] = [
        ("分管省领导", .leaders), ("分管市领导", .leaders), ("分管区领导", .leaders), ("分管县领导", .leaders),
        ("分管领导", .leaders), ("责任领导", .leaders), ("牵头领导", .leaders), ("联系领导", .leaders), ("包抓领导", .leaders),
        ("领导", .leaders), ("责任人", .leaders), ("负责人", .leaders),
        ("牵头单位", .lead), ("牵头部门", .lead), ("主办单位", .lead), ("主责单位", .lead), ("主办部门", .lead), ("牵头", .lead),
        ("配合单位", .coop), ("配合部门", .coop), ("协办单位", .coop), ("协同单位", .coop), ("参与单位", .coop),
        ("协助单位", .coop), ("协办部门", .coop),
        ("责任单位", .responsible), ("责任部门", .responsible), ("承办单位", .responsible), ("实施单位", .responsible),
        ("落实单位", .responsible), ("负责单位", .responsible), ("责任主体", .responsible),
        ("部门分工", .division), ("责任分工", .division), ("职责分工", .division), ("分工", .division),
        ("完成时限", .deadline), ("完成时间", .deadline), ("时间节点", .deadline), ("时限要求", .deadline),
        ("完成期限", .deadline), ("时限", .deadline),
    ]

    static let labelStarts = Set(labels.compactMap(\.0.first))

    /// Verbs closing a clause, longest first: what they make of the names before them.
    static let verbs: [(String, Role)] = [
        ("按职责分工负责", .coop), ("按照职责分工负责", .coop), ("按职责负责", .coop), ("分别牵头负责", .lead),
        ("共同牵头", .lead), ("牵头负责", .lead), ("牵头落实", .lead), ("牵头", .lead), ("主办", .lead), ("主抓", .lead),
        ("配合落实", .coop), ("协助配合", .coop), ("共同配合", .coop), ("配合", .coop), ("协办", .coop), ("参与", .coop),
        ("协助", .coop), ("等分别负责", .responsible), ("分别负责", .responsible), ("共同负责", .responsible),
        ("具体负责", .responsible), ("等负责", .responsible), ("负责落实", .responsible), ("负责", .responsible),
        ("落实", .responsible),
    ]

    /// `牵头单位：发改局` → its role and the value; also `（责任单位：…）` standing on a line of its own.
    static func labelLine(_ compact: String) -> (Role, String)? {
        // Every label is short: its colon comes within the first few characters.
        guard compact.prefix(12).contains(where: { $0 == "：" || $0 == ":" }) else { return nil }
        var text = Substring(compact)
        if let open = text.first, open == "(" || open == "（", let close = text.last, close == ")" || close == "）" {
            text = text.dropFirst().dropLast()
        }
        let folded = ScriptFolding.simplified(String(text))
        for (label, role) in labels where folded.hasPrefix(label) {
            let rest = folded.dropFirst(label.count)
            guard let colon = rest.first, colon == "：" || colon == ":" else { continue }
            return (role, String(text.dropFirst(label.count + 1)))
        }
        // A label the list does not name, read by its ending: 分管副区长：, 责任处室：, 协同部门：.
        guard let colon = folded.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = String(folded[..<colon])
        guard (2...8).contains(label.count), let role = role(ofLabel: label) else { return nil }
        return (role, String(text.dropFirst(label.count + 1)))
    }

    static func role(ofLabel label: String) -> Role? {
        if ["领导", "区长", "市长", "县长", "省长", "书记", "责任人", "负责人"].contains(where: label.hasSuffix) { return .leaders }
        guard ["单位", "部门", "处室", "科室", "主体"].contains(where: label.hasSuffix) else { return nil }
        if ["配合", "协办", "协同", "参与", "协助"].contains(where: label.contains) { return .coop }
        if ["牵头", "主办", "主责"].contains(where: label.contains) { return .lead }
        return .responsible
    }

    /// A label line read whole, however many labels it holds (`牵头领导：A责任单位：B`): the
    /// first label's role (a wrapped list continues it) and what the line assigns.
    static func labelLineAssignment(_ compact: String) -> (Role, Assignment)? {
        guard let (role, value) = labelLine(compact) else { return nil }
        var text = Substring(compact)
        if let open = text.first, "(（".contains(open), let close = text.last, ")）".contains(close) { text = text.dropFirst().dropLast() }
        return (role, labelledClauses(String(text)) ?? assignment(role: role, value: value))
    }

    /// A label line's value as an assignment.
    static func assignment(role: Role, value: String) -> Assignment {
        var result = Assignment()
        let (cleaned, rule) = removingRule(value)
        result.rule = rule
        switch role {
        case .leaders: result.leaders = LeaderNames.split(cleaned)
        case .deadline: result.deadline = cleaned.isEmpty ? [] : [cleaned]
        case .lead: result.lead = names(cleaned)
        case .coop: result.coop = names(cleaned)
        case .responsible: result.responsible = names(cleaned)
        case .division:
            result = clauses(cleaned) ?? Assignment(responsible: names(cleaned))
            result.rule = result.rule ?? rule
        }
        return result
    }

    /// The inside of a parenthesis, or a 部门分工 sentence: labelled clauses or verb clauses.
    /// Nil when it assigns nothing (`（东升路-城北路）`, `（2015年9月15日）`).
    static func clauses(_ raw: String) -> Assignment? {
        let (inner, rule) = removingRule(raw)
        if let labelled = labelledClauses(inner) {
            var result = labelled
            result.rule = result.rule ?? rule
            return result
        }
        var result = Assignment()
        result.rule = rule
        var found = false
        for clause in splitClauses(inner) {
            let folded = ScriptFolding.simplified(clause)
            guard let (verb, role) = verbs.first(where: { folded.hasSuffix($0.0) }) else { continue }
            let listed = names(String(clause.dropLast(verb.count)))
            guard !listed.isEmpty, listed.contains(where: UnitNames.looksLikeUnitLine) else { continue }
            found = true
            switch role {
            case .lead: result.lead += listed
            case .coop: result.coop += listed
            default: result.responsible += listed
            }
        }
        return found ? result : nil
    }

    /// `牵头单位：X；责任单位：Y` and `牵头单位:X,配合单位:Y`: each label's value runs to the next label.
    static func labelledClauses(_ inner: String) -> Assignment? {
        let folded = ScriptFolding.simplified(inner)
        let chars = Array(folded)
        var starts: [(offset: Int, length: Int, role: Role)] = []
        var index = 0
        while index < chars.count {
            // A short label (领导, 牵头) only where a clause starts; a full one (责任单位：) anywhere,
            // since a line copied without its spaces runs `牵头领导：A责任单位：B` together.
            let atClauseStart = index == 0 || "；;，,。 ".contains(chars[index - 1])
            if let (label, role) = labels.first(where: { label, _ in
                guard atClauseStart || label.count >= 4 else { return false }
                let end = index + label.count
                return end < chars.count && String(chars[index..<end]) == label && (chars[end] == "：" || chars[end] == ":")
            }) {
                starts.append((index, label.count + 1, role))
                index += label.count + 1
            } else {
                index += 1
            }
        }
        guard !starts.isEmpty else { return nil }
        let original = Array(inner)
        var result = Assignment()
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].offset : original.count
            var value = String(original[(start.offset + start.length)..<end])
            while let last = value.last, "；;，,。 ".contains(last) { value.removeLast() }
            result.merge(assignment(role: start.role, value: value))
        }
        return result
    }

    /// Splits `…（X牵头，Y配合）。` into the item's text and what the parenthesis assigns. The
    /// parenthesis may be cut off by the end of the file: then `truncated` is set.
    static func trailing(_ text: String, atEnd: Bool = false) -> (String, Assignment)? {
        var body = Substring(text)
        var stop = ""
        while let last = body.last, "。；;，,".contains(last) {
            stop = String(last) + stop
            body.removeLast()
        }
        if let close = body.last, close == "）" || close == ")", let open = matchingOpen(body) {
            let inner = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
            guard let assignment = clauses(inner) else { return nil }
            return (String(body[..<open]) + stop, assignment)
        }
        if let split = trailingLabels(String(body) + stop) { return split }
        // `…(市政府辦公室、市` at the very end of a file: the responsibility, cut off.
        guard atEnd, stop.isEmpty, let open = body.lastIndex(where: { $0 == "(" || $0 == "（" }),
            !body[open...].contains(where: { $0 == ")" || $0 == "）" })
        else { return nil }
        let inner = String(body[body.index(after: open)...])
        if var assignment = clauses(inner) {
            assignment.truncated = true
            return (String(body[..<open]), assignment)
        }
        let listed = names(inner)
        guard !listed.isEmpty, listed.contains(where: UnitNames.looksLikeUnitLine) else { return nil }
        var assignment = Assignment(lead: listed)
        assignment.truncated = true
        return (String(body[..<open]), assignment)
    }

    /// `…增长7%以上。牵头单位：区发改委；配合单位：区统计局` on one line, with no parenthesis.
    static func trailingLabels(_ text: String) -> (String, Assignment)? {
        guard text.contains(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let folded = Array(ScriptFolding.simplified(text))
        var index = 1
        while index < folded.count {
            if labelStarts.contains(folded[index]), "。；;，, ）)".contains(folded[index - 1]),
                labels.contains(where: { label, _ in
                    let end = index + label.count
                    return end < folded.count && String(folded[index..<end]) == label && (folded[end] == "：" || folded[end] == ":")
                })
            {
                let tail = String(Array(text)[index...])
                if let assignment = labelledClauses(tail), assignment.hasUnits || !assignment.leaders.isEmpty {
                    return (String(Array(text)[..<index]), assignment)
                }
            }
            index += 1
        }
        return nil
    }

    /// The `(` that opens the parenthesis closing the text, nested ones skipped.
    static func matchingOpen(_ text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            let char = text[index]
            if char == ")" || char == "）" { depth += 1 }
            if char == "(" || char == "（" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// Clauses split at `，；。` outside parentheses, keeping the `、` lists whole.
    static func splitClauses(_ text: String) -> [String] {
        NameText.splitOutsideParentheses(text, at: ["，", ",", "；", ";", "。"])
    }

    /// The names of a list: split outside parentheses, closing `等` and verbs dropped.
    static func names(_ text: String) -> [String] {
        NameText.splitNames(text).compactMap { raw in
            var name = raw
            let folded = ScriptFolding.simplified(name)
            if let (verb, _) = verbs.first(where: { folded.hasSuffix($0.0) && folded.count > $0.0.count + 1 }) {
                name = String(name.dropLast(verb.count))
            }
            for tail in ["等单位", "等部门", "等"] where ScriptFolding.simplified(name).hasSuffix(tail) && name.count > tail.count + 1 {
                name = String(name.dropLast(tail.count))
                break
            }
            while let last = name.last, "。．.".contains(last) { name.removeLast() }
            return name.isEmpty ? nil : name
        }
    }

    /// A rule printed inside a list, `（列第一位者为牵头或汇总单位，下同）`: removed from the names, kept to cite.
    static func removingRule(_ text: String) -> (String, String?) {
        guard let range = ruleRange(text) else { return (text, nil) }
        let rule = String(text[range])
        return (String(text[..<range.lowerBound] + text[range.upperBound...]), rule)
    }

    static func ruleRange(_ text: String) -> Range<String.Index>? {
        guard statesFirstIsLead(text) else { return nil }
        var index = text.startIndex
        while let open = text[index...].firstIndex(where: { $0 == "(" || $0 == "（" }) {
            guard let close = text[open...].firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
            let range = open..<text.index(after: close)
            if statesFirstIsLead(String(text[range])) { return range }
            index = text.index(after: open)
        }
        return nil
    }

    /// `列第一位者为牵头单位`, `排在首位的为牵头单位`, `排名第一的单位为牵头单位`.
    static func statesFirstIsLead(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { $0 == "牵" || $0 == "牽" }) else { return false }
        let folded = ScriptFolding.simplified(text)
        guard folded.contains("牵头") else { return false }
        return ["第一位", "首位", "第一的", "第一个", "排名第一", "列第一", "排第一", "第一家"].contains(where: folded.contains)
    }
}
