import ArgumentParser
import DubanStore
import DubanStrings
import Foundation

/// `duban reports import FILE --account USER [--confirm]`: a unit's filled 填报表 read into the
/// database as the upload page reads it: a preview first, the reports only with `--confirm`.
struct ReportsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reports", abstract: Strings.Sheets.cliAbstract, subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: Strings.Sheets.cliImportAbstract)

        @Argument(help: ArgumentHelp(Strings.Sheets.cliFileHelp)) var file: String
        @Option(help: ArgumentHelp(Strings.Sheets.cliAccountHelp)) var account: String
        @Option(help: ArgumentHelp(Strings.Sheets.cliPeriodHelp)) var period: Int?
        @Flag(help: ArgumentHelp(Strings.Sheets.cliConfirmHelp)) var confirm = false
        @Flag(help: ArgumentHelp(Strings.Sheets.cliJSONHelp)) var json = false
        @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIFailure(Strings.Documents.missing(file)) }
            let backend = DatabaseBackend.resolve(dbPath: db)
            let (preview, result): (SheetPreview, SheetImportResult?)
            do {
                (preview, result) = try await Maintenance.importSheet(
                    backend, data: data, fileName: (file as NSString).lastPathComponent, username: account, period: period, confirm: confirm)
            } catch let error as StoreError {
                throw CLIFailure(error.description)
            }
            if json {
                struct Output: Encodable {
                    var preview: SheetPreview
                    var result: SheetImportResult?
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(Output(preview: preview, result: result)), as: UTF8.self))
                return
            }
            typealias Text = Strings.Sheets
            print(Text.previewSummary(create: preview.toCreate, unchanged: preview.unchanged, blank: preview.blankRows, problems: preview.problems.count))
            for row in preview.rows {
                print(
                    Text.cliRow(row: row.row, task: row.task, unit: row.unit, outcome: row.outcome == .create ? Text.Outcome.created : Text.Outcome.unchanged))
            }
            for problem in preview.problems { print(problem.text) }
            if let result {
                print(result.heldForSignOff ? Text.heldForSignOff(result.created) : Text.confirmed(created: result.created, unchanged: result.unchanged))
            } else {
                print(Text.cliNotConfirmed)
            }
        }
    }
}
