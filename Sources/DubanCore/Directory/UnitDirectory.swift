/// A government's units and leaders: one entry per unit under its canonical name with its other
/// names, its kind, and what each collective name stands for. Inferred from a plan
/// (`UnitDirectory.infer(from:config:)`), refined by the government's directory file.
public struct UnitDirectory: Sendable, Equatable {
    public struct Unit: Sendable, Equatable {
        public var name: String
        /// Other names of the same unit: the plan's other spellings first, then the built-in
        /// and configured ones.
        public var aliases: [String]
        public var kind: UnitKind
        /// False when neither the name's shape, the built-in table nor the directory file says
        /// what it is: probably a broken or mistyped name.
        public var recognised: Bool
        /// The spellings this plan prints, most used first.
        public var printed: [String]
        /// Listed in the directory file.
        public var configured: Bool
    }

    public struct Collective: Sendable, Equatable {
        public var name: String
        public var target: CollectiveTarget
        /// Canonical unit names; empty when nobody has said who they are.
        public var members: [String]
        public var configured: Bool
        public var needsPerson: Bool { members.isEmpty }
    }

    /// A printed name that is two names run together after a line break lost its first part
    /// (`(邹区镇)各街道` = `高新园(邹区镇)` + `各街道`).
    public struct Composite: Sendable, Equatable {
        public var name: String
        public var parts: [String]

        public init(name: String, parts: [String]) {
            self.name = name
            self.parts = parts
        }
    }

    public struct Leader: Sendable, Equatable {
        public var name: String
        /// A title (`全体区长`, `副区长`) rather than a person.
        public var isTitle: Bool

        public init(name: String, isTitle: Bool) {
            self.name = name
            self.isTitle = isTitle
        }
    }

    /// What a printed name stands for.
    public struct Resolution: Sendable, Equatable {
        /// Canonical names of the units meant.
        public var units: [String] = []
        /// Collective names involved.
        public var collectives: [String] = []
        /// Part of it cannot be resolved without a person (`相关街道`).
        public var needsPerson = false
        /// The name was a fragment made of two names.
        public var composite = false
        /// Nothing in the directory matches it.
        public var unknown = false
    }

    public var units: [Unit] = []
    public var collectives: [Collective] = []
    public var composites: [Composite] = []
    public var leaders: [Leader] = []
    /// The directory file lists every unit: names outside it are worth a look.
    public var closed = false
    /// Key of any spelling → index into `units`.
    var unitIndex: [String: Int] = [:]
    var collectiveIndex: [String: Int] = [:]
    var compositeIndex: [String: Int] = [:]

    public init() {}

    public func unit(named name: String) -> Unit? {
        unitIndex[UnitNameText.key(name)].map { units[$0] }
    }

    public func collective(named name: String) -> Collective? {
        collectiveIndex[UnitNameText.key(name)].map { collectives[$0] }
    }

    public func resolve(_ printed: String) -> Resolution {
        let key = UnitNameText.key(printed)
        if let index = compositeIndex[key] {
            var out = Resolution(composite: true)
            for part in composites[index].parts {
                let inner = resolve(part)
                out.units += inner.units.filter { !out.units.contains($0) }
                out.collectives += inner.collectives
                out.needsPerson = out.needsPerson || inner.needsPerson
                out.unknown = out.unknown || inner.unknown
            }
            return out
        }
        if let index = collectiveIndex[key] {
            let collective = collectives[index]
            return Resolution(units: collective.members, collectives: [collective.name], needsPerson: collective.needsPerson)
        }
        if let unit = unit(named: key) { return Resolution(units: [unit.name]) }
        if CollectiveRules.target(of: key) != nil {
            return Resolution(collectives: [printed], needsPerson: true)
        }
        return Resolution(unknown: true)
    }

    /// Is `printed` one of the unit's own names (rather than a collective or fragment reaching it)?
    public func isDirectName(_ printed: String, of unit: String) -> Bool {
        let key = UnitNameText.key(printed)
        guard let index = unitIndex[key] else { return false }
        return units[index].name == unit && collectiveIndex[key] == nil && compositeIndex[key] == nil
    }
}
