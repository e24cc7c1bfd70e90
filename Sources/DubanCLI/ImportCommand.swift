import ArgumentParser
import DubanCore
import DubanDocuments
import DubanStrings

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Strings.CLI.importAbstract)

    @Argument(help: ArgumentHelp(Strings.CLI.fileHelp))
    var file: String

    @Flag(help: ArgumentHelp(Strings.CLI.jsonHelp))
    var json = false

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

    func run() throws {
        let importer = PlanImporter(government: government, year: year)
        let plan: Plan
        do {
            plan = try importer.importPlan(path: file, format: format.flatMap(DocumentFormat.init(rawValue:)))
        } catch let error as DocumentError {
            throw CLIFailure(error.description)
        } catch let error as PlanImportError {
            throw CLIFailure(error.description)
        }
        Output.write(json ? try PlanJSON.encode(plan) : PlanSummary.render(plan))
    }
}
