import Foundation

/// The drawing primitives of the server-made charts: inline SVG, no script, no external file.
public enum SVG {
    /// Each chart is drawn twice: wide for a desktop, narrow (labels above bars) for a phone;
    /// the stylesheet shows one, so a phone never scrolls a chart sideways.
    public enum Layout: Sendable {
        case wide, narrow

        /// Room left of the bars for the rows' names; none on a phone, where a name goes above its bar.
        public var labelWidth: Double { self == .narrow ? 0 : 150 }
        /// Where a bar starts within its row: under the name on a phone.
        public var barTop: Double { self == .narrow ? 17 : 3 }
    }

    /// The wide and the narrow drawing of one chart, for the stylesheet to pick from.
    public static func both(_ wide: HTML, _ narrow: HTML) -> HTML {
        HTML(unsafe: "<div class=\"chart-wide\">\(wide.rendered)</div><div class=\"chart-narrow\">\(narrow.rendered)</div>")
    }

    /// The chart's frame, labelled for a screen reader.
    public static func chart(width: Double, height: Double, label: String, body: String) -> HTML {
        HTML(
            unsafe: "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTML.escape(label))\" viewBox=\"0 0 \(coordinate(width)) \(coordinate(height))\" "
                + "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<title>\(HTML.escape(label))</title>\(body)</svg>")
    }

    /// A row's name: right-aligned left of its bar (wide), or on a line of its own above it (narrow).
    public static func rowLabel(wide: String, narrow: String, y: Double, layout: Layout) -> String {
        layout == .narrow
            ? text(x: 0, y: y + 13, anchor: "start", narrow)
            : text(x: layout.labelWidth - 6, y: y + 17, anchor: "end", wide)
    }

    /// A grey track the bar's full width with the filled share over it, titled for a hover or a screen reader.
    public static func meter(x: Double, y: Double, width: Double, share: Double, colour: String, title: String) -> String {
        "<rect x=\"\(coordinate(x))\" y=\"\(coordinate(y))\" width=\"\(coordinate(width))\" height=\"18\" fill=\"#eaeef2\"/>"
            + "<rect x=\"\(coordinate(x))\" y=\"\(coordinate(y))\" width=\"\(coordinate(width * share))\" height=\"18\" fill=\"\(colour)\">"
            + "<title>\(HTML.escape(title))</title></rect>"
    }

    public static func text(x: Double, y: Double, anchor: String, _ content: String, fill: String = "#24292f") -> String {
        "<text x=\"\(coordinate(x))\" y=\"\(coordinate(y))\" text-anchor=\"\(anchor)\" font-size=\"12\" fill=\"\(fill)\">\(HTML.escape(content))</text>"
    }

    /// A label cut to `length` characters, with an ellipsis where it was cut.
    public static func short(_ text: String, _ length: Int) -> String { text.count > length ? String(text.prefix(length)) + "…" : text }

    /// One decimal: enough for a pixel, and the same text on every machine.
    public static func coordinate(_ value: Double) -> String { String(format: "%.1f", value) }
}
