import Fluent
import Vapor

/// The private journal: sealed with AES-GCM at rest, readable by its writer only.
struct JournalController {
    func boot(routes: any RoutesBuilder) {
        routes.post("journal", use: create)
        routes.get("journal", use: list)
        routes.get("journal", ":id", use: show)
        routes.delete("journal", ":id", use: delete)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let user = try req.user()
        let body = try req.content.decode(TextRequest.self)
        let entry = try await Self.write(body.text, by: user, services: req.haven, on: req.db)
        return try await CreatedTextResponse(
            id: entry.requireID(), safety: entry.safety, support: req.supportGuidance(for: entry.safety)).encodeResponse(status: .created, for: req)
    }

    static func write(_ raw: String, by user: User, services: HavenServices, on db: any Database) async throws -> JournalEntry {
        let text = try InputRules.text(raw, field: "text", max: 20_000)
        let entry = JournalEntry(userID: try user.requireID(), sealed: try services.sealer.seal(text),
                                 safety: services.safety.concerns(in: text))
        try await entry.save(on: db)
        return entry
    }

    @Sendable func list(req: Request) async throws -> [JournalEntryResponse] {
        try await Self.entries(of: try req.user(), services: req.haven, on: req.db)
    }

    static func entries(of user: User, services: HavenServices, on db: any Database) async throws -> [JournalEntryResponse] {
        try await JournalEntry.query(on: db).filter(\.$user.$id == user.requireID()).sort(\.$createdAt, .descending).all()
            .map { try response($0, sealer: services.sealer) }
    }

    static func response(_ entry: JournalEntry, sealer: JournalSealer) throws -> JournalEntryResponse {
        JournalEntryResponse(id: try entry.requireID(), text: try sealer.open(entry.sealed), createdAt: entry.createdAt,
                             safety: entry.safety)
    }

    @Sendable func show(req: Request) async throws -> JournalEntryResponse {
        try Self.response(try await owned(req), sealer: req.haven.sealer)
    }

    @Sendable func delete(req: Request) async throws -> HTTPStatus {
        try await owned(req).delete(on: req.db)
        return .noContent
    }

    private func owned(_ req: Request) async throws -> JournalEntry {
        let user = try req.user()
        guard let entry = try await JournalEntry.find(try InputRules.id(req), on: req.db), entry.$user.id == user.id else {
            throw Abort(.notFound, reason: "No such journal entry.")
        }
        return entry
    }
}
