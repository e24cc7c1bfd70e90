import ArgumentParser
import DubanDemo
import DubanStore
import DubanStrings
import DubanWeb
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: Strings.CLI.serveAbstract)

    @Option(help: ArgumentHelp(Strings.CLI.hostHelp)) var host: String?
    @Option(help: ArgumentHelp(Strings.CLI.portHelp)) var port: Int?
    @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?
    @Flag(help: ArgumentHelp(Strings.CLI.demoHelp)) var demo = false

    func run() async throws {
        if AuditKey.environmentProblem { throw CLIFailure(Strings.Security.auditKeyTooShort) }
        var config = AppConfig.fromEnvironment()
        if let host { config.host = host }
        if let port { config.port = port }
        if db != nil || ProcessInfo.processInfo.environment["DATABASE_URL"] == nil {
            config.backend = DatabaseBackend.resolve(dbPath: db)
        }
        config.demo = demo
        // The provider sends browsers back to an address only the installation knows.
        if config.provider != nil, config.publicURL == nil { throw CLIFailure(Strings.Identity.providerPublicURLMissing) }
        var samples: String?
        if demo {
            samples = SamplesLocator.find()
            guard samples != nil else { throw CLIFailure(Strings.CLI.samplesMissing) }
        }
        try await Server.run(config, demo: samples.map(DemoLoader.seed)) { print($0) }
    }
}

/// Where the sample plans are: `DUBAN_SAMPLES`, `./Samples`, or next to this source tree.
enum SamplesLocator {
    static func find() -> String? {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["DUBAN_SAMPLES"] { candidates.append(env) }
        candidates.append(FileManager.default.currentDirectoryPath + "/Samples")
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        candidates.append(url.appendingPathComponent("Samples").path)
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/zhonglou-2022.txt") }
    }
}
