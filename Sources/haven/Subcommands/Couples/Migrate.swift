import ArgumentParser
import HavenServer

/// `haven migrate`: brings the database schema up to date (or reverts it).
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or update the server's database tables, then exit.")

    @OptionGroup var server: ServerOptions

    @Flag(name: .long, help: "Revert every migration (drops Haven's tables and their data).")
    var revert = false

    func run() async throws {
        var config = try server.config()
        // Migrations seal nothing: do not create a journal key file as a side effect.
        config.journalKey = .ephemeral
        try await HavenServerRunner.migrate(config, revert: revert)
        print(revert ? "Reverted all migrations." : "The database is up to date.")
    }
}
