import ArgumentParser
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
        var samples: String?
        if demo {
            samples = SamplesLocator.find()
            guard samples != nil else { throw CLIFailure(Strings.CLI.samplesMissing) }
        }
        try await Server.run(config, samplesDirectory: samples) { print($0) }
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: Strings.CLI.migrateAbstract)

    @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?

    func run() async throws {
        let backend = db.map { DatabaseBackend.resolve(dbPath: $0) } ?? DatabaseBackend.resolve(dbPath: nil)
        try await Maintenance.migrate(backend)
        print(Strings.CLI.migrated(backend.description))
    }
}

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: Strings.CLI.auditAbstract,
        subcommands: [Verify.self, Head.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: Strings.CLI.auditVerifyAbstract)

        @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?
        @Option(help: ArgumentHelp(Strings.CLI.auditExpectHelp)) var expect: String?

        func run() async throws {
            if AuditKey.environmentProblem { throw CLIFailure(Strings.Security.auditKeyTooShort) }
            let head = try expect.map { text in
                guard let head = AuditTrail.Head(text) else { throw CLIFailure(Strings.Security.auditExpectMalformed) }
                return head
            }
            let backend = db.map { DatabaseBackend.resolve(dbPath: $0) } ?? DatabaseBackend.resolve(dbPath: nil)
            let (count, problems) = try await Maintenance.verifyAudit(backend, expect: head)
            if problems.isEmpty {
                print(Strings.CLI.auditIntact(count))
            } else {
                for problem in problems { print(problem) }
                throw CLIFailure(Strings.CLI.auditBroken(count, problems: problems.count))
            }
        }
    }

    /// The chain's length and last hash, to record somewhere the database's writers cannot reach.
    struct Head: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "head", abstract: Strings.CLI.auditHeadAbstract)

        @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?

        func run() async throws {
            let backend = db.map { DatabaseBackend.resolve(dbPath: $0) } ?? DatabaseBackend.resolve(dbPath: nil)
            let (count, head) = try await Maintenance.auditHead(backend)
            print(head.map(\.description) ?? "0:\(AuditTrail.genesis)")
            FileHandle.standardError.write(Data((Strings.CLI.auditHeadCount(count) + "\n").utf8))
        }
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
