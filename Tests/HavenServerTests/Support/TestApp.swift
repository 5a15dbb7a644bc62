import Fluent
import Foundation
import HavenServer
import Testing
import VaporTesting

/// Runs a test against a configured, migrated app: in-memory SQLite, or the PostgreSQL server
/// named by `HAVEN_TEST_DATABASE_URL` (then tests take turns, and the tables are dropped after each).
func withHaven<T>(
    _ adjust: (inout AppConfig) -> Void = { _ in },
    _ test: (Application) async throws -> T
) async throws -> T {
    var config = AppConfig.testing()
    adjust(&config)
    let shared = if case .postgres = config.database { true } else { false }
    if shared { await DatabaseTurn.shared.acquire() }
    do {
        let result = try await run(config, shared: shared, test)
        if shared { await DatabaseTurn.shared.release() }
        return result
    } catch {
        if shared { await DatabaseTurn.shared.release() }
        throw error
    }
}

private func run<T>(_ config: AppConfig, shared: Bool, _ test: (Application) async throws -> T) async throws -> T {
    try await withApp(configure: { app in
        try await configure(app, config: config)
        if shared { try? await app.autoRevert() }
        try await app.autoMigrate()
    }) { app in
        do {
            let result = try await test(app)
            try await app.autoRevert()
            return result
        } catch {
            try? await app.autoRevert()
            throw error
        }
    }
}

/// One test at a time on a shared database server.
actor DatabaseTurn {
    static let shared = DatabaseTurn()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
