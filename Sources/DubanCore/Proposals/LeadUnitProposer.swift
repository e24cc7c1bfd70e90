import Foundation

/// Who probably leads a row whose document did not say (or said it only by carrying a cell down):
/// the department whose other work reads most like it. The evidence is work with a printed lead
/// unit, in this plan and in others (last year's, a neighbour's), each other government's unit
/// matched to this directory by name. The result is a proposal with its example, shown to the
/// office beside the row, never written into the row.
public struct LeadUnitProposer: Sendable {
    /// A task whose lead unit was printed, and where it comes from (`本方案`, a plan's title).
    public struct Evidence: Sendable {
        public var text: String
        public var unit: String
        public var source: String

        public init(text: String, unit: String, source: String) {
            self.text = text
            self.unit = unit
            self.source = source
        }
    }

    public struct Proposal: Sendable, Equatable {
        public var unit: String
        /// The most alike text that unit leads, where it was printed, and the unit's name there.
        public var example: String
        public var source: String
        public var exampleUnit: String
        public var similarity: Double
    }

    /// Less shared than this and the row is left to the office without a proposal.
    static let minimumSimilarity = 0.05

    let rarity: TextProfile.Rarity
    let units: [String: TextProfile]
    let examples: [String: [(TextProfile, Evidence)]]

    /// `candidates`: this government's departments, by the names its documents use.
    public init(evidence: [Evidence], candidates: [String]) {
        let departments = candidates.filter(Self.isDepartment)
        let index = UnitStem.index(departments)
        // Each item under this directory's name for its unit; the printed name stays with the example.
        let mapped = evidence.compactMap { item in
            (departments.contains(item.unit) ? item.unit : index[UnitStem.of(item.unit)]).map { ($0, item) }
        }
        rarity = TextProfile.Rarity(mapped.map(\.1.text))
        var examples: [String: [(TextProfile, Evidence)]] = [:]
        for (unit, item) in mapped { examples[unit, default: []].append((TextProfile(item.text, rarity: rarity), item)) }
        self.examples = examples
        units = examples.mapValues { TextProfile(merging: $0.map(\.0)) }
    }

    /// The department most like `text`'s work, unless it is the one already there.
    public func propose(for text: String, current: [String]) -> Proposal? {
        let profile = TextProfile(text, rarity: rarity)
        let best = units.map { ($0.key, profile.similarity($0.value)) }.max { ($0.1, $1.0) < ($1.1, $0.0) }
        guard let (unit, score) = best, score >= Self.minimumSimilarity,
            !current.contains(where: { UnitStem.of($0) == UnitStem.of(unit) }),
            let example = examples[unit]?.max(by: { profile.similarity($0.0) < profile.similarity($1.0) })?.1
        else { return nil }
        return Proposal(unit: unit, example: example.text, source: example.source, exampleUnit: example.unit, similarity: score)
    }

    /// A single department: not a collective, a street or town, a park or a company.
    static func isDepartment(_ name: String) -> Bool {
        CollectiveRules.target(of: name) == nil && UnitKind.classify(name) == .department
    }
}

/// A unit name without the words that differ between governments for the same office:
/// `地方金融监管局` and `金融局` meet, as do `区发改局` and `发改局`. Abbreviations
/// (`资规分局` for `资源规划分局`) do not: the directory's aliases are for those.
enum UnitStem {
    static func of(_ name: String) -> String {
        var core = UnitNameText.main(UnitNameText.key(name))
        for prefix in ["地方", "区委", "区", "市", "县"] where core.hasPrefix(prefix) && core.count > prefix.count + 1 {
            core = String(core.dropFirst(prefix.count))
            break
        }
        for suffix in ["分局", "局", "委员会", "委", "办公室", "办", "大队", "中心"] where core.hasSuffix(suffix) && core.count > suffix.count + 1 {
            core = String(core.dropLast(suffix.count))
            break
        }
        for suffix in ["监督管理", "监管", "管理", "事务", "服务"] where core.hasSuffix(suffix) && core.count > suffix.count + 1 {
            core = String(core.dropLast(suffix.count))
            break
        }
        return core
    }

    /// Stem → name, for stems only one candidate has.
    static func index(_ names: [String]) -> [String: String] {
        let grouped = Dictionary(grouping: names, by: of)
        return grouped.compactMapValues { Set($0).count == 1 ? $0[0] : nil }
    }
}
