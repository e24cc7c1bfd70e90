import ArgumentParser
import DubanStore
import DubanStrings
import DubanWeb
import Foundation

/// `duban backup --to FILE`: a consistent copy of a SQLite installation while it runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: Strings.Operations.backupAbstract)

    @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?
    @Option(help: ArgumentHelp(Strings.Operations.toHelp)) var to: String

    func run() async throws {
        let backend = DatabaseBackend.resolve(dbPath: db)
        let copy = try await CLIFailure.reporting { try await Backups.backup(backend, to: to) }
        print(Strings.Operations.backedUp(to, reports: copy.reports, audit: copy.auditEntries))
    }
}

/// `duban restore FILE`: the backup in place of the database; the one it replaces kept aside.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: Strings.Operations.restoreAbstract)

    @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?
    @Argument(help: ArgumentHelp(Strings.Operations.fromHelp)) var file: String

    func run() async throws {
        let backend = DatabaseBackend.resolve(dbPath: db)
        let (copy, kept) = try await CLIFailure.reporting { try await Backups.restore(from: file, into: backend) }
        print(Strings.Operations.restored(reports: copy.reports, audit: copy.auditEntries, kept: kept))
    }
}

/// `duban account create-admin | reset-password`: the way back in from the server's console.
struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: Strings.Operations.accountAbstract, subcommands: [CreateAdmin.self, ResetPassword.self])

    struct CreateAdmin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create-admin", abstract: Strings.Operations.createAdminAbstract)

        @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?
        @Option(help: ArgumentHelp(Strings.Operations.displayNameHelp)) var name = "系统管理员"
        @Argument(help: ArgumentHelp(Strings.Operations.usernameHelp)) var username: String

        func run() async throws {
            // Never on the command line itself, where `ps` and the shell history would keep it.
            var password = ProcessInfo.processInfo.environment["DUBAN_NEW_PASSWORD"]
            if password == nil {
                FileHandle.standardError.write(Data(Strings.Operations.passwordPrompt.utf8))
                password = readLine(strippingNewline: true)
            }
            guard let password, !password.isEmpty else { throw CLIFailure(Strings.Operations.passwordMissing) }
            let backend = DatabaseBackend.resolve(dbPath: db)
            try await CLIFailure.reporting {
                try await StoreRuntime.with(backend) { runtime in
                    try await runtime.migrate()
                    _ = try await AccountAdmin.createAdmin(
                        username: username, displayName: name, password: password, hash: ConsolePasswords.hash(),
                        in: StoreContext(db: runtime.database(), backend: backend))
                }
            }
            print(Strings.Operations.adminCreated(username))
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset-password", abstract: Strings.Operations.resetPasswordAbstract)

        @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?
        @Argument(help: ArgumentHelp(Strings.Operations.usernameHelp)) var username: String

        func run() async throws {
            let backend = DatabaseBackend.resolve(dbPath: db)
            let password = try await CLIFailure.reporting {
                try await StoreRuntime.with(backend) { runtime in
                    try await AccountAdmin.resetFromConsole(
                        username: username, hash: ConsolePasswords.hash(), in: StoreContext(db: runtime.database(), backend: backend))
                }
            }
            print(Strings.Operations.passwordReset(username, password))
        }
    }
}

extension CLIFailure {
    /// A store refusal as the command's Chinese message and exit status 1.
    static func reporting<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as StoreError { throw CLIFailure(error.description) }
    }
}
