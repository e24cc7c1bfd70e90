import ArgumentParser
import DubanStrings

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: Strings.CLI.lintAbstract)

    func run() throws {
        throw CLIFailure("尚未实现")
    }
}
