/// Text as an array of Unicode scalars: the rules scan character by character, and Swift's
/// `Character` (grapheme clusters) is far too slow for that. Plans are CJK and ASCII, where one
/// scalar is one character.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

    func isDigit(_ index: Int) -> Bool {
        index >= 0 && index < scalars.count && (0x30...0x39).contains(scalars[index].value)
    }

    func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for offset in word.indices where scalars[index + offset] != word[offset] { return false }
        return true
    }

    /// The first of `words` found at `index`.
    func match(_ words: [[Unicode.Scalar]], at index: Int) -> [Unicode.Scalar]? {
        words.first { matches($0, at: index) }
    }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    static func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }
}
