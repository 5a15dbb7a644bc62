import Fluent

struct CreateJournalEntry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(JournalEntry.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("sealed", .data, .required)
            .field("safety", .array(of: .string), .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(JournalEntry.schema).delete()
    }
}
