/// The similarity the office sees between two task texts (this year's and last year's).
/// `TextSimilarity` itself is declared in Lint (the duplicate rule uses it); this adds the
/// public score, which leaves digits out so a target that changed (100家 → 120家) is still the same task.
extension TextSimilarity {
    /// Dice over character-bigram sets, 0…1; punctuation, white space and digits ignored.
    public static func score(_ a: String, _ b: String) -> Double {
        GramSet(a).similarity(GramSet(b))
    }
}

/// A text's character bigrams, computed once so a 300 × 300 comparison does not redo them.
struct GramSet: Sendable, Equatable {
    /// Sorted, without repeats.
    let grams: [UInt64]
    /// The letters kept, for texts too short to have a bigram.
    let letters: [UInt32]

    init(_ text: String, keepDigits: Bool = false) {
        var kept = TextSimilarity.letters(text)
        if !keepDigits { kept.removeAll { (0x30...0x39).contains($0) } }
        letters = kept
        grams = Array(Set(TextSimilarity.bigrams(kept))).sorted()
    }

    /// 2·|A∩B| / (|A|+|B|).
    func similarity(_ other: GramSet) -> Double {
        // One letter or none has no bigram: then only the same letters are alike.
        guard !grams.isEmpty, !other.grams.isEmpty else { return letters == other.letters ? 1 : 0 }
        return 2 * Double(common(other)) / Double(grams.count + other.grams.count)
    }

    /// |A∩B| / min(|A|, |B|): how much of the shorter text the longer one contains. A city's
    /// one-line target inside a district's paragraph scores high here and low by `similarity`.
    func containment(_ other: GramSet) -> Double {
        guard !grams.isEmpty, !other.grams.isEmpty else { return letters == other.letters ? 1 : 0 }
        return Double(common(other)) / Double(min(grams.count, other.grams.count))
    }

    /// The best similarity the sizes allow; lets a search skip a pair without merging.
    func bound(_ other: GramSet) -> Double {
        guard !grams.isEmpty, !other.grams.isEmpty else { return 1 }
        return 2 * Double(min(grams.count, other.grams.count)) / Double(grams.count + other.grams.count)
    }

    private func common(_ other: GramSet) -> Int { TextSimilarity.commonCount(grams, other.grams) }
}
