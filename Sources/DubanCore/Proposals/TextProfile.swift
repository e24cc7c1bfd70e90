import Foundation

/// A text as weighted character pairs (bigrams of Han characters), for "which work is this most
/// like". Chinese has no spaces to split words on; pairs of characters carry most of the meaning,
/// and weighting them by rarity keeps `加快`, `推进` and `全面` from deciding anything.
public struct TextProfile: Sendable {
    var weights: [String: Double]

    /// Rarity of each pair over a set of texts (inverse document frequency).
    public struct Rarity: Sendable {
        var documents: Double
        var counts: [String: Int]

        public init(_ texts: [String]) {
            documents = Double(max(texts.count, 1))
            var counts: [String: Int] = [:]
            for text in texts { for pair in Set(TextProfile.pairs(text)) { counts[pair, default: 0] += 1 } }
            self.counts = counts
        }

        func weight(_ pair: String) -> Double { log(documents / Double(counts[pair] ?? 1) + 1) }
    }

    public init(_ text: String, rarity: Rarity) {
        var tally: [String: Int] = [:]
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

    static func pairs(_ text: String) -> [String] {
        let han = Array(text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) })
        guard han.count >= 2 else { return [] }
        return (0..<(han.count - 1)).map { String(String.UnicodeScalarView([han[$0], han[$0 + 1]])) }
    }
}
