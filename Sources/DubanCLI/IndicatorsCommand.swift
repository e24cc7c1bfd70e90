import ArgumentParser
import DubanStrings

struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "indicators", abstract: Strings.CLI.indicatorsAbstract)

    func run() throws {
        throw CLIFailure("尚未实现")
    }
}
