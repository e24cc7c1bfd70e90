import DubanHTML
import Testing

/// What every page relies on: text from users is escaped wherever it lands, void elements have no
/// end tag, and the charts' numbers are the same text on every machine.
@Suite struct HTMLTests {
    @Test func textAndAttributesAreEscaped() {
        let name = "<script>alert('x')</script> & \"单位\""
        let html = element(.a, ["href": "/tasks?q=\"><b>", "title": nil]) { name }
        #expect(
            html.rendered
                == "<a href=\"/tasks?q=&quot;&gt;&lt;b&gt;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;单位&quot;</a>")
    }

    @Test func builderJoinsPartsAndKeepsMarkupThatIsAlreadyHTML() {
        let rows = ["一", "二"]
        let html = element(.ul) {
            for row in rows { element(.li) { row } }
            if rows.isEmpty { element(.li) { "无" } }
            HTML(unsafe: "<li class=\"end\"></li>")
        }
        #expect(html.rendered == "<ul><li>一</li><li>二</li><li class=\"end\"></li></ul>")
    }

    @Test func voidElementsHaveNoEndTag() {
        #expect(element(.input, ["name": "q", "value": "a<b"]).rendered == "<input name=\"q\" value=\"a&lt;b\">")
        #expect(element(.br).rendered == "<br>")
        #expect(HTMLTag.allCases.filter(\.isVoid).map(\.rawValue).sorted() == ["br", "hr", "img", "input", "link", "meta"])
    }

    @Test func svgTextIsEscapedAndCoordinatesHaveOneDecimal() {
        #expect(SVG.coordinate(12.345) == "12.3")
        #expect(SVG.coordinate(-0.04) == "-0.0")
        let label = SVG.text(x: 1, y: 2.25, anchor: "end", "A&B")
        #expect(label == "<text x=\"1.0\" y=\"2.2\" text-anchor=\"end\" font-size=\"12\" fill=\"#24292f\">A&amp;B</text>")
        #expect(SVG.short("常州市天宁区发展和改革局", 5) == "常州市天宁…")
        #expect(SVG.short("财政局", 5) == "财政局")
        let chart = SVG.chart(width: 100, height: 20, label: "完成率<80%", body: "")
        #expect(chart.rendered.contains("aria-label=\"完成率&lt;80%\""))
        #expect(chart.rendered.contains("viewBox=\"0 0 100.0 20.0\""))
    }
}
