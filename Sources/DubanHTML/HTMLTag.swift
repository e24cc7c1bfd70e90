/// The elements the pages use, so a tag name is checked by the compiler, not spelled per call.
public enum HTMLTag: String, Sendable, CaseIterable {
    case a
    case article
    case body
    case br
    case button
    case caption
    case dd
    case details
    case div
    case dl
    case dt
    case fieldset
    case figcaption
    case figure
    case form
    case h1
    case h2
    case h3
    case head
    case header
    case hr
    case html
    case img
    case input
    case label
    case legend
    case li
    case link
    case main
    case mark
    case meta
    case nav
    case ol
    case option
    case p
    case script
    case section
    case select
    case span
    case strong
    case summary
    case table
    case tbody
    case td
    case textarea
    case th
    case thead
    case title
    case tr
    case ul

    /// Elements with no content and no end tag.
    public var isVoid: Bool {
        switch self {
        case .input, .br, .meta, .link, .img, .hr: true
        default: false
        }
    }
}
