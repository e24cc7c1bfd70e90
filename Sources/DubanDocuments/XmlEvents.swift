import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Receives the events of one XML part. Element names arrive without their namespace prefix
/// (`w:tc` → `tc`), so a part written with unusual prefixes reads the same; attributes keep
/// theirs and are looked up with `local(_:)`.
protocol XmlHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String])
    func end(_ name: String)
    func text(_ text: String)
    /// Set by the handler to stop the parse early (a limit was reached).
    var failure: DocumentError? { get }
}

enum XmlEvents {
    /// Parses `data` and feeds `handler`. A part that does not parse is `.badXML`; an error
    /// the handler raised is rethrown as it is.
    static func parse(_ data: Data, part: String, file: String, into handler: XmlHandler) throws {
        guard let data = utf8(data),
            // OOXML parts never carry a DTD; refusing one rules out entity-expansion bombs.
            data.range(of: Data("<!DOCTYPE".utf8)) == nil, data.range(of: Data("<!ENTITY".utf8)) == nil
        else {
            throw DocumentError.badXML(file: file, part: part)
        }
        let parser = XMLParser(data: data)
        let relay = Relay(handler)
        parser.delegate = relay
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let failure = handler.failure { throw failure }
        // libxml2 runs in recovery mode here and may report success on broken XML; the
        // error callback is what tells.
        if !ok || relay.sawError { throw DocumentError.badXML(file: file, part: part) }
    }

    /// The part as valid UTF-8, or nil. FoundationXML force-unwraps element and attribute
    /// names as UTF-8 and traps on anything else, so bytes are checked before it sees them.
    /// A UTF-16 part (allowed, though Office never writes one) is converted.
    static func utf8(_ data: Data) -> Data? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { return nil }
            // The declaration would still say UTF-16; drop it, UTF-8 is the default.
            let body = text.replacingOccurrences(of: #"^\s*<\?xml[^>]*\?>"#, with: "", options: .regularExpression)
            return Data(body.utf8)
        }
        let valid = data.withUnsafeBytes { raw in
            String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) != nil
        }
        // XML forbids U+0000, and libxml2 fed one through XMLParser read past its buffer (SEGV in
        // xmlParseChunk; found by fuzzing).
        return valid && !data.contains(0) ? withoutInstructions(data) : nil
    }

    /// The part without processing instructions, the `<?xml …?>` declaration among them. OOXML
    /// parts carry none a reader needs, and two crashed the process (both found by fuzzing):
    /// - a declaration naming another encoding (`encoding="UTF-7"`) makes libxml2 switch
    ///   encodings mid-parse, and XMLParser's abort on the error then fails in xmlParseChunk;
    ///   the bytes are UTF-8 by now, which libxml2 assumes without a declaration;
    /// - an instruction with no data (`<?target?>`) reaches FoundationXML's callback with a null
    ///   pointer that it reads as a C string (SEGV in strlen).
    /// `<?` cannot start anything else in XML but inside a comment or CDATA, where dropping the
    /// instruction changes nothing a plan says. One never closed drops the rest, which then fails
    /// to parse as the broken part it is.
    static func withoutInstructions(_ data: Data) -> Data {
        let open = Data("<?".utf8)
        let close = Data("?>".utf8)
        guard data.range(of: open) != nil else { return data }
        var kept = Data()
        kept.reserveCapacity(data.count)
        var index = data.startIndex
        while let start = data.range(of: open, in: index..<data.endIndex) {
            kept.append(data[index..<start.lowerBound])
            guard let end = data.range(of: close, in: start.upperBound..<data.endIndex) else { return kept }
            index = end.upperBound
        }
        kept.append(data[index...])
        return kept
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    /// Forwards XMLParser callbacks with prefixes stripped; aborts once the handler has failed.
    private final class Relay: NSObject, XMLParserDelegate {
        let handler: XmlHandler
        var sawError = false

        init(_ handler: XmlHandler) { self.handler = handler }

        /// libxml2's warnings (unknown XML version, odd xml:lang, namespace URI remarks):
        /// the part still parses as written.
        static let warnings: Set<Int> = [27, 93, 97, 98, 99, 100, 102, 106, 107]

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if Self.warnings.contains((parseError as NSError).code) { return }
            sawError = true
            parser.abortParsing()
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            handler.start(XmlEvents.localName(elementName), attributeDict)
            if handler.failure != nil { parser.abortParsing() }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            handler.end(XmlEvents.localName(elementName))
            if handler.failure != nil { parser.abortParsing() }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.text(string)
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if let string = String(data: block, encoding: .utf8) { handler.text(string) }
        }
    }
}

extension Dictionary where Key == String, Value == String {
    /// An attribute by its local name, whatever its prefix (`val` finds `w:val`). Looked up
    /// only on the few elements a reader needs, rather than renaming every attribute.
    func local(_ name: String) -> String? {
        if let value = self[name] { return value }
        for (key, value) in self where key.hasSuffix(name) {
            let prefixEnd = key.index(key.endIndex, offsetBy: -name.count - 1, limitedBy: key.startIndex)
            if let prefixEnd, key[prefixEnd] == ":" { return value }
        }
        return nil
    }
}
