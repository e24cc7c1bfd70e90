import DubanCore
import DubanTestSupport
import Foundation

@testable import DubanDocuments

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Paths, temporary files and zip reading shared by the export tests.
enum ExportSupport {
    static let root: URL = RepositoryRoot.url

    static let samples = ["zhonglou-2022", "tianning-2022"]

    static func sample(_ name: String) -> String { root.appendingPathComponent("Samples/\(name).txt").path }

    /// The sample as `duban import` reads it: what an export must give back.
    static func imported(_ name: String) throws -> Plan { try PlanImporter().importPlan(path: sample(name)) }

    static func write(_ data: Data, name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("duban-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// The contract's fields of each task (`inherited` aside: which cells are merged is the
    /// exporter's choice), as strings to compare and to show in a failure.
    static func fields(_ plan: Plan) -> [String] {
        plan.tasks.map { task in
            [
                String(task.attachment), task.path.joined(separator: "/"), task.label, task.text,
                task.leaders.joined(separator: "、"), task.leadUnits.joined(separator: "、"),
                task.coopUnits.joined(separator: "、"), task.deadline ?? "-",
            ].joined(separator: " | ")
        }
    }

    /// One part of an Office file as text, read the way the importer reads it.
    static func part(_ data: Data, _ path: String) throws -> String? {
        let package = try XmlPackage(data: data, file: "export", kind: "Office", limits: .standard)
        return try package.part(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The part names, in the order they are stored.
    static func entries(_ data: Data) throws -> [String] {
        try XmlPackage(data: data, file: "export", kind: "Office", limits: .standard).archive.map(\.path)
    }

    /// Whether the text is well-formed XML (Word refuses a document that is not).
    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    /// Every `attribute="value"` of every `<element …>` in the XML, in order.
    static func attributes(of element: String, in xml: String, _ attribute: String) -> [String] {
        var values: [String] = []
        var rest = xml[...]
        while let start = rest.range(of: "<\(element) ") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: ">") else { break }
            let tag = tail[..<end]
            if let found = tag.range(of: "\(attribute)=\"") {
                let value = tag[found.upperBound...].prefix { $0 != "\"" }
                values.append(String(value))
            }
            rest = tail[end...]
        }
        return values
    }
}
