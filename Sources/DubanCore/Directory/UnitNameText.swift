/// Spelling rules for unit names: the lookup key and the parts of `X（Y）`.
public enum UnitNameText {
    /// White space removed and full-width brackets made ASCII, so `农业农村局（水利局）` and
    /// `农业农村局(水利局)` are one key.
    public static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case "（": out.append("(")
            case "）": out.append(")")
            case " ", "\t", "\n", "\r", "\u{3000}", "\u{A0}": continue
            default:
                if scalar.value < 0x80 || !scalar.properties.isWhitespace { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// `农业农村局(水利局)` → `农业农村局`: the name outside brackets.
    public static func main(_ key: String) -> String {
        var out = ""
        var depth = 0
        for char in key {
            if char == "(" {
                depth += 1
                continue
            }
            if char == ")" {
                depth = max(0, depth - 1)
                continue
            }
            if depth == 0 { out.append(char) }
        }
        return out.isEmpty ? key : out
    }

    /// `X(Y)` with text on both sides → (X, Y); nil otherwise.
    public static func bracketed(_ key: String) -> (outer: String, inner: String)? {
        guard let open = key.firstIndex(of: "("), let close = key.lastIndex(of: ")"), open < close,
            key.index(after: close) == key.endIndex, open > key.startIndex
        else { return nil }
        let outer = String(key[..<open])
        let inner = String(key[key.index(after: open)..<close])
        return inner.isEmpty ? nil : (outer, inner)
    }

    /// `(Y)rest` → (Y, rest): what is left of a name whose first part wrapped onto the line above.
    public static func leadingBracket(_ key: String) -> (inner: String, rest: String)? {
        guard key.first == "(", let close = key.firstIndex(of: ")") else { return nil }
        let inner = String(key[key.index(after: key.startIndex)..<close])
        let rest = String(key[key.index(after: close)...])
        return inner.isEmpty || rest.isEmpty ? nil : (inner, rest)
    }
}
