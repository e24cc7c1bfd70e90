/// One measurable target stated in a work standard (`../gold/INDICATORS.md`, `duban.indicators/1`).
public struct Indicator: Sendable, Equatable, Codable, Hashable {
    public var metric: String
    public var value: Double
    public var unit: String
    public var comparator: Comparator
    public var tier: Tier?
    public var change: Change?

    public init(
        metric: String, value: Double, unit: String, comparator: Comparator = .equal,
        tier: Tier? = nil, change: Change? = nil
    ) {
        self.metric = metric
        self.value = value
        self.unit = unit
        self.comparator = comparator
        self.tier = tier
        self.change = change
    }

    public enum Comparator: String, Sendable, Codable, CaseIterable {
        case equal = "="
        case atLeast = ">="
        case greater = ">"
        case atMost = "<="
        case less = "<"
        case about = "≈"
    }

    /// 确保 (the committed floor) or 力争 (the stretch).
    public enum Tier: String, Sendable, Codable {
        case committed
        case stretch
    }

    public enum Change: String, Sendable, Codable {
        case increase
        case decrease
    }

    private enum CodingKeys: String, CodingKey { case metric, value, unit, comparator, tier, change }

    // Explicit so that a null tier or change is written as `null`, as the contract shows.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metric, forKey: .metric)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(tier, forKey: .tier)
        try c.encode(change, forKey: .change)
    }
}

/// What kind of promise a work standard makes.
public enum TaskKind: String, Sendable, Codable, CaseIterable {
    /// At least one indicator to track.
    case quantitative
    /// A deliverable that is done or not (建成, 开工, 交付 …).
    case milestone
    /// Nothing to count or deliver (持续, 深化, 推进 …): judged by reviewers.
    case qualitative
}

/// The reading of one work standard.
public struct StandardAnalysis: Sendable, Equatable {
    public var kind: TaskKind
    public var indicators: [Indicator]

    public init(kind: TaskKind, indicators: [Indicator]) {
        self.kind = kind
        self.indicators = indicators
    }
}
