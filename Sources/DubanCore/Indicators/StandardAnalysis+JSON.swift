extension Indicator {
    /// `{"metric", "value", "unit", "comparator", "tier", "change", "measure"}`, null tier and change
    /// written out; `measure` (Tests/Fixtures/measures/README.md) is an addition to `duban.indicators/1`.
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.string("metric", metric)
        w.number("value", value)
        w.string("unit", unit)
        w.string("comparator", comparator.rawValue)
        w.string("tier", tier?.rawValue)
        w.string("change", change?.rawValue)
        w.string("measure", IndicatorMeasure.of(self).rawValue)
        w.endObject()
    }
}

extension StandardAnalysis {
    /// One task of a `duban.indicators/1` document: `{"text", "kind", "indicators"}`.
    public func write(text: String, to w: inout JSONWriter) {
        w.beginObject()
        w.string("text", text)
        w.string("kind", kind.rawValue)
        w.beginArray("indicators")
        for i in indicators { i.write(to: &w) }
        w.endArray()
        w.endObject()
    }
}

/// A `duban.indicators/1` document: the format of `*.indicators.gold.json`.
public enum IndicatorDocument {
    public static let schema = "duban.indicators/1"

    public static func json(_ tasks: [(text: String, analysis: StandardAnalysis)]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("schema", schema)
        w.beginArray("tasks")
        for task in tasks { task.analysis.write(text: task.text, to: &w) }
        w.endArray()
        w.endObject()
        return w.text
    }
}
