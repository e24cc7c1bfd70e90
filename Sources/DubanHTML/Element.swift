/// `element(.a, ["href": url]) { "文字" }`; attributes with a nil value are left out, values are escaped.
public func element(_ tag: HTMLTag, _ attributes: KeyValuePairs<String, String?> = [:], @HTMLBuilder _ content: () -> HTML = { .empty }) -> HTML {
    var open = "<" + tag.rawValue
    for (key, value) in attributes {
        guard let value else { continue }
        open += " \(key)=\"\(HTML.escape(value))\""
    }
    if tag.isVoid { return HTML(unsafe: open + ">") }
    return HTML(unsafe: open + ">" + content().rendered + "</\(tag.rawValue)>")
}
