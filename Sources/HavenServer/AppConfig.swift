import Foundation

/// Everything the server reads from its environment, read once in `configure()` or by `haven serve`.
public struct AppConfig: Sendable, Equatable {
    /// Where the data lives.
    public enum Database: Sendable, Equatable {
        /// A SQLite file, opened in WAL mode.
        case sqliteFile(path: String)
        /// A throwaway SQLite database in memory (tests).
        case sqliteMemory
        /// A PostgreSQL server, by `postgres://` URL.
        case postgres(url: String)
    }

    /// Where the key that seals journal entries comes from.
    public enum JournalKey: Sendable, Equatable {
        /// A base64-encoded 256-bit key (`HAVEN_JOURNAL_KEY`).
        case base64(String)
        /// A file holding the key in base64, created with a warning when missing.
        case file(path: String)
        /// A fresh random key for this process only (tests).
        case ephemeral
    }

    /// Where the data lives.
    public var database: Database
    /// The address to listen on (loopback by default).
    public var hostname: String
    /// The port to listen on.
    public var port: Int
    /// Bcrypt cost: 12 in production, 4 in tests.
    public var bcryptCost: Int
    /// Where the journal key comes from.
    public var journalKey: JournalKey
    /// Adds `Secure` to cookies and HSTS to responses; set when served behind TLS.
    public var secureCookies: Bool
    /// The largest JSON or form body accepted, in bytes.
    public var maxBodyBytes: Int
    /// The largest chat export accepted, in bytes.
    public var maxUploadBytes: Int
    /// Failed logins allowed per account within `throttleWindow`.
    public var maxFailuresPerAccount: Int
    /// Failed logins allowed per client address within `throttleWindow`.
    public var maxFailuresPerAddress: Int
    /// The window over which failed logins are counted, in seconds.
    public var throttleWindow: TimeInterval
    /// How long a couple's invite code stays valid, in seconds.
    public var inviteLifetime: TimeInterval
    /// How long a browser session lasts, in seconds.
    public var sessionLifetime: TimeInterval
    /// Reads the client address from `X-Forwarded-For` (only behind a trusted proxy).
    public var trustForwardedFor: Bool

    /// Creates a configuration; every value has the production default.
    public init(
        database: Database = .sqliteFile(path: "haven.sqlite"), hostname: String = "127.0.0.1", port: Int = 8080,
        bcryptCost: Int = 12, journalKey: JournalKey = .file(path: "haven-journal.key"), secureCookies: Bool = false,
        maxBodyBytes: Int = 128 * 1024, maxUploadBytes: Int = 20 * 1024 * 1024,
        maxFailuresPerAccount: Int = 5, maxFailuresPerAddress: Int = 20, throttleWindow: TimeInterval = 15 * 60,
        inviteLifetime: TimeInterval = 48 * 3600, sessionLifetime: TimeInterval = 14 * 24 * 3600,
        trustForwardedFor: Bool = false
    ) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.bcryptCost = bcryptCost
        self.journalKey = journalKey
        self.secureCookies = secureCookies
        self.maxBodyBytes = maxBodyBytes
        self.maxUploadBytes = maxUploadBytes
        self.maxFailuresPerAccount = maxFailuresPerAccount
        self.maxFailuresPerAddress = maxFailuresPerAddress
        self.throttleWindow = throttleWindow
        self.inviteLifetime = inviteLifetime
        self.sessionLifetime = sessionLifetime
        self.trustForwardedFor = trustForwardedFor
    }

    /// Reads the configuration from environment variables, with command-line overrides.
    ///
    /// `DATABASE_URL` selects PostgreSQL; otherwise `databasePath` (or `./haven.sqlite`) is used.
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - databasePath: `--database PATH`, when given.
    ///   - hostname: `--hostname`, when given.
    ///   - port: `--port`, when given.
    /// - Returns: the configuration.
    /// - Throws: `ConfigError` for a value that cannot be used.
    public static func fromEnvironment(
        _ environment: [String: String], databasePath: String? = nil, hostname: String? = nil, port: Int? = nil
    ) throws(ConfigError) -> AppConfig {
        var config = AppConfig()
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw .invalid(name: "DATABASE_URL", reason: "expected a postgres:// URL")
            }
            config.database = .postgres(url: url)
        } else if let path = databasePath ?? environment["HAVEN_DATABASE"], !path.isEmpty {
            config.database = path == ":memory:" ? .sqliteMemory : .sqliteFile(path: path)
        }
        if let hostname { config.hostname = hostname }
        if let port {
            guard (1...65535).contains(port) else { throw .invalid(name: "--port", reason: "must be 1…65535") }
            config.port = port
        }
        if let key = environment["HAVEN_JOURNAL_KEY"], !key.isEmpty {
            config.journalKey = .base64(key)
        } else if let path = environment["HAVEN_JOURNAL_KEY_FILE"], !path.isEmpty {
            config.journalKey = .file(path: path)
        }
        if let cost = environment["HAVEN_BCRYPT_COST"] {
            guard let value = Int(cost), (4...31).contains(value) else {
                throw .invalid(name: "HAVEN_BCRYPT_COST", reason: "must be a whole number from 4 to 31")
            }
            config.bcryptCost = value
        }
        config.secureCookies = environment["HAVEN_SECURE_COOKIES"] == "1"
        config.trustForwardedFor = environment["HAVEN_TRUST_PROXY"] == "1"
        return config
    }

    /// The configuration tests use: in-memory SQLite (or PostgreSQL from `HAVEN_TEST_DATABASE_URL`),
    /// Bcrypt cost 4 and a throwaway journal key.
    /// - Parameter environment: the process environment.
    /// - Returns: the configuration.
    public static func testing(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> AppConfig {
        var config = AppConfig(database: .sqliteMemory, bcryptCost: 4, journalKey: .ephemeral)
        if let url = environment["HAVEN_TEST_DATABASE_URL"], !url.isEmpty {
            config.database = .postgres(url: url)
        }
        return config
    }
}

/// A configuration value that cannot be used.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    /// A variable or option has a value the server cannot use.
    case invalid(name: String, reason: String)
    /// The journal key cannot be read or created.
    case journalKey(path: String, reason: String)

    /// What is wrong, naming the variable or option.
    public var description: String {
        switch self {
        case let .invalid(name, reason): "\(name): \(reason)"
        case let .journalKey(path, reason): "journal key \(path): \(reason)"
        }
    }
}
