import Fluent
import Logging
import Vapor

/// What `haven serve` and `haven migrate` hand over to.
public enum HavenServerRunner {
    /// Runs migrations, then serves until interrupted.
    /// - Parameter config: the configuration (from `AppConfig.fromEnvironment`).
    /// - Throws: configuration, database or bind errors.
    public static func serve(_ config: AppConfig) async throws {
        let app = try await makeApplication()
        do {
            try await configure(app, config: config)
            try await app.autoMigrate()
            app.logger.notice("Haven is listening on http://\(config.hostname):\(config.port)")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Runs (or reverts) the migrations and exits.
    /// - Parameters:
    ///   - config: the configuration.
    ///   - revert: reverts every migration instead (drops Haven's tables).
    /// - Throws: configuration or database errors.
    public static func migrate(_ config: AppConfig, revert: Bool = false) async throws {
        let app = try await makeApplication()
        do {
            try await configure(app, config: config)
            if revert { try await app.autoRevert() } else { try await app.autoMigrate() }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    private static func makeApplication() async throws -> Application {
        var environment = Environment(name: "production", arguments: ["haven"])
        try LoggingSystem.bootstrap(from: &environment)
        return try await Application.make(environment)
    }
}
