import Fluent

struct CreateCoupleInvite: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoupleInvite.schema)
            .id()
            .field("couple_id", .uuid, .required, .references(Couple.schema, "id", onDelete: .cascade))
            .field("created_by", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("code_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "code_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CoupleInvite.schema).delete()
    }
}
