import DubanDocuments

/// A prose plan read into its outline: each numbered paragraph a node under the last paragraph
/// of a higher level, with the responsibility the document attached to it.
struct Outline {
    struct Node {
        /// 一、 0, （一） 1, 1. 2, （1） 3, ① 4; an unnumbered heading sits half a level above
        /// the numbered paragraph it introduces.
        var rank: Double
        var label: String
        /// The paragraph's lines, white space removed; the first without its number.
        var lines: [String]
        /// Which of `lines` are numbered sub-points folded into this paragraph (`（1）…（4）`).
        var foldedPoints: Set<Int> = []
        var parent: Int?
        var children: [Int] = []
        var assignment: Assignment?
        /// Label lines or an inline parenthesis ended the paragraph: later lines are not its text.
        var closed = false
        /// Folded into its parent: not read on its own.
        var folded = false
        /// An unnumbered item read as a short title over its paragraph.
        var titled = false
        var heading: String?
        var leaders: [String] = []
        var attachment: Int
        var location: SourceLocation
        var lastLine: Int
        /// The line as printed (number included), for folding into a parent.
        var printed: String

        var title: String { heading ?? lines.first ?? "" }
    }

    var nodes: [Node] = []

    func ancestors(of index: Int) -> [Int] {
        var chain: [Int] = []
        var cursor = nodes[index].parent
        while let current = cursor {
            chain.append(current)
            cursor = nodes[current].parent
        }
        return chain.reversed()
    }

    func liveChildren(of index: Int?) -> [Int] {
        let children = index.map { nodes[$0].children } ?? nodes.indices.filter { nodes[$0].parent == nil }
        return children.filter { !nodes[$0].folded }
    }
}
