import ArgumentParser
import DubanCore
import DubanExport
import DubanStrings
import Foundation

/// `duban export FILE --to docx|xlsx|csv|json --output OUT`: any file `duban import` reads
/// (a pasted text copy included), written as the issued table, or as `duban.plan/1` JSON.
/// What it writes reads back to the same plan: `duban import OUT` gives what `duban import FILE` gave.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: Strings.Export.abstract)

    @OptionGroup var source: PlanSource

    @Option(help: ArgumentHelp(Strings.Export.toHelp))
    var to: String?

    @Option(name: [.short, .long], help: ArgumentHelp(Strings.Export.outputHelp))
    var output: String

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
    }

    func run() throws {
        guard let target else { throw CLIFailure(Strings.Export.formatNotGiven(output), status: 2) }
        // Refused before the input is read, so a slip in the command line costs nothing.
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure(Strings.Export.outputIsDirectory(output))
        }
        let plan = try source.read()
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
