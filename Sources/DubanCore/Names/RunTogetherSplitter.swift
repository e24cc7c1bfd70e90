/// Splits two unit names printed with no separator (`市场监管局天建集团`) when both halves stand
/// alone elsewhere in the same document (gold README rule on run-together names).
public struct RunTogetherSplitter: Sendable {
    public var standalone: Set<String>

    public init(standalone: Set<String>) {
        self.standalone = standalone
    }

    /// The parts, or nil when the name is not two known names run together.
    public func parts(of name: String) -> [String]? {
        guard name.count >= 4 else { return nil }
        let chars = Array(name)
        for cut in 2..<(chars.count - 1) {
            let left = String(chars[..<cut])
            let right = String(chars[cut...])
            if standalone.contains(left) && standalone.contains(right) { return [left, right] }
        }
        return nil
    }
}
