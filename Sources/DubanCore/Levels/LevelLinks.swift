/// A task as the link proposer reads it: its text and the indicators read from it.
public struct LevelTask: Sendable, Equatable {
    public var id: Int
    public var text: String
    public var indicators: [Indicator]

    public init(id: Int, text: String, indicators: [Indicator]) {
        self.id = id
        self.text = text
        self.indicators = indicators
    }
}

/// A proposed link from a task of a child government's plan to the parent's task it takes up,
/// with the reason a clerk can check: the measures both state, and how alike the texts are.
public struct LinkProposal: Codable, Sendable, Equatable {
    public var childTaskID: Int
    public var parentTaskID: Int
    /// The measures both tasks state, as the parent words them (`净增高新技术企业（家）`).
    public var sharedMeasures: [String]
    /// How much of the shorter text the longer one contains (bigrams), 0 to 1.
    public var similarity: Double

    public init(childTaskID: Int, parentTaskID: Int, sharedMeasures: [String], similarity: Double) {
        self.childTaskID = childTaskID
        self.parentTaskID = parentTaskID
        self.sharedMeasures = sharedMeasures
        self.similarity = similarity
    }
}

/// Links between levels of government (issue 17): which of a parent's tasks are passed down to
/// its children, and which of a child's tasks take up a passed-down one.
public enum LevelLinks {
    /// The children a parent's task names as responsible: all of them for a collective
    /// (`各辖市区`, `各区政府`, `各县（市、区）`), or those named (`钟楼区人民政府`, `天宁区`).
    public static func passedDown(responsible: [String], children: [String]) -> [String] {
        var named: [String] = []
        for name in responsible.map(governmentKey) {
            if isAllChildren(name) { return children }
            for child in children where !named.contains(child) && sameGovernment(governmentKey(child), name) { named.append(child) }
        }
        return named
    }

    /// A child task takes up the parent task with which it shares a measure (the same metric,
    /// unit family and kind of change), or, sharing none, whose text it closely follows. Each
    /// child task links to one parent task at most: the one sharing most measures, then the
    /// most alike. The office confirms, changes or rejects each.
    public static func propose(children: [LevelTask], parents: [LevelTask], textThreshold: Double = 0.4) -> [LinkProposal] {
        let parentFacts = parents.map { (task: $0, grams: GramSet($0.text), keys: keys($0.indicators)) }
        var proposals: [LinkProposal] = []
        for child in children {
            let grams = GramSet(child.text)
            let childKeys = keys(child.indicators)
            var best: (proposal: LinkProposal, rank: (Int, Double))?
            for parent in parentFacts {
                let shared = parent.keys.filter { key in childKeys.contains { $0.key.comparable(with: key.key) && $0.key.measuresSame(as: key.key) } }
                let similarity = grams.containment(parent.grams)
                guard !shared.isEmpty || similarity >= textThreshold else { continue }
                let rank = (shared.count, similarity)
                if let current = best?.rank, rank <= current { continue }
                let measures = shared.map { $0.label }
                best = (LinkProposal(childTaskID: child.id, parentTaskID: parent.task.id, sharedMeasures: measures, similarity: similarity), rank)
            }
            if let best { proposals.append(best.proposal) }
        }
        return proposals
    }

    private static func keys(_ indicators: [Indicator]) -> [(key: MetricKey, label: String)] {
        var seen: Set<MetricKey> = []
        return indicators.compactMap { indicator in
            guard let key = MetricKey(indicator, scope: ""), seen.insert(key).inserted else { return nil }
            return (key, "\(indicator.metric)（\(indicator.unit)）")
        }
    }

    /// A government's name without the words that vary between mentions of it.
    static func governmentKey(_ name: String) -> String {
        var text = String(UnitNameText.key(name).filter { !"（）()、，, ".contains($0) })
        for suffix in ["人民政府", "政府"] where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
            text.removeLast(suffix.count)
        }
        return text
    }

    /// `常州市钟楼区` and `钟楼区` are one government: the parent's name before it is often left out.
    static func sameGovernment(_ a: String, _ b: String) -> Bool {
        guard a.count >= 2, b.count >= 2 else { return false }
        return a == b || a.hasSuffix(b) || b.hasSuffix(a)
    }

    /// `各辖市区`, `各区`, `各县市区`, `各街道`: every child government.
    static func isAllChildren(_ key: String) -> Bool {
        guard key.hasPrefix("各"), key.count <= 6 else { return false }
        return ["区", "县", "市", "街道", "镇", "乡"].contains { key.hasSuffix($0) }
    }
}
