import Fluent

struct CreateAppreciation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Appreciation.schema)
            .id()
            .field("couple_id", .uuid, .required, .references(Couple.schema, "id", onDelete: .cascade))
            .field("from_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("text", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Appreciation.schema).delete()
    }
}
