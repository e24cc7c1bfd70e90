/// A small JSON writer for one-line records: keys in the order given, numbers without a
/// trailing `.0`, `/` left alone (元/月), non-ASCII written as is.
public struct JSONWriter: Sendable {
    public private(set) var text = ""
    private var needsComma: [Bool] = [false]

    public init() {}

    public mutating func beginObject(_ key: String? = nil) {
        prefix(key)
        text.append("{")
        needsComma.append(false)
    }

    public mutating func endObject() {
        text.append("}")
        needsComma.removeLast()
    }

    public mutating func beginArray(_ key: String? = nil) {
        prefix(key)
        text.append("[")
        needsComma.append(false)
    }

    public mutating func endArray() {
        text.append("]")
        needsComma.removeLast()
    }

    public mutating func string(_ key: String?, _ value: String?) {
        prefix(key)
        if let value { Self.quote(value, into: &text) } else { text.append("null") }
    }

    public mutating func number(_ key: String?, _ value: Double?) {
        prefix(key)
        if let value { text.append(Self.format(value)) } else { text.append("null") }
    }

    public mutating func bool(_ key: String?, _ value: Bool?) {
        prefix(key)
        text.append(value.map { $0 ? "true" : "false" } ?? "null")
    }

    private mutating func prefix(_ key: String?) {
        if needsComma[needsComma.count - 1] { text.append(",") }
        needsComma[needsComma.count - 1] = true
        if let key {
            Self.quote(key, into: &text)
            text.append(":")
        }
    }

    /// Integral values as integers; others in the shortest form that reads back the same.
    public static func format(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    static func quote(_ s: String, into out: inout String) {
        out.append("\"")
        for c in s.unicodeScalars {
            switch c {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(c)
            }
        }
        out.append("\"")
    }
}

extension Quantity {
    /// `{"text", "kind", "value" | "min","max","min_inclusive","max_inclusive", "unit"}`.
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.string("text", text)
        w.string("kind", kind.rawValue)
        if let value { w.number("value", value) }
        if min != nil || max != nil || kind == .range {
            w.number("min", min)
            w.number("max", max)
            if let minInclusive { w.bool("min_inclusive", minInclusive) }
            if let maxInclusive { w.bool("max_inclusive", maxInclusive) }
        }
        w.string("unit", unit)
        if let currency { w.string("currency", currency) }
        if isApproximate { w.bool("approximate", true) }
        w.endObject()
    }
}
