import ArgumentParser
import DubanStore
import DubanStrings
import DubanWeb
import Foundation

/// `duban audit verify | head`: checks the audit trail's hash chain, or prints its head to keep elsewhere.
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
