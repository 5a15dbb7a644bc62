import Fluent
import SQLKit

/// Indexes for the lookups every request makes (login throttling, a person's rows, a couple's rows).
struct AddLookupIndexes: AsyncMigration {
    static let indexes = [
        ("login_failures_key_at", "login_failures", "key, at"),
        ("check_ins_user", "check_ins", "user_id, answered_at"),
        ("journal_entries_user", "journal_entries", "user_id"),
        ("pauses_couple", "pauses", "couple_id, started_at"),
        ("appreciations_couple", "appreciations", "couple_id, created_at"),
        ("users_couple", "users", "couple_id"),
        ("chat_analyses_user", "chat_analyses", "user_id"),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, table, columns) in Self.indexes {
            try await sql.raw("CREATE INDEX \(unsafeRaw: name) ON \(unsafeRaw: table) (\(unsafeRaw: columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, _, _) in Self.indexes {
            try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: name)").run()
        }
    }
}
