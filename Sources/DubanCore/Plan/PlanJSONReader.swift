import DubanDocuments
import Foundation

/// `duban.plan/1` JSON → `Plan`: the interchange format read back, so what `duban import --json`
/// printed (or `duban export --to json` wrote) can be imported, linted or exported again.
/// Only the contract's own fields are read; warnings, kinds and indicators are the importer's
/// findings and are worked out afresh by `PlanImporter`.
public enum PlanJSONReader {
    public static func read(data: Data, file: String) throws -> Plan {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: data)
        } catch {
            throw PlanImportError.notPlanJSON(file: file)
        }
        guard wire.schema == Plan.schema else {
            throw PlanImportError.wrongSchema(file: file, schema: wire.schema)
        }
        let tasks = wire.tasks.enumerated().map { index, task in
            PlanTask(
                attachment: task.attachment ?? 1, path: task.path ?? [], label: task.label ?? "",
                text: task.text, leaders: task.leaders ?? [], leadUnits: task.leadUnits ?? [],
                coopUnits: task.coopUnits ?? [], deadline: task.deadline,
                inherited: (task.inherited ?? []).compactMap(ResponsibilityField.init(rawValue:)),
                // A JSON file has no lines or cells to point at; the task's place in the list will do.
                location: SourceLocation(row: index + 1))
        }
        guard !tasks.isEmpty else { throw PlanImportError.noTasks(file: file) }
        // The file does not keep attachment titles: the numbers are all it says.
        let numbers = Set(tasks.map(\.attachment)).sorted()
        return Plan(
            government: wire.government, year: wire.year,
            attachments: numbers.map { Attachment(number: $0, title: "") },
            tasks: tasks, format: .json)
    }

    /// The contract's shape; fields beyond `text` may be absent in a hand-written file.
    private struct Wire: Decodable {
        var schema: String
        var government: String?
        var year: Int?
        var tasks: [WireTask]
    }

    private struct WireTask: Decodable {
        var attachment: Int?
        var path: [String]?
        var label: String?
        var text: String
        var leaders: [String]?
        var leadUnits: [String]?
        var coopUnits: [String]?
        var deadline: String?
        var inherited: [String]?
    }
}
