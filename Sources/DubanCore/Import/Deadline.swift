import Foundation

/// 完成时限 cell → `YYYY-MM`, using the plan's year where the cell gives only a month.
enum Deadline {
    static func parse(_ raw: String, planYear: Int?) -> String? {
        let text = NameText.removingWhitespace(raw)
        guard !text.isEmpty else { return nil }
        if let match = firstMatch(#"(\d{4})\s*[年./\-－]\s*(\d{1,2})"#, in: text), let year = Int(match[0]), let month = Int(match[1]),
            (1...12).contains(month)
        {
            return format(year, month)
        }
        if let match = firstMatch(#"^(\d{4})年(底|内|末)?$"#, in: text), let year = Int(match[0]) {
            return format(year, 12)
        }
        guard let planYear else { return nil }
        if let match = firstMatch(#"(\d{1,2})月"#, in: text), let month = Int(match[0]), (1...12).contains(month) {
            return format(planYear, month)
        }
        let phrases: [(String, Int)] = [
            ("年底", 12), ("年内", 12), ("全年", 12), ("年末", 12), ("上半年", 6), ("下半年", 12),
            ("一季度", 3), ("第一季度", 3), ("二季度", 6), ("第二季度", 6), ("三季度", 9),
            ("第三季度", 9), ("四季度", 12), ("第四季度", 12),
        ]
        if let (_, month) = phrases.first(where: { text.contains($0.0) }) { return format(planYear, month) }
        return nil
    }

    /// `长期`, `持续推进`, `常态化`: a time phrase that names no month, so no date, and nothing to ask.
    static func isOngoing(_ raw: String) -> Bool {
        let text = NameText.removingWhitespace(raw)
        return ["长期", "持续", "常态", "经常", "每年", "每季", "每月", "逐年", "全年推进", "按季", "按月"].contains(where: text.contains)
    }

    static func format(_ year: Int, _ month: Int) -> String {
        String(format: "%04d-%02d", year, month)
    }

    /// Compiled once per pattern: compiling an ICU regex costs more than running it.
    private static let compiled = RegexCache()

    static func firstMatch(_ pattern: String, in text: String) -> [String]? {
        guard let regex = compiled.regex(pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}

/// A lock-guarded cache of compiled patterns, shared by every import.
final class RegexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [String: NSRegularExpression] = [:]

    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let regex = cache[pattern] { return regex }
        let regex = try? NSRegularExpression(pattern: pattern)
        cache[pattern] = regex
        return regex
    }
}
