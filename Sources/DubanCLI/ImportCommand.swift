import ArgumentParser
import DubanStrings

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Strings.CLI.importAbstract)

    func run() throws {
        throw CLIFailure("尚未实现")
    }
}
