import ArgumentParser
import DubanCore
import DubanDocuments
import DubanExport
import DubanStrings
import Foundation

/// `duban export FILE --to docx|xlsx|csv|json --output OUT`: any file `duban import` reads
/// (a pasted text copy included), written as the issued table, or as `duban.plan/1` JSON.
/// What it writes reads back to the same plan: `duban import OUT` gives what `duban import FILE` gave.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: Strings.Export.abstract)

    @Argument(help: ArgumentHelp(Strings.Export.inputHelp))
    var file: String

    @Option(help: ArgumentHelp(Strings.Export.toHelp))
    var to: String?

    @Option(name: [.short, .long], help: ArgumentHelp(Strings.Export.outputHelp))
    var output: String

    @Option(help: ArgumentHelp(Strings.CLI.formatHelp))
    var format: String?

    @Option(help: ArgumentHelp(Strings.CLI.governmentHelp))
    var government: String?

    @Option(help: ArgumentHelp(Strings.CLI.yearHelp))
    var year: Int?

    /// `--to` when given, else the output's extension.
    var target: ExportFormat? {
        if let to { return ExportFormat(rawValue: to.lowercased()) }
        return ExportFormat(fileName: output)
    }

    func validate() throws {
        if let to, ExportFormat(rawValue: to.lowercased()) == nil {
            throw ValidationError(Strings.Export.unknownFormat(to))
        }
        if target == nil {
            throw ValidationError(Strings.Export.formatNotGiven(output))
        }
        if let format, DocumentFormat(rawValue: format) == nil {
            throw ValidationError(Strings.Documents.unknownFormat(format))
        }
        if let year, !(1949...2200).contains(year) {
            throw ValidationError(Strings.CLI.badYear(year))
        }
    }

    func run() throws {
        guard let target else { throw CLIFailure(Strings.Export.formatNotGiven(output), status: 2) }
        // Refused before the input is read, so a slip in the command line costs nothing.
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure(Strings.Export.outputIsDirectory(output))
        }
        let plan: Plan
        do {
            let importer = PlanImporter(government: government, year: year)
            plan = try importer.importPlan(path: file, format: format.flatMap(DocumentFormat.init(rawValue:)))
        } catch let error as DocumentError {
            throw CLIFailure(error.description)
        } catch let error as PlanImportError {
            throw CLIFailure(error.description)
        }
        let data: Data
        do {
            data = try PlanExporter().export(plan, as: target)
        } catch {
            throw CLIFailure(Strings.Export.cannotBuild(output))
        }
        do {
            // Atomic: a failed write leaves no half-written file where the old one was.
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIFailure(Strings.Export.cannotWrite(output))
        }
        let attachments = Set(plan.tasks.map(\.attachment)).count
        Output.write(Strings.Export.exported(output, tasks: plan.tasks.count, attachments: attachments) + "\n")
    }
}
