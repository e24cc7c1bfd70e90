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

    func validate() throws {
        if let format, DocumentFormat(rawValue: format) == nil {
            throw ValidationError(Strings.Documents.unknownFormat(format))
        }
        if let year, !(1949...2200).contains(year) {
            throw ValidationError(Strings.CLI.badYear(year))
        }
    }

    /// The plan, or the reason it cannot be read as a failure that exits 1.
    func read() throws -> Plan {
        do {
            return try PlanImporter(government: government, year: year)
                .importPlan(path: file, format: format.flatMap(DocumentFormat.init(rawValue:)))
        } catch let error as DocumentError {
            throw CLIFailure(error.description)
        } catch let error as PlanImportError {
            throw CLIFailure(error.description)
        }
    }
}
