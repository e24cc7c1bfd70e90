/// A quantity found in Chinese text: a number, a percentage, an amount of money, a measure,
/// an ordinal, or a range/bound built from them (`3-5家`, `10%以上`, `大于二十`).
public struct Quantity: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case number, percentage, currency, range, ordinal, dimension
    }

    public var kind: Kind
    /// The matched text, as it is in the input.
    public var text: String
    /// Where `text` is in the input.
    public var range: Range<String.Index>
    /// The same place counted in Unicode scalars, for callers that work with offsets.
    public var offsets: Range<Int>
    /// The value with any 万/亿 multiplier applied; percentages in percent units (6.5 = 6.5%).
    /// Nil for a range.
    public var value: Double?
    /// Bounds, for ranges and for `X多`/`X余` (more than X). Nil means unbounded.
    public var min: Double?
    public var max: Double?
    public var minInclusive: Bool?
    public var maxInclusive: Bool?
    /// The measure word, currency or percentage unit as the text gives it (`家`, `元`, `美元`,
    /// `%`, `个百分点`, `平方米`); nil for a bare number.
    public var unit: String?
    /// ISO 4217 code for money (`CNY`, `USD`, `HKD` …).
    public var currency: String?
    /// 约 / 左右 / 近 … around the value.
    public var isApproximate: Bool

    public init(
        kind: Kind, text: String, range: Range<String.Index>, offsets: Range<Int>,
        value: Double? = nil, min: Double? = nil, max: Double? = nil,
        minInclusive: Bool? = nil, maxInclusive: Bool? = nil,
        unit: String? = nil, currency: String? = nil, isApproximate: Bool = false
    ) {
        self.kind = kind
        self.text = text
        self.range = range
        self.offsets = offsets
        self.value = value
        self.min = min
        self.max = max
        self.minInclusive = minInclusive
        self.maxInclusive = maxInclusive
        self.unit = unit
        self.currency = currency
        self.isApproximate = isApproximate
    }
}
