import ArgumentParser
import Foundation
import HavenServer

/// `haven serve`: runs the couple's web app and JSON API.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the couple's web app and its JSON API (migrations run on start).",
        discussion: """
        Uses ./haven.sqlite (WAL mode) unless --database or DATABASE_URL=postgres://… is given.
        Journal entries are sealed with the key in HAVEN_JOURNAL_KEY (base64) or the file
        HAVEN_JOURNAL_KEY_FILE (default ./haven-journal.key, created on first start: back it up).
        Set HAVEN_SECURE_COOKIES=1 when serving behind TLS.
        """)

    @OptionGroup var server: ServerOptions

    @Option(name: .long, help: "The address to listen on.")
    var hostname = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on.")
    var port = 8080

    func run() async throws {
        let config = try server.config(hostname: hostname, port: port)
        try await HavenServerRunner.serve(config)
    }
}

/// Options shared by `serve` and `migrate`.
struct ServerOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default ./haven.sqlite; ignored when DATABASE_URL is set).")
    var database: String?

    func config(hostname: String? = nil, port: Int? = nil) throws -> AppConfig {
        do {
            return try AppConfig.fromEnvironment(
                ProcessInfo.processInfo.environment, databasePath: database, hostname: hostname, port: port)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
