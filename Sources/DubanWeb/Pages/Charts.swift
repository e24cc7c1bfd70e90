import DubanCore
import DubanHTML
import DubanStore
import DubanStrings
import Foundation

/// Charts as inline SVG made on the server: no script, no external file, printable. Every bar
/// carries its number and every colour its word, so nothing depends on seeing colour.
enum Charts {
    static let order: [Light] = [.green, .yellow, .red, .done, .pending]

    static func fill(_ light: Light) -> String {
        switch light {
        case .green: "#1a7f37"
        case .yellow: "#bf8700"
        case .red: "#cf222e"
        case .done: "#0969da"
        case .pending: "#8c959f"
        }
    }

    /// One stacked bar per section: how many tasks of each light.
    static func lightsBySection(_ rows: [TaskRow]) -> HTML {
        let sections = distinctInOrder(rows.map { $0.path.first ?? Strings.Pages.noSection })
        guard !sections.isEmpty else { return .empty }
        return SVG.both(lightsBySection(rows, sections: sections, layout: .wide), lightsBySection(rows, sections: sections, layout: .narrow))
    }

    static func lightsBySection(_ rows: [TaskRow], sections: [String], layout: SVG.Layout) -> HTML {
        // Wide: the label left of the bar. Narrow: the label on its own line above the bar.
        let narrow = layout == .narrow
        let labelWidth = layout.labelWidth
        let barTop = layout.barTop
        let barWidth = narrow ? 300.0 : 420.0
        let rowHeight = narrow ? 40.0 : 26.0
        let height = Double(sections.count) * rowHeight + (narrow ? 52 : 34)
        var parts = ""
        for (index, section) in sections.enumerated() {
            let inSection = rows.filter { ($0.path.first ?? Strings.Pages.noSection) == section }
            let y = Double(index) * rowHeight
            parts += SVG.rowLabel(wide: SVG.short(section, 11), narrow: SVG.short(section, 26), y: y, layout: layout)
            var x = labelWidth
            for light in order {
                let count = inSection.filter { $0.light == light }.count
                guard count > 0 else { continue }
                let width = barWidth * Double(count) / Double(inSection.count)
                parts +=
                    "<rect x=\"\(SVG.coordinate(x))\" y=\"\(SVG.coordinate(y + barTop))\" width=\"\(SVG.coordinate(width))\" height=\"20\" fill=\"\(fill(light))\">"
                    + "<title>\(HTML.escape(Strings.Join.labelled(section, "\(light.display) \(count)")))</title></rect>"
                if width >= 18 { parts += SVG.text(x: x + width / 2, y: y + barTop + 14, anchor: "middle", String(count), fill: "#fff") }
                x += width
            }
            parts += SVG.text(x: labelWidth + barWidth + 6, y: y + barTop + 14, anchor: "start", String(inSection.count))
        }
        parts += legend(y: Double(sections.count) * rowHeight + 14, x: labelWidth, perLine: narrow ? 3 : 5)
        let summary = Strings.Pages.chartLightsBySection(sections.count)
        return SVG.chart(width: labelWidth + barWidth + 40, height: height, label: summary, body: parts)
    }

    /// Per section, the mean reported progress as a bar and the mean expected progress
    /// (序时进度) as a mark across it: behind schedule shows as a bar short of its mark.
    static func completionBySection(_ rows: [TaskRow]) -> HTML {
        let sections = distinctInOrder(rows.map { $0.path.first ?? Strings.Pages.noSection })
        guard rows.contains(where: { $0.actual != nil }) else { return .empty }
        let stats: [Completion] = sections.map { section in
            let inSection = rows.filter { ($0.path.first ?? Strings.Pages.noSection) == section }
            let measured = inSection.compactMap(\.actual)
            let expected = inSection.compactMap(\.expected)
            return Completion(
                section: section, actual: measured.isEmpty ? 0 : measured.reduce(0, +) / Double(measured.count),
                expected: expected.isEmpty ? 0 : expected.reduce(0, +) / Double(expected.count),
                measured: measured.count, total: inSection.count)
        }
        return SVG.both(completion(stats, layout: .wide), completion(stats, layout: .narrow))
    }

    struct Completion {
        var section: String
        var actual: Double
        var expected: Double
        var measured: Int
        var total: Int
    }

    static func completion(_ stats: [Completion], layout: SVG.Layout) -> HTML {
        let narrow = layout == .narrow
        let labelWidth = layout.labelWidth
        let barTop = layout.barTop
        let barWidth = narrow ? 320.0 : 300.0
        let rowHeight = narrow ? 60.0 : 26.0
        var parts = ""
        for (index, stat) in stats.enumerated() {
            let y = Double(index) * rowHeight
            let line = Strings.Pages.completionLine(
                actual: Int(min(100, stat.actual).rounded()), expected: Int(stat.expected.rounded()),
                measured: stat.measured, total: stat.total)
            parts += SVG.rowLabel(wide: SVG.short(stat.section, 11), narrow: SVG.short(stat.section, 26), y: y, layout: layout)
            let colour = stat.actual + 10 < stat.expected ? fill(.yellow) : fill(.done)
            parts += SVG.meter(
                x: labelWidth, y: y + barTop, width: barWidth, share: min(100, stat.actual) / 100, colour: colour,
                title: Strings.Join.labelled(stat.section, line))
            let mark = labelWidth + barWidth * min(100, stat.expected) / 100
            parts +=
                "<line x1=\"\(SVG.coordinate(mark))\" y1=\"\(SVG.coordinate(y + barTop - 3))\" x2=\"\(SVG.coordinate(mark))\" y2=\"\(SVG.coordinate(y + barTop + 21))\" stroke=\"#24292f\" stroke-width=\"2\"/>"
            parts +=
                narrow
                ? SVG.text(x: 0, y: y + barTop + 32, anchor: "start", line)
                : SVG.text(x: labelWidth + barWidth + 8, y: y + barTop + 13, anchor: "start", line)
        }
        let legendY = Double(stats.count) * rowHeight + 14
        parts +=
            "<line x1=\"\(SVG.coordinate(labelWidth + 5))\" y1=\"\(SVG.coordinate(legendY - 12))\" x2=\"\(SVG.coordinate(labelWidth + 5))\" y2=\"\(SVG.coordinate(legendY + 2))\" stroke=\"#24292f\" stroke-width=\"2\"/>"
        parts += SVG.text(x: labelWidth + 12, y: legendY, anchor: "start", Strings.Pages.expectedMark)
        return SVG.chart(
            width: labelWidth + barWidth + (narrow ? 20 : 250), height: legendY + 8,
            label: Strings.Pages.chartCompletion(stats.count), body: parts)
    }

    /// Lead units ranked by the share of their tasks that are on track (green) or done.
    static func unitLeague(_ rows: [TaskRow], limit: Int = 15) -> HTML {
        var tally: [String: (good: Int, total: Int)] = [:]
        for row in rows {
            for unit in row.leadUnits {
                var entry = tally[unit.name, default: (0, 0)]
                entry.total += 1
                if row.light == .green || row.light == .done { entry.good += 1 }
                tally[unit.name] = entry
            }
        }
        let standings: [Standing] = tally.map {
            Standing(
                name: $0.key, rate: Double($0.value.good) / Double($0.value.total),
                good: $0.value.good, total: $0.value.total)
        }
        let ranked = standings.sorted { (a: Standing, b: Standing) -> Bool in
            if a.rate != b.rate { return a.rate > b.rate }
            if a.total != b.total { return a.total > b.total }
            return a.name < b.name
        }.prefix(limit)
        // Everyone at 0% is not a ranking yet.
        guard ranked.contains(where: { $0.good > 0 }) else { return .empty }
        return SVG.both(league(Array(ranked), layout: .wide), league(Array(ranked), layout: .narrow))
    }

    struct Standing {
        var name: String
        var rate: Double
        var good: Int
        var total: Int
    }

    static func league(_ ranked: [Standing], layout: SVG.Layout) -> HTML {
        let narrow = layout == .narrow
        let labelWidth = layout.labelWidth
        let barTop = layout.barTop
        let barWidth = narrow ? 220.0 : 360.0
        let rowHeight = narrow ? 38.0 : 24.0
        var parts = ""
        for (index, unit) in ranked.enumerated() {
            let y = Double(index) * rowHeight
            parts += SVG.rowLabel(wide: "\(index + 1). " + SVG.short(unit.name, 9), narrow: "\(index + 1). " + SVG.short(unit.name, 24), y: y, layout: layout)
            parts += SVG.meter(
                x: labelWidth, y: y + barTop, width: barWidth, share: unit.rate, colour: fill(.green),
                title: Strings.Join.labelled(unit.name, "\(unit.good)/\(unit.total)"))
            parts += SVG.text(
                x: labelWidth + barWidth + 6, y: y + barTop + 13, anchor: "start",
                "\(Int((unit.rate * 100).rounded()))%" + Strings.Join.aside("\(unit.good)/\(unit.total)"))
        }
        return SVG.chart(
            width: labelWidth + barWidth + 110, height: Double(ranked.count) * rowHeight + 6,
            label: Strings.Pages.chartUnitLeague, body: parts)
    }

    /// Expected (序时进度, a dashed line) against reported progress (dots joined), per period.
    static func trajectory(_ points: [TaskDetail.ProgressPoint]) -> HTML {
        guard points.count >= 2 else { return .empty }
        return SVG.both(trajectory(points, layout: .wide), trajectory(points, layout: .narrow))
    }

    static func trajectory(_ points: [TaskDetail.ProgressPoint], layout: SVG.Layout) -> HTML {
        let narrow = layout == .narrow
        let left = 40.0
        let top = 10.0
        let width = narrow ? 290.0 : 520.0
        let height = narrow ? 150.0 : 180.0
        func x(_ index: Int) -> Double { left + width * Double(index) / Double(points.count - 1) }
        func y(_ percent: Double) -> Double { top + height * (1 - min(100, max(0, percent)) / 100) }
        var parts = ""
        for tick in stride(from: 0.0, through: 100.0, by: 25.0) {
            parts +=
                "<line x1=\"\(SVG.coordinate(left))\" y1=\"\(SVG.coordinate(y(tick)))\" x2=\"\(SVG.coordinate(left + width))\" y2=\"\(SVG.coordinate(y(tick)))\" stroke=\"#d0d7de\"/>"
            parts += SVG.text(x: left - 4, y: y(tick) + 4, anchor: "end", "\(Int(tick))%")
        }
        // On a phone every other month is named, so the names do not run into each other.
        for (index, point) in points.enumerated() where !narrow || index % 2 == (points.count - 1) % 2 {
            parts += SVG.text(x: x(index), y: top + height + 16, anchor: "middle", Strings.ProductPages.monthName(point.period))
        }
        let expected = points.enumerated().map { "\(SVG.coordinate(x($0.offset))),\(SVG.coordinate(y($0.element.expected)))" }.joined(separator: " ")
        parts += "<polyline points=\"\(expected)\" fill=\"none\" stroke=\"#57606a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
        let actual = points.enumerated().compactMap { item in item.element.actual.map { (item.offset, $0) } }
        if !actual.isEmpty {
            parts +=
                "<polyline points=\"\(actual.map { "\(SVG.coordinate(x($0.0))),\(SVG.coordinate(y($0.1)))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\"/>"
            for (index, value) in actual {
                let point = points[index]
                parts +=
                    "<circle cx=\"\(SVG.coordinate(x(index)))\" cy=\"\(SVG.coordinate(y(value)))\" r=\"4\" fill=\"#0969da\">"
                    + "<title>\(HTML.escape(Strings.Pages.chartPoint(point.label, expected: point.expected, actual: value)))</title></circle>"
            }
        }
        let legendY = top + height + 34
        parts +=
            "<line x1=\"\(SVG.coordinate(left))\" y1=\"\(SVG.coordinate(legendY - 4))\" x2=\"\(SVG.coordinate(left + 24))\" y2=\"\(SVG.coordinate(legendY - 4))\" stroke=\"#57606a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
        parts += SVG.text(x: left + 30, y: legendY, anchor: "start", Strings.Pages.expected)
        parts +=
            "<line x1=\"\(SVG.coordinate(left + 120))\" y1=\"\(SVG.coordinate(legendY - 4))\" x2=\"\(SVG.coordinate(left + 144))\" y2=\"\(SVG.coordinate(legendY - 4))\" stroke=\"#0969da\" stroke-width=\"2\"/>"
        parts += SVG.text(x: left + 150, y: legendY, anchor: "start", Strings.Pages.actual)
        let last = actual.last.map { Strings.Pages.chartPoint(points[$0.0].label, expected: points[$0.0].expected, actual: $0.1) }
        return SVG.chart(width: left + width + 20, height: legendY + 8, label: last ?? Strings.Pages.chartNoActual, body: parts)
    }

    static func legend(y: Double, x: Double, perLine: Int = 5) -> String {
        var out = ""
        for (index, light) in order.enumerated() {
            let cursor = x + Double(index % perLine) * 80
            let line = y + Double(index / perLine) * 18
            out += "<rect x=\"\(SVG.coordinate(cursor))\" y=\"\(SVG.coordinate(line - 10))\" width=\"12\" height=\"12\" fill=\"\(fill(light))\"/>"
            out += SVG.text(x: cursor + 16, y: line, anchor: "start", light.display)
        }
        return out
    }
}
