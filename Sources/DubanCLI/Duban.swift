import ArgumentParser
import DubanStrings
import Foundation

/// The `duban` command: each subcommand lives in its own file.
public struct Duban: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "duban",
        abstract: Strings.CLI.abstract,
        subcommands: [
            ImportCommand.self,
            ExportCommand.self,
            IndicatorsCommand.self,
            QuantitiesCommand.self,
            UnitsCommand.self,
            LintCommand.self,
            LinksCommand.self,
            ServeCommand.self,
            MigrateCommand.self,
            AuditCommand.self,
            BenchSeedCommand.self,
            ReportsCommand.self,
            BackupCommand.self,
            RestoreCommand.self,
            AccountCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and returns the process exit status: 0 ok, 1 bad input, 2 wrong usage.
    /// Written out rather than `Duban.main()` because ArgumentParser's usage errors exit 64,
    /// and the contract here is 2.
    public static func run(arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let failure as CLIFailure {
            Output.error(failure.message)
            return failure.status
        } catch {
            let status = exitCode(for: error).rawValue
            if status == 0 {
                print(fullMessage(for: error))
                return 0
            }
            Output.error(fullMessage(for: error))
            return status == ExitCode.validationFailure.rawValue ? 2 : status
        }
    }
}

/// A failure the user caused, with one Chinese line for stderr and the exit status.
public struct CLIFailure: Error, Sendable {
    public var message: String
    public var status: Int32

    public init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }
}

enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Writes to stdout in one piece; `print` would flush line by line on large output.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
