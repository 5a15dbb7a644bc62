import Fluent

struct CreateChatAnalysis: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ChatAnalysis.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("couple_id", .uuid, .references(Couple.schema, "id", onDelete: .setNull))
            .field("report", .json, .required)
            .field("sharing", .string, .required)
            .field("participant", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ChatAnalysis.schema).delete()
    }
}
