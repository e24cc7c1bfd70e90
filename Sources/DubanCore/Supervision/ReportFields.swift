import DubanStrings
import Foundation

/// The numbers of a report form, read the same way on every edge. A value a person typed must
/// be an ordinary finite number: `inf`, `nan` and `1e999` would poison every average and sum
/// computed from it later, and PostgreSQL's integer conversions trap on them.
public enum ReportFields {
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// Field names of indicator values: `value_<indicatorID>`.
    public static let valuePrefix = "value_"

    /// Nil for an empty field (not reported); a refusal for anything but a finite number.
    public static func number(_ text: String) throws(Refusal) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        guard trimmed.utf8.count <= 40, let value = Double(trimmed), value.isFinite else {
            throw Refusal(reason: Strings.Pages.valueNotNumber)
        }
        return value
    }

    /// Indicator values from the form's text fields; other fields are ignored.
    public static func values(_ fields: [String: String]) throws(Refusal) -> [Int: Double] {
        var values: [Int: Double] = [:]
        for (key, raw) in fields where key.hasPrefix(valuePrefix) {
            guard let id = Int(key.dropFirst(valuePrefix.count)), id > 0 else { throw Refusal(reason: Strings.Pages.valueNotNumber) }
            if let value = try number(raw) { values[id] = value }
        }
        return values
    }

    /// For numbers that arrive already parsed (JSON): the same rule.
    public static func requireFinite(_ values: some Sequence<Double>) throws(Refusal) {
        for value in values where !value.isFinite { throw Refusal(reason: Strings.Pages.valueNotNumber) }
    }
}
