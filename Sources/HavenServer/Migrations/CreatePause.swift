import Fluent

struct CreatePause: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Pause.schema)
            .id()
            .field("couple_id", .uuid, .required, .references(Couple.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("minutes", .int, .required)
            .field("started_at", .datetime, .required)
            .field("returns_at", .datetime, .required)
            .field("ended_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Pause.schema).delete()
    }
}
