import ArgumentParser
import DubanStrings

struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: Strings.CLI.unitsAbstract)

    func run() throws {
        throw CLIFailure("尚未实现")
    }
}
