/// A tiny type-safe HTML builder: text is escaped unless it is already `HTML`, so no page can
/// forget to escape a unit's name or a report's narrative.
public struct HTML: Sendable, Equatable {
    public let rendered: String

    public init(unsafe rendered: String) { self.rendered = rendered }
    public static let empty = HTML(unsafe: "")

    public static func text(_ string: String) -> HTML { HTML(unsafe: escape(string)) }

    public static func escape(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for char in string.unicodeScalars {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(char)
            }
        }
        return out
    }
}

@resultBuilder
public enum HTMLBuilder {
    public static func buildBlock(_ parts: HTML...) -> HTML { HTML(unsafe: parts.map(\.rendered).joined()) }
    public static func buildExpression(_ html: HTML) -> HTML { html }
    public static func buildExpression(_ text: String) -> HTML { .text(text) }
    public static func buildExpression(_ parts: [HTML]) -> HTML { HTML(unsafe: parts.map(\.rendered).joined()) }
    public static func buildOptional(_ html: HTML?) -> HTML { html ?? .empty }
    public static func buildEither(first: HTML) -> HTML { first }
    public static func buildEither(second: HTML) -> HTML { second }
    public static func buildArray(_ parts: [HTML]) -> HTML { HTML(unsafe: parts.map(\.rendered).joined()) }
}
