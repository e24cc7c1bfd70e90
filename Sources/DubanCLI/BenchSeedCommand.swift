import ArgumentParser
import DubanDemo
import DubanStore
import DubanStrings
import DubanWeb
import Foundation

/// `duban bench-seed`: load-test data for `bench/server.sh`. Not for production databases.
struct BenchSeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-seed", abstract: Strings.CLI.benchSeedAbstract,
        shouldDisplay: false)

    @Option var db: String?
    @Option var governments = 50
    @Option var tasks = 200
    @Option var months = 12
    @Option(help: ArgumentHelp(stringLiteral: Strings.CLI.benchTokensHelp)) var tokens: String
    @Flag(help: ArgumentHelp(stringLiteral: Strings.CLI.benchOneParentHelp)) var oneParent = false

    func run() async throws {
        guard let samples = SamplesLocator.find() else { throw CLIFailure(Strings.CLI.samplesMissing) }
        let backend = db.map { DatabaseBackend.resolve(dbPath: $0) } ?? DatabaseBackend.resolve(dbPath: nil)
        let made = try await BenchData.seed(
            backend, governments: governments, tasks: tasks, months: months,
            samplePath: samples + "/zhonglou-2022.txt", oneParent: oneParent)
        let data = try JSONEncoder().encode(made)
        try data.write(to: URL(fileURLWithPath: tokens))
        print(Strings.CLI.benchSeeded(governments: governments, tasks: tasks, months: months, tokens: made.count, file: tokens))
    }
}
