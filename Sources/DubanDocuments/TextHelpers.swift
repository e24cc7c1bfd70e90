/// Pure-Swift trimming: Foundation's `trimmingCharacters(in:)` bridges through NSString on Linux
/// and was a quarter of import time.
extension StringProtocol {
    public var isBlank: Bool { allSatisfy(\.isWhitespace) }

    public func trimmed() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
