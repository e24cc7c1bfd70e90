import ArgumentParser
import DubanCore
import DubanDocuments
import DubanStrings

/// The plan file a command reads and how to read it: shared by `import` and `export`, so both
/// take the same options, refuse the same slips and report an unreadable file the same way.
struct PlanSource: ParsableArguments {
    @Argument(help: ArgumentHelp(Strings.CLI.fileHelp))
    var file: String

    @Option(help: ArgumentHelp(Strings.CLI.formatHelp))
    var format: String?

    @Option(help: ArgumentHelp(Strings.CLI.governmentHelp))
    var government: String?

    @Option(help: ArgumentHelp(Strings.CLI.yearHelp))
    var year: Int?

    @Option(help: ArgumentHelp(Strings.CLI.columnsHelp))
    var columns: String?

    var mapping: ColumnMapping? {
        columns.map { ColumnMapping(roles: $0.split(separator: ",").compactMap { ColumnMapping.Role(rawValue: $0.trimmed()) }) }
    }

    func validate() throws {
        if let format, DocumentFormat(rawValue: format) == nil {
            throw ValidationError(Strings.Documents.unknownFormat(format))
        }
        if let year, !(1949...2200).contains(year) {
            throw ValidationError(Strings.CLI.badYear(year))
        }
        if let columns {
            let names = columns.split(separator: ",").map { $0.trimmed() }
            guard names.allSatisfy({ ColumnMapping.Role(rawValue: $0) != nil }), names.contains("standard") else {
                throw ValidationError(Strings.CLI.badColumns(columns))
            }
        }
    }

    /// The plan, or the reason it cannot be read as a failure that exits 1.
    func read() throws -> Plan {
        do {
            var importer = PlanImporter(government: government, year: year)
            importer.columnMapping = mapping
            return try importer.importPlan(path: file, format: format.flatMap(DocumentFormat.init(rawValue:)))
        } catch let error as DocumentError {
            throw CLIFailure(error.description)
        } catch let error as PlanImportError {
            throw CLIFailure(error.description)
        }
    }
}
