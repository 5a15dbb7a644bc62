import Fluent
import Foundation
import SQLKit
import Testing

/// Reads tables directly, to check what is stored rather than what the API says.
enum CountRows {
    static func of(_ table: String, id: UUID, on db: any Database) async throws -> Int {
        try await count("SELECT COUNT(*) AS n FROM \(table) WHERE id = ", id, on: db)
    }

    static func owned(_ table: String, by user: UUID, on db: any Database) async throws -> Int {
        try await count("SELECT COUNT(*) AS n FROM \(table) WHERE user_id = ", user, on: db)
    }

    private static func count(_ prefix: String, _ id: UUID, on db: any Database) async throws -> Int {
        let sql = try #require(db as? any SQLDatabase)
        let row = try await sql.raw(SQLQueryString("\(unsafeRaw: prefix)\(bind: id)")).first()
        return try #require(row).decode(column: "n", as: Int.self)
    }

    static func sealedJournal(id: UUID, on db: any Database) async throws -> Data {
        let sql = try #require(db as? any SQLDatabase)
        let row = try await sql.raw("SELECT sealed FROM journal_entries WHERE id = \(bind: id)").first()
        return try #require(row).decode(column: "sealed", as: Data.self)
    }
}
