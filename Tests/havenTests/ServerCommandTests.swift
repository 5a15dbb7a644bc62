import Foundation
import Testing

@Suite("haven serve and migrate")
struct ServerCommandTests {
    @Test("migrate creates the SQLite file, is idempotent, and reverts")
    func migrate() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("haven.sqlite").path
        let first = try CLI.run(["migrate", "--database", database])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("up to date"))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: database)[.size] as? Int)
        #expect(size > 0)
        #expect(try CLI.run(["migrate", "--database", database]).status == 0)
        let reverted = try CLI.run(["migrate", "--database", database, "--revert"])
        #expect(reverted.status == 0)
        #expect(reverted.stdout.contains("Reverted"))
    }

    @Test("a bad port is a clear error, not a crash")
    func badPort() throws {
        let run = try CLI.run(["serve", "--port", "70000", "--database", "/nonexistent/x.sqlite"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--port"))
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test("help names the defaults and the PostgreSQL switch")
    func help() throws {
        let run = try CLI.run(["serve", "--help"])
        #expect(run.stdout.contains("DATABASE_URL"))
        #expect(run.stdout.contains("127.0.0.1"))
        #expect(run.stdout.contains("8080"))
    }
}
