/// Where a login may send the browser next: a path on this site only. `//evil.com`, `/\evil.com`
/// (browsers read a backslash as a slash), `/%5Cevil.com`, `https://…` and control characters
/// all fall back to the home page.
enum SafeRedirect {
    static func local(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), next.count <= 2_000 else { return "/" }
        let decoded = next.removingPercentEncoding ?? next
        for candidate in [next, decoded] {
            let second = candidate.dropFirst().first
            if second == "/" || second == "\\" { return "/" }
            if candidate.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\\" }) { return "/" }
        }
        return next
    }
}
