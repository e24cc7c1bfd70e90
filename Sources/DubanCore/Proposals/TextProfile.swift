import Foundation

/// A text as weighted character pairs (bigrams of Han characters), for "which work is this most
/// like". Chinese has no spaces to split words on; pairs of characters carry most of the meaning,
/// and weighting them by rarity keeps `加快`, `推进` and `全面` from deciding anything.
public struct TextProfile: Sendable {
    /// Pair (two scalars packed as `TextSimilarity.bigrams` packs them) → weight.
    var weights: [UInt64: Double]

    /// Rarity of each pair over a set of texts (inverse document frequency).
    public struct Rarity: Sendable {
        var documents: Double
        var counts: [UInt64: Int]

        public init(_ texts: [String]) {
            documents = Double(max(texts.count, 1))
            var counts: [UInt64: Int] = [:]
            for text in texts { for pair in Set(TextProfile.pairs(text)) { counts[pair, default: 0] += 1 } }
            self.counts = counts
        }

        func weight(_ pair: UInt64) -> Double { log(documents / Double(counts[pair] ?? 1) + 1) }
    }

    public init(_ text: String, rarity: Rarity) {
        var tally: [UInt64: Int] = [:]
        for pair in Self.pairs(text) { tally[pair, default: 0] += 1 }
        weights = tally.reduce(into: [:]) { out, entry in out[entry.key] = (1 + log(Double(entry.value))) * rarity.weight(entry.key) }
        normalise()
    }

    /// The profile of several texts together: what a unit usually leads.
    public init(merging profiles: [TextProfile]) {
        weights = [:]
        for profile in profiles { for (pair, weight) in profile.weights { weights[pair, default: 0] += weight } }
        normalise()
    }

    /// Cosine similarity, 0 (nothing shared) to 1 (the same).
    public func similarity(_ other: TextProfile) -> Double {
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }

    private mutating func normalise() {
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return }
        weights = weights.mapValues { $0 / norm }
    }

    /// The Han-character pairs of a text, by the duplicate rule's own bigram reading.
    static func pairs(_ text: String) -> [UInt64] {
        TextSimilarity.bigrams(TextSimilarity.letters(text).filter { (0x4E00...0x9FFF).contains($0) })
    }
}
