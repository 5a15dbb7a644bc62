import Fluent

struct CreateTherapistLink: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TherapistLink.schema)
            .id()
            .field("couple_id", .uuid, .required, .references(Couple.schema, "id", onDelete: .cascade))
            .field("therapist_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("approved_by", .array(of: .uuid), .required)
            .field("created_at", .datetime)
            .unique(on: "couple_id", "therapist_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TherapistLink.schema).delete()
    }
}
