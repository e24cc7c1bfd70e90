import DubanCore
import DubanStore
import DubanStrings
import Vapor

/// `?unit=&leader=&light=&kind=&q=` over task rows.
struct TaskFilter: Sendable, Codable {
    var unit: Int?
    var leader: Int?
    var light: String?
    var kind: String?
    var section: String?
    var text: String?

    init(query: URLQueryContainer) {
        unit = query[Int.self, at: "unit"]
        leader = query[Int.self, at: "leader"]
        light = query[String.self, at: "light"].flatMap { $0.isEmpty ? nil : $0 }
        kind = query[String.self, at: "kind"].flatMap { $0.isEmpty ? nil : $0 }
        section = query[String.self, at: "section"].flatMap { $0.isEmpty ? nil : $0 }
        text = query[String.self, at: "q"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var isEmpty: Bool { unit == nil && leader == nil && light == nil && kind == nil && section == nil && text == nil }

    func apply(_ rows: [TaskRow]) -> [TaskRow] {
        rows.filter { row in
            if let unit, !(row.leadUnits + row.coopUnits).contains(where: { $0.id == unit }) { return false }
            if let leader, !row.leaders.contains(where: { $0.id == leader }) { return false }
            if let light, row.light.rawValue != light { return false }
            if let kind, row.kind != kind { return false }
            if let section, row.path.first != section { return false }
            if let text {
                let haystack = ([row.text, row.label] + row.path + row.leaders.map(\.name) + row.leadUnits.map(\.name) + row.coopUnits.map(\.name)).joined(
                    separator: " ")
                if !haystack.localizedCaseInsensitiveContains(text) { return false }
            }
            return true
        }
    }
}
