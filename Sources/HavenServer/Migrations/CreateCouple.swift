import Fluent

struct CreateCouple: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Couple.schema)
            .id()
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Couple.schema).delete()
    }
}
