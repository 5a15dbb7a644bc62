import HavenServer
import Testing

@Suite("AppConfig")
struct ConfigTests {
    @Test("defaults: SQLite file, loopback, port 8080")
    func defaults() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.database == .sqliteFile(path: "haven.sqlite"))
        #expect(config.hostname == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.bcryptCost == 12)
        #expect(config.journalKey == .file(path: "haven-journal.key"))
    }

    @Test("DATABASE_URL selects PostgreSQL, over --database")
    func postgres() throws {
        let config = try AppConfig.fromEnvironment(["DATABASE_URL": "postgres://u:p@localhost:5432/haven"], databasePath: "x.sqlite")
        #expect(config.database == .postgres(url: "postgres://u:p@localhost:5432/haven"))
    }

    @Test("flags override", arguments: [
        (["--database": "data/h.sqlite"], AppConfig.Database.sqliteFile(path: "data/h.sqlite")),
        ([:], AppConfig.Database.sqliteFile(path: "haven.sqlite")),
        (["--database": ":memory:"], AppConfig.Database.sqliteMemory),
    ])
    func databasePath(flags: [String: String], expected: AppConfig.Database) throws {
        let config = try AppConfig.fromEnvironment([:], databasePath: flags["--database"], hostname: "0.0.0.0", port: 9000)
        #expect(config.database == expected)
        #expect(config.hostname == "0.0.0.0")
        #expect(config.port == 9000)
    }

    @Test("unusable values are refused with the variable's name", arguments: [
        (["DATABASE_URL": "mysql://x"], "DATABASE_URL"),
        (["HAVEN_BCRYPT_COST": "3"], "HAVEN_BCRYPT_COST"),
        (["HAVEN_BCRYPT_COST": "twelve"], "HAVEN_BCRYPT_COST"),
    ])
    func invalid(environment: [String: String], name: String) {
        #expect(throws: ConfigError.self) { try AppConfig.fromEnvironment(environment) }
        do {
            _ = try AppConfig.fromEnvironment(environment)
        } catch {
            #expect(error.description.hasPrefix(name))
        }
    }

    @Test("a port outside 1…65535 is refused")
    func badPort() {
        #expect(throws: ConfigError.invalid(name: "--port", reason: "must be 1…65535")) {
            try AppConfig.fromEnvironment([:], port: 70000)
        }
    }

    @Test("tests use in-memory SQLite and Bcrypt cost 4 unless HAVEN_TEST_DATABASE_URL is set")
    func testing() {
        #expect(AppConfig.testing([:]).database == .sqliteMemory)
        #expect(AppConfig.testing([:]).bcryptCost == 4)
        #expect(AppConfig.testing(["HAVEN_TEST_DATABASE_URL": "postgres://localhost/t"]).database == .postgres(url: "postgres://localhost/t"))
    }
}
