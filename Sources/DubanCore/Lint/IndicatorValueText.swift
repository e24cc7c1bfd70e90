import Foundation

/// An indicator's value as a person reads it back: `≥20台`, `26.6亿元`, `6.5%`.
enum IndicatorValueText {
    static func value(_ indicator: Indicator) -> String {
        let symbol: String
        switch indicator.comparator {
        case .equal: symbol = ""
        case .atLeast: symbol = "≥"
        case .greater: symbol = ">"
        case .atMost: symbol = "≤"
        case .less: symbol = "<"
        case .about: symbol = "约"
        }
        return symbol + number(indicator.value, unit: indicator.unit) + indicator.unit
    }

    static func number(_ value: Double, unit: String) -> String {
        if unit == "元" || unit == "美元" {
            if abs(value) >= 1e8 { return plain(value / 1e8) + "亿" }
            if abs(value) >= 1e4 { return plain(value / 1e4) + "万" }
        }
        return plain(value)
    }

    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
