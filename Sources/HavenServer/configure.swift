import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import HavenCore
import Leaf
import LeafKit
import Vapor

/// Configures the application: database, migrations, services, middleware, views and routes.
///
/// - Parameters:
///   - app: the application.
///   - config: the configuration; `nil` reads it from the process environment (the only place that does).
/// - Throws: `ConfigError` for unusable settings, or when HavenCore's resources are missing.
public func configure(_ app: Application, config: AppConfig? = nil) async throws {
    let config = try config ?? AppConfig.fromEnvironment(ProcessInfo.processInfo.environment)

    switch config.database {
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory, sqlLogLevel: nil), as: .sqlite)
    case let .sqliteFile(path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
    case let .postgres(url):
        app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url), sqlLogLevel: .trace), as: .psql)
    }
    if case .sqliteFile = config.database, let sql = app.db as? any SQLDatabase {
        // WAL lets readers proceed while one connection writes; the setting is stored in the file.
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    app.migrations.add(HavenMigrations.all)

    let catalog = try QuestionnaireCatalog.bundled()
    let engine = try SignalEngine.standard()
    app.haven = HavenServices(
        config: config,
        engine: engine,
        catalog: catalog,
        scorer: QuestionnaireScorer(),
        planEngine: PlanEngine(catalog: catalog),
        safety: CoreSafetyChecking(),
        support: try? SupportResources.bundled(),
        sealer: try JournalSealer.load(config.journalKey, logger: app.logger),
        chatAnalyzer: CoreChatAnalyzer(engine: engine),
        passwords: try PasswordHasher(cost: config.bcryptCost))

    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = ByteCount(value: config.maxBodyBytes)

    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: decoder, for: .json)

    // Error handling outermost but inside the headers, so that error pages carry them too.
    app.middleware = Middlewares()
    app.middleware.use(QuietQueryLogMiddleware())
    // Logs method, path and status only: never bodies.
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(SecurityHeadersMiddleware(strictTransport: config.secureCookies))
    app.middleware.use(HavenErrorMiddleware())
    app.middleware.use(BodyLimitMiddleware(
        maxBytes: config.maxBodyBytes, uploadMaxBytes: config.maxUploadBytes, uploadPaths: UploadRoutes.paths))
    app.middleware.use(FileMiddleware(publicDirectory: HavenServerResources.publicDirectory, defaultFile: nil))

    app.views.use(.leaf)
    // Not `.toVisibleFiles`: SwiftPM keeps the resource bundle under the hidden `.build/`.
    app.leaf.sources = .singleSource(NIOLeafFiles(
        fileio: app.fileio, limits: [.toSandbox, .requireExtensions, .onlyLeafExtensions], sandboxDirectory: HavenServerResources.viewsDirectory,
        viewDirectory: HavenServerResources.viewsDirectory))

    try routes(app)
}
