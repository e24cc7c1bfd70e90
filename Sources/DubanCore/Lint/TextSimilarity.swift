/// Character-bigram Dice similarity of two standards, ignoring punctuation and list markers.
struct TextSimilarity {
    /// The letters and digits of a text, as scalar values.
    static func letters(_ text: String) -> [UInt32] {
        text.unicodeScalars.compactMap { scalar in
            let v = scalar.value
            if (0x4E00...0x9FFF).contains(v) || (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                return v
            }
            return scalar.properties.isAlphabetic ? v : nil
        }
    }

    /// Sorted bigram codes (two scalars packed in one UInt64).
    static func bigrams(_ letters: [UInt32]) -> [UInt64] {
        guard letters.count >= 2 else { return [] }
        return (0..<(letters.count - 1)).map { UInt64(letters[$0]) << 32 | UInt64(letters[$0 + 1]) }.sorted()
    }

    /// 2·|A∩B| / (|A|+|B|) on multisets.
    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return 2 * Double(commonCount(a, b)) / Double(a.count + b.count)
    }

    /// How many elements two sorted lists share, repeats counted as often as both have them.
    static func commonCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0
        var j = 0
        var common = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return common
    }
}
