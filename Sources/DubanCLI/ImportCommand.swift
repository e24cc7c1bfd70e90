import ArgumentParser
import DubanCore
import DubanStrings

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Strings.CLI.importAbstract)

    @OptionGroup var source: PlanSource

    @Flag(help: ArgumentHelp(Strings.CLI.jsonHelp))
    var json = false

    func run() throws {
        let plan = try source.read()
        Output.write(json ? try PlanJSON.encode(plan) : PlanSummary.render(plan))
    }
}
