import ArgumentParser
import DubanStrings

struct QuantitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quantities", abstract: Strings.CLI.quantitiesAbstract)

    func run() throws {
        throw CLIFailure("尚未实现")
    }
}
