import Foundation

/// Cell references and cell values as Excel displays them: `12` not `12.0`, percentages
/// with `%`, date serials as dates.
enum XlsxValues {
    static let maxRow = 1_048_576
    static let maxColumn = 16_384

    struct Range {
        var top: Int
        var left: Int
        var bottom: Int
        var right: Int
    }

    /// `C7` → row 7, column 3; `$C$7` too. Nil for anything else or out of Excel's bounds.
    static func cellReference(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var seenDigit = false
        for scalar in reference.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 65...90, 97...122:
                guard !seenDigit else { return nil }
                column = column * 26 + Int((scalar.value | 0x20) - 96)
                if column > maxColumn { return nil }
            case 48...57:
                seenDigit = true
                row = row * 10 + Int(scalar.value - 48)
                if row > maxRow { return nil }
            default:
                return nil
            }
        }
        guard column >= 1, row >= 1 else { return nil }
        return (row, column)
    }

    /// `A3:B7`, in either corner order; a single cell is not a merge.
    static func range(_ reference: String) -> Range? {
        let ends = reference.split(separator: ":")
        guard ends.count == 2, let a = cellReference(String(ends[0])), let b = cellReference(String(ends[1])) else {
            return nil
        }
        let range = Range(
            top: min(a.row, b.row), left: min(a.column, b.column),
            bottom: max(a.row, b.row), right: max(a.column, b.column))
        return range.top == range.bottom && range.left == range.right ? nil : range
    }

    enum NumberFormat: Equatable {
        case general
        case percent
        /// `chinese`: the format writes 年/月/日 rather than separators.
        case date(DateStyle, chinese: Bool)

        enum DateStyle: Equatable { case yearMonth, monthDay, yearMonthDay, iso, time }

        init(id: Int, code: String?) {
            if let code {
                self = Self.classify(code)
                return
            }
            switch id {
            case 9, 10: self = .percent
            case 27, 36, 50, 52, 57: self = .date(.yearMonth, chinese: true)  // zh-CN built-ins: yyyy"年"m"月"
            case 28, 29, 51, 53, 54, 58: self = .date(.monthDay, chinese: true)
            case 31: self = .date(.yearMonthDay, chinese: true)
            case 14...17, 22, 30: self = .date(.iso, chinese: false)
            case 18...21, 32...35, 45...47, 55, 56: self = .date(.time, chinese: false)
            default: self = .general
            }
        }

        /// A custom format code: its date letters outside quotes and brackets decide.
        static func classify(_ code: String) -> NumberFormat {
            let section = code.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? code
            var bare = ""
            var inQuote = false
            var inBracket = false
            var escaped = false
            for character in section {
                if escaped {
                    escaped = false
                    continue
                }
                switch character {
                case "\\" where !inQuote: escaped = true
                case "\"": inQuote.toggle()
                case "[" where !inQuote: inBracket = true
                case "]" where !inQuote: inBracket = false
                default: if !inQuote && !inBracket { bare.append(character) }
                }
            }
            let lower = bare.lowercased()
            if lower.contains("general") || lower == "@" { return .general }
            if lower.contains("%") { return .percent }
            let hasYear = lower.contains("y")
            let hasDay = lower.contains("d")
            let hasMonth = lower.contains("m")
            let hasTime = lower.contains("h") || lower.contains("s")
            guard hasYear || hasDay || hasMonth || hasTime else { return .general }
            let chinese = code.contains("年") || code.contains("月")
            if hasYear && hasMonth && !hasDay { return .date(.yearMonth, chinese: chinese) }
            if hasMonth && hasDay && !hasYear { return .date(.monthDay, chinese: chinese) }
            if hasYear && hasMonth && hasDay { return .date(.yearMonthDay, chinese: chinese) }
            if !hasYear && !hasDay && hasTime { return .date(.time, chinese: chinese) }
            return .date(.iso, chinese: chinese)
        }
    }

    /// The text of a number cell under its format.
    static func number(_ raw: String, format: NumberFormat, date1904: Bool) -> String {
        let trimmed = raw.trimmed()
        guard let value = Double(trimmed), value.isFinite else { return trimmed }
        switch format {
        case .general:
            return plain(value)
        case .percent:
            return plain(value * 100) + "%"
        case .date(let style, let chinese):
            return date(value, style: style, chinese: chinese, date1904: date1904) ?? plain(value)
        }
    }

    /// Shortest text for a number, at Excel's 15 significant digits.
    static func plain(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 {
            return String(Int64(value))
        }
        var text = String(format: "%.15g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func date(_ serial: Double, style: NumberFormat.DateStyle, chinese: Bool, date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        var whole = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(whole)) * 86_400).rounded())
        if date1904 {
            whole += 1_462
        } else if whole < 61 {
            // Excel counts a 29 February 1900 that never was; serials before it are one day off.
            whole += 1
        }
        // Serial 0 (after the shift) is 1899-12-30; days from 1970-01-01 are 25 569 fewer.
        let (year, month, day) = CivilDays.date(fromDays: whole - 25_569)
        let hour = seconds / 3_600 % 24
        let minute = seconds / 60 % 60
        switch style {
        case .yearMonth where chinese: return "\(year)年\(month)月"
        case .yearMonth: return String(format: "%04d-%02d", year, month)
        case .monthDay where chinese: return "\(month)月\(day)日"
        case .monthDay: return String(format: "%02d-%02d", month, day)
        case .yearMonthDay where chinese: return "\(year)年\(month)月\(day)日"
        case .time: return String(format: "%d:%02d", hour, minute)
        case .iso, .yearMonthDay:
            let date = String(format: "%04d-%02d-%02d", year, month, day)
            return seconds == 0 ? date : date + String(format: " %02d:%02d", hour, minute)
        }
    }

    /// Excel writes control characters as `_xHHHH_` (`_x000D_` for a carriage return);
    /// decode them and make every line break a "\n".
    static func cleanText(_ text: String) -> String {
        var result = text
        if result.contains("_x") {
            result = decodeEscapes(result)
        }
        if result.contains("\r") {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return result
    }

    private static func decodeEscapes(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" {
                let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)]))
                // `_x005F_` escapes an underscore that would otherwise start an escape.
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    out.append(scalar)
                    index += 7
                    continue
                }
            }
            out.append(scalars[index])
            index += 1
        }
        return String(out)
    }
}
