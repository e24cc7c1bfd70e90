/// Finds the quantities of a Chinese text: numbers (Arabic, Chinese, mixed), percentages,
/// money, measures, ordinals, and the ranges and bounds they form.
///
///     QuantityScanner().scan("力争一般公共预算收入达到26.6亿元")
///     // [currency 2660000000 元, range min 2660000000]
public struct QuantityScanner: Sendable {
    public struct Options: Sendable {
        /// Also report each percentage, amount or measure as the plain number it is written with
        /// (百分之五 → 5), the way number recognisers separate numbers from units.
        public var reportNumerals: Bool

        public init(reportNumerals: Bool = false) {
            self.reportNumerals = reportNumerals
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func scan(_ text: String) -> [Quantity] {
        let t = FoldedText(text)
        let atoms = AtomScanner.atoms(in: t)
        guard !atoms.isEmpty else { return [] }
        let spans = BoundReader.spans(t, atoms)
        let bounds = BoundReader.bounds(t, atoms)
        var approximate = Set<Int>()
        for b in bounds where b.about { approximate.formUnion(b.atoms) }

        let index = ScalarIndex(text)
        var out: [Quantity] = []
        for (k, a) in atoms.enumerated() {
            var q = Quantity(
                kind: a.kind, text: index.text(a.range), range: index.range(a.range), offsets: a.range,
                unit: a.unit?.name, currency: a.unit?.code, isApproximate: approximate.contains(k))
            if let high = a.high {
                q.min = a.value
                q.max = high
                q.minInclusive = true
                q.maxInclusive = true
            } else {
                q.value = a.value
                if a.more {
                    q.min = a.value
                    q.minInclusive = false
                }
            }
            out.append(q)
            if options.reportNumerals, a.high == nil, a.kind != .number, a.kind != .ordinal, !a.isWord {
                let v = a.kind == .percentage ? a.stated : a.value
                out.append(
                    Quantity(
                        kind: .number, text: index.text(a.numeral), range: index.range(a.numeral),
                        offsets: a.numeral, value: v))
            }
        }
        for r in spans + bounds where r.lower != nil || r.upper != nil {
            out.append(
                Quantity(
                    kind: .range, text: index.text(r.range), range: index.range(r.range), offsets: r.range,
                    min: r.lower?.value, max: r.upper?.value, minInclusive: r.lower?.inclusive,
                    maxInclusive: r.upper?.inclusive, unit: r.unit?.name, currency: r.unit?.code,
                    isApproximate: r.atoms.contains { approximate.contains($0) }))
        }
        return out
    }
}

/// Maps scalar offsets back to the caller's string.
struct ScalarIndex {
    let text: String
    let indices: [String.Index]

    init(_ text: String) {
        self.text = text
        var idx = Array(text.unicodeScalars.indices)
        idx.append(text.unicodeScalars.endIndex)
        indices = idx
    }

    func range(_ r: Range<Int>) -> Range<String.Index> {
        let lo = Swift.min(Swift.max(0, r.lowerBound), indices.count - 1)
        let hi = Swift.min(Swift.max(lo, r.upperBound), indices.count - 1)
        return indices[lo]..<indices[hi]
    }

    func text(_ r: Range<Int>) -> String {
        String(text.unicodeScalars[range(r)])
    }
}
