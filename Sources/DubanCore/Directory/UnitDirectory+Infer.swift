extension UnitDirectory {
    /// The directory a plan implies: every unit it names, grouped with its other spellings,
    /// plus whatever the government's directory file adds.
    public static func infer(from plan: Plan, config: DirectoryConfig? = nil) -> UnitDirectory {
        var builder = DirectoryBuilder()
        if let config { builder.add(config) }
        for task in plan.tasks {
            for name in task.leadUnits + task.coopUnits { builder.notePrinted(name) }
            for name in task.leaders { builder.noteLeader(name) }
        }
        return builder.build()
    }
}

/// Collects names, groups the ones that are one unit, and settles canonical names and kinds.
struct DirectoryBuilder {
    private var printedOrder: [String] = []
    private var printedCount: [String: Int] = [:]
    private var display: [String: String] = [:]
    private var leaderOrder: [String] = []
    private var groups = NameGroups()
    private var configUnits: [DirectoryConfig.UnitEntry] = []
    private var configCollectives: [DirectoryConfig.CollectiveEntry] = []
    private var closed = false
    private var compositeKeys: Set<String> = []

    mutating func add(_ config: DirectoryConfig) {
        configUnits += config.units
        configCollectives += config.collectives
        configuredCollectiveKeys.formUnion(config.collectives.map { UnitNameText.key($0.name) })
        collectiveCache = [:]
        closed = closed || config.closed
        for unit in config.units {
            let key = UnitNameText.key(unit.name)
            display[key] = display[key] ?? unit.name
            groups.add(key)
            for alias in unit.aliases { link(key, UnitNameText.key(alias)) }
            linkFamily(key)
        }
    }

    mutating func notePrinted(_ name: String) {
        let key = UnitNameText.key(name)
        guard !key.isEmpty else { return }
        if printedCount[key] == nil {
            printedOrder.append(key)
            display[key] = name
        }
        printedCount[key, default: 0] += 1
    }

    /// A name the plan implies without printing it alone (the tail of a fragment).
    private mutating func noteImplied(_ key: String) {
        if printedCount[key] == nil {
            printedOrder.append(key)
            printedCount[key] = 0
            display[key] = key
        }
    }

    mutating func noteLeader(_ name: String) {
        let key = NameText.removingWhitespace(name)
        if !key.isEmpty, !leaderOrder.contains(key) { leaderOrder.append(key) }
    }

    private var configuredCollectiveKeys: Set<String> = []
    private var collectiveCache: [String: Bool] = [:]

    private mutating func isCollective(_ key: String) -> Bool {
        if let known = collectiveCache[key] { return known }
        let answer = configuredCollectiveKeys.contains(key) || CollectiveRules.target(of: key) != nil
        collectiveCache[key] = answer
        return answer
    }

    private mutating func link(_ a: String, _ b: String) {
        groups.union(a, b)
    }

    private mutating func linkFamily(_ key: String) {
        if let family = UnitAliasTable.family(of: key) {
            groups.union(key, "#" + UnitNameText.key(family[0]))
        }
    }

    mutating func build() -> UnitDirectory {
        var directory = UnitDirectory()
        directory.closed = closed
        // Names starting with a bracket may be the tail of a wrapped name; decide after the rest.
        for key in printedOrder { _ = isCollective(key) }
        let bracketed = printedOrder.filter { UnitNameText.leadingBracket($0) != nil }
        let bracketedSet = Set(bracketed)
        let singles = printedOrder.filter { collectiveCache[$0] != true && !bracketedSet.contains($0) }
        for key in singles {
            groups.add(key)
            linkFamily(key)
            if let (outer, inner) = UnitNameText.bracketed(key), UnitKind.classify(outer) != nil, UnitKind.classify(inner) != nil {
                link(key, outer)
                link(key, inner)
                linkFamily(outer)
                linkFamily(inner)
            }
        }
        var composites: [(String, [String])] = []
        for key in bracketed {
            if let (inner, rest) = UnitNameText.leadingBracket(key), groups.contains(inner),
                let owner = singles.first(where: { groups.find($0) == groups.find(inner) })
            {
                composites.append((key, [owner, rest]))
                compositeKeys.insert(key)
                noteImplied(rest)
                if !isCollective(rest) {
                    groups.add(rest)
                    linkFamily(rest)
                }
            } else if !isCollective(key) {
                groups.add(key)
                linkFamily(key)
            }
        }
        buildUnits(into: &directory)
        buildCollectives(into: &directory)
        for (key, parts) in composites {
            directory.compositeIndex[key] = directory.composites.count
            let names = parts.map { directory.unit(named: $0)?.name ?? display[$0] ?? $0 }
            directory.composites.append(.init(name: display[key] ?? key, parts: names))
        }
        directory.leaders = leaderOrder.map { .init(name: $0, isTitle: LeaderNames.isTitle($0)) }
        return directory
    }

    private mutating func buildUnits(into directory: inout UnitDirectory) {
        for key in printedOrder { _ = isCollective(key) }
        let printedUnits = printedOrder.filter { collectiveCache[$0] != true && groups.contains($0) }
        var roots: [String] = []
        for key in printedUnits + configUnits.map({ UnitNameText.key($0.name) }) {
            let root = groups.find(key)
            if !roots.contains(root) { roots.append(root) }
        }
        let firstSeen = Dictionary(printedOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        let membersByRoot = groups.membersByRoot()
        for root in roots {
            let members = membersByRoot[root] ?? [root]
            let config = configUnits.first { members.contains(UnitNameText.key($0.name)) }
            let printed = printedUnits.filter { members.contains($0) }
                .sorted { (printedCount[$0] ?? 0, -(firstSeen[$0] ?? 0)) > (printedCount[$1] ?? 0, -(firstSeen[$1] ?? 0)) }
            let canonicalKey = config.map { UnitNameText.key($0.name) } ?? printed.first ?? members[0]
            var aliases: [String] = []
            var seen: Set<String> = [canonicalKey]
            let family = members.filter { $0.hasPrefix("#") }.flatMap { UnitAliasTable.family(of: String($0.dropFirst())) ?? [] }
            for name in printed.map({ display[$0] ?? $0 }) + members.filter({ !$0.hasPrefix("#") }).map({ display[$0] ?? $0 })
                + family + (config?.aliases ?? [])
            {
                let key = UnitNameText.key(name)
                if seen.insert(key).inserted { aliases.append(name) }
            }
            let name = display[canonicalKey] ?? canonicalKey
            let shapes = [name] + aliases
            let kind = config?.kind ?? shapes.lazy.compactMap(UnitKind.classify).first
            let unit = UnitDirectory.Unit(
                name: name, aliases: aliases, kind: kind ?? .other,
                recognised: kind != nil || !family.isEmpty,
                printed: printed.map { display[$0] ?? $0 }, configured: config != nil)
            let index = directory.units.count
            directory.units.append(unit)
            for key in shapes.map(UnitNameText.key) where directory.unitIndex[key] == nil {
                directory.unitIndex[key] = index
            }
        }
    }

    private mutating func buildCollectives(into directory: inout UnitDirectory) {
        for key in printedOrder { _ = isCollective(key) }
        var names = printedOrder.filter { collectiveCache[$0] == true && !compositeKeys.contains($0) }
        for entry in configCollectives where !names.contains(UnitNameText.key(entry.name)) {
            names.append(UnitNameText.key(entry.name))
        }
        for key in names {
            let config = configCollectives.first { UnitNameText.key($0.name) == key }
            let target = CollectiveRules.target(of: key) ?? .membership
            let members: [String]
            if let config {
                members = config.members.compactMap { directory.unit(named: $0)?.name ?? $0 }
            } else {
                members = directory.units.filter { CollectiveRules.includes(target, kind: $0.kind, name: $0.name) }.map(\.name)
            }
            directory.collectiveIndex[key] = directory.collectives.count
            directory.collectives.append(
                .init(
                    name: display[key] ?? config?.name ?? key, target: target,
                    members: members, configured: config != nil))
        }
    }
}

/// Union-find over name keys; `#…` keys stand for a family of the built-in table.
struct NameGroups {
    private var parent: [String: String] = [:]
    private var order: [String] = []

    func contains(_ key: String) -> Bool { parent[key] != nil }

    mutating func add(_ key: String) {
        if parent[key] == nil {
            parent[key] = key
            order.append(key)
        }
    }

    func find(_ key: String) -> String {
        var current = key
        while let next = parent[current], next != current { current = next }
        return current
    }

    mutating func union(_ a: String, _ b: String) {
        add(a)
        add(b)
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[rb] = ra }
    }

    /// Root → every key in its group, in the order first added.
    func membersByRoot() -> [String: [String]] {
        var out: [String: [String]] = [:]
        for key in order { out[find(key), default: []].append(key) }
        return out
    }
}
