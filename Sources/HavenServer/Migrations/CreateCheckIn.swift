import Fluent

struct CreateCheckIn: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CheckIn.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("questionnaire", .string, .required)
            .field("questionnaire_version", .string, .required)
            .field("answers", .json, .required)
            .field("scores", .json, .required)
            .field("flags", .json, .required)
            .field("visibility", .string, .required)
            .field("share_with_therapist", .bool, .required)
            .field("answered_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CheckIn.schema).delete()
    }
}
