import Fluent
import Vapor

/// The shared space of two partners.
final class Couple: Model, @unchecked Sendable {
    static let schema = "couples"

    @ID(key: .id) var id: UUID?
    @Children(for: \.$couple) var members: [User]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil) {
        self.id = id
    }
}
