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
        try await HavenServerRunner.migrate(try server.config(), revert: revert)
        print(revert ? "Reverted all migrations." : "The database is up to date.")
    }
}
