import ArgumentParser
import DubanStore
import DubanStrings
import DubanWeb
import Foundation

/// `duban migrate`: brings a database (SQLite file or `DATABASE_URL`) to the current schema.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: Strings.CLI.migrateAbstract)

    @Option(help: ArgumentHelp(Strings.CLI.dbHelp)) var db: String?

    func run() async throws {
        let backend = db.map { DatabaseBackend.resolve(dbPath: $0) } ?? DatabaseBackend.resolve(dbPath: nil)
        try await Maintenance.migrate(backend)
        print(Strings.CLI.migrated(backend.description))
    }
}
